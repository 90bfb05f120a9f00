package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// errNonceTaken: the nonce was used by a transaction that is not one of the
// versions this Send published, so the candidate was not executed.
var errNonceTaken = errors.New("txmgr: nonce used by another transaction")

// maxQuickBumps bounds the immediate re-pricings after "underpriced" answers.
const maxQuickBumps = 16

// attempt is one candidate at one nonce: every version signed for it.
type attempt struct {
	c        TxCandidate
	gas      uint64
	slot     slot
	cur      fees                 // prices of the newest version
	versions []*types.Transaction // every version that may have reached the node
	chainAt  uint64               // the key's mined nonce at the last check
	// nonceTooLow: the node said so; the next check reads the nonce afresh
	// rather than from the last head (another sender may have moved it
	// without a new block, as anvil_setNonce does).
	nonceTooLow bool
	sentAt      uint64 // the head when the newest version was last sent
	started     time.Time
	log         *slog.Logger
}

func (a *attempt) last() *types.Transaction {
	if len(a.versions) == 0 {
		return nil
	}
	return a.versions[len(a.versions)-1]
}

// version is the version with hash h, nil if none.
func (a *attempt) version(h common.Hash) *types.Transaction {
	for _, tx := range a.versions {
		if tx.Hash() == h {
			return tx
		}
	}
	return nil
}

func (a *attempt) hashes() []common.Hash {
	hs := make([]common.Hash, len(a.versions))
	for i, tx := range a.versions {
		hs[i] = tx.Hash()
	}
	return hs
}

// sendAt publishes c at the slot's nonce and follows it until a version is
// confirmed, the nonce is used by someone else (errNonceTaken), or it gives
// up. The slot is returned to the book on the way out.
func (m *Manager) sendAt(ctx context.Context, c TxCandidate, gas uint64, s slot, f fees) (r *types.Receipt, err error) {
	a := &attempt{c: c, gas: gas, slot: s, cur: f, started: time.Now(), log: m.log.With("nonce", s.nonce)}
	m.cfg.Metrics.RecordInFlight(m.nonces.inFlight())
	defer func() {
		used := r != nil || errors.Is(err, errNonceTaken)
		var mined *types.Transaction
		if r != nil {
			mined = a.version(r.TxHash)
		}
		m.nonces.finish(s, a.last(), mined, used)
		m.cfg.Metrics.RecordInFlight(m.nonces.inFlight())
		if !used && len(a.versions) > 0 {
			err = &PendingError{Nonce: s.nonce, Hashes: a.hashes(), Err: err}
		}
	}()

	if err := m.publish(ctx, a, f); err != nil && len(a.versions) == 0 {
		return nil, err
	}
	lastPublish := time.Now()
	resubmit := time.NewTimer(m.cfg.ResubmitAfter)
	defer resubmit.Stop()
	for {
		// Check at each new head, and when a version has waited ResubmitAfter.
		h, changed, err := m.head(ctx)
		var r *types.Receipt
		st := notMined
		if err == nil {
			r, st, err = m.check(ctx, a, h)
		}
		switch {
		case err != nil:
			m.cfg.Metrics.RecordRPCError()
			a.log.Debug("checking transaction", "err", err)
		case r != nil:
			return m.outcome(ctx, a, r)
		case st == usedByOther:
			return nil, errNonceTaken
		case st == minedShallow:
			// Waiting for confirmations; a reorg that drops it brings the
			// resubmission clock back.
			lastPublish = time.Now()
		case time.Since(lastPublish) >= m.cfg.ResubmitAfter:
			lastPublish = time.Now()
			if err := m.resubmit(ctx, a); err != nil {
				return nil, err
			}
		case a.chainAt == a.slot.nonce && h.number > a.sentAt+1:
			// Next in line, yet a whole block went by without it: the
			// node may have lost it (an unclear answer, an eviction).
			// Sending it again costs one call ("already known") and
			// saves waiting ResubmitAfter with every later nonce blocked.
			m.republish(ctx, a)
			a.sentAt = h.number
		}
		resubmit.Reset(max(time.Until(lastPublish.Add(m.cfg.ResubmitAfter)), m.cfg.PollInterval))
		if changed == nil || a.nonceTooLow {
			changed = nil // no head yet, or the nonce needs a fresh look: poll
			resubmit.Reset(m.cfg.PollInterval)
		}
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-changed:
		case <-resubmit.C:
		}
	}
}

// publish signs a version priced at f and sends it. When the node answers
// "underpriced" it re-prices at once, up to the fee cap. A version whose
// fate is unknown (transport error) counts as published.
func (m *Manager) publish(ctx context.Context, a *attempt, f fees) error {
	for range maxQuickBumps {
		tx, err := m.signVersion(a, f)
		if err != nil {
			return err
		}
		if a.c.BeforePublish != nil {
			if err := a.c.BeforePublish(ctx, tx); err != nil {
				return fmt.Errorf("txmgr: not sent, refused by the caller: %w", err)
			}
		}
		sctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		err = m.backend.SendTransaction(sctx, tx)
		cancel()
		kind := classifySendErr(err)
		m.cfg.Metrics.RecordPublish(tx, kind.String())
		log := a.log.With("tx", tx.Hash(), "tip", f.tip, "feeCap", f.feeCap, "version", len(a.versions)+1)
		switch kind {
		case sendOK, sendKnown:
			a.versions, a.cur = append(a.versions, tx), f
			a.sentAt = m.headNumber()
			log.Debug("transaction published", "answer", kind)
			return nil
		case sendUnknown:
			a.versions, a.cur = append(a.versions, tx), f
			a.sentAt = m.headNumber()
			m.cfg.Metrics.RecordRPCError()
			log.Warn("publishing: unclear answer; following the version in case it arrived", "err", err)
			return nil
		case sendNonceTooLow:
			// The next check tells whether one of our versions used it.
			log.Debug("publishing: nonce too low")
			a.nonceTooLow = true
			return nil
		case sendPermanent:
			return fmt.Errorf("txmgr: node refused the transaction: %w", err)
		case sendUnderpriced:
			mk, merr := m.market(ctx)
			if merr != nil {
				return merr
			}
			next, ok := bumpFees(f, mk, m.cfg.MaxFeeCap)
			if !ok {
				return fmt.Errorf("%w: cannot outbid (%v) at %s", ErrFeeCapExceeded, err, f)
			}
			log.Debug("publishing: underpriced; re-pricing", "err", err, "next", next)
			f = next
		}
	}
	return fmt.Errorf("txmgr: still underpriced after %d re-pricings at %s", maxQuickBumps, f)
}

func (m *Manager) signVersion(a *attempt, f fees) (*types.Transaction, error) {
	value := a.c.Value
	if value == nil {
		value = new(big.Int)
	}
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID:   m.chainID,
		Nonce:     a.slot.nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.feeCap,
		Gas:       a.gas,
		To:        a.c.To,
		Value:     value,
		Data:      a.c.Data,
	})
	tx, err := m.sign(m.from, unsigned)
	if err != nil {
		return nil, fmt.Errorf("txmgr: sign: %w", err)
	}
	return tx, nil
}

// checkState is what check found short of a confirmed receipt.
type checkState int

const (
	notMined     checkState = iota
	minedShallow            // a version is mined, not yet NumConfirmations deep
	usedByOther             // the nonce was used by a transaction that is none of ours
)

// check looks for a receipt of any version NumConfirmations deep at head h.
func (m *Manager) check(ctx context.Context, a *attempt, h head) (*types.Receipt, checkState, error) {
	ctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	// The nonce before the receipts: if it is used and none of our versions
	// has a receipt read after it, the transaction that used it is not ours.
	chainAt := h.nonce
	if a.nonceTooLow {
		n, err := m.backend.NonceAt(ctx, m.from, nil)
		if err != nil {
			return nil, notMined, err
		}
		chainAt, a.nonceTooLow = n, false
	}
	a.chainAt = chainAt
	for i := len(a.versions) - 1; i >= 0; i-- {
		r, err := m.backend.TransactionReceipt(ctx, a.versions[i].Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, notMined, err
		}
		if h.number+1 < r.BlockNumber.Uint64()+m.cfg.NumConfirmations {
			return nil, minedShallow, nil
		}
		return r, notMined, nil
	}
	if chainAt > a.slot.nonce {
		return nil, usedByOther, nil
	}
	return nil, notMined, nil
}

// outcome turns a confirmed receipt into Send's result.
func (m *Manager) outcome(ctx context.Context, a *attempt, r *types.Receipt) (*types.Receipt, error) {
	m.cfg.Metrics.RecordConfirmed(r, len(a.versions), time.Since(a.started))
	log := a.log.With("tx", r.TxHash, "block", r.BlockNumber, "gasUsed", r.GasUsed, "versions", len(a.versions))
	if r.Status == types.ReceiptStatusSuccessful {
		log.Info("transaction confirmed")
		return r, nil
	}
	rev := m.revertReason(ctx, a, r)
	log.Info("transaction reverted", "reason", rev.Reason)
	return r, rev
}

// revertReason replays the call on the state before the receipt's block.
// Earlier transactions of the same block are not replayed, so the reason is
// the one the call gives at the block's start; it is empty if the replay
// does not revert.
func (m *Manager) revertReason(ctx context.Context, a *attempt, r *types.Receipt) *RevertError {
	rev := &RevertError{Receipt: r}
	if r.BlockNumber.Sign() == 0 || a.c.To == nil {
		return rev
	}
	at := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	_, err := m.backend.CallContract(ctx, m.callMsg(a.c, a.gas), at)
	if found := revertFromErr(err); found != nil {
		rev.Reason, rev.Data = found.Reason, found.Data
	}
	return rev
}

// resubmit acts on a version not mined after ResubmitAfter: when a lower
// nonce blocks it, fill that gap; otherwise outbid it, or, at the fee cap,
// send it again in case the pool dropped it.
func (m *Manager) resubmit(ctx context.Context, a *attempt) error {
	if a.chainAt < a.slot.nonce {
		m.fillGaps(a.chainAt, a.slot.nonce)
		m.republish(ctx, a)
		return nil
	}
	mk, err := m.market(ctx)
	if err != nil {
		a.log.Debug("resubmit: reading the market", "err", err)
		return nil
	}
	next, ok := bumpFees(a.cur, mk, m.cfg.MaxFeeCap)
	if !ok {
		if mk.baseFee.Cmp(a.cur.feeCap) > 0 {
			return fmt.Errorf("%w: base fee %s above the fee cap %s already offered", ErrFeeCapExceeded, mk.baseFee, a.cur.feeCap)
		}
		m.republish(ctx, a)
		return nil
	}
	a.log.Info("transaction not mined; replacing it", "tip", next.tip, "feeCap", next.feeCap)
	if err := m.publish(ctx, a, next); err != nil {
		if errors.Is(err, ErrFeeCapExceeded) {
			return err
		}
		a.log.Warn("replacement refused; following the earlier versions", "err", err)
	}
	return nil
}

// republish sends the newest version again; "already known" is the usual answer.
func (m *Manager) republish(ctx context.Context, a *attempt) {
	tx := a.last()
	if tx == nil {
		return
	}
	sctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	err := m.backend.SendTransaction(sctx, tx)
	m.cfg.Metrics.RecordPublish(tx, classifySendErr(err).String())
}
