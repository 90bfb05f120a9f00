package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/oracle/txmgr"
)

// errEstimateReverted: the batch as a whole reverts in gas estimation.
var errEstimateReverted = errors.New("batcher: the batch reverts in gas estimation")

// batch is a priced batch, ready to send.
type batch[R any] struct {
	items []Item[R]
	data  []byte
	gas   uint64   // estimated
	price *big.Int // wei per gas the coverage check assumed
	shape shape
}

// gasLimit is the limit a batch estimated at gas is sent with.
func (b *Batcher[R]) gasLimit(gas uint64) uint64 {
	return gas + gas*b.cfg.GasLimitMarginPercent/100
}

func shapeOf[R any](items []Item[R], data []byte) shape {
	sh := shape{results: len(items), words: (len(data) + 255) / 256}
	for _, it := range items {
		sh.weight += it.GasWeight
	}
	return sh
}

// reuse is a fresh enough estimate for a batch of this shape.
func (b *Batcher[R]) reuse(sh shape) (uint64, bool) {
	if b.cfg.ReuseEstimate < 0 {
		return 0, false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	e, ok := b.estimates[sh]
	if !ok || b.now().Sub(e.at) > b.cfg.ReuseEstimate {
		return 0, false
	}
	return e.gas, true
}

func (b *Batcher[R]) remember(sh shape, gas uint64) {
	if b.cfg.ReuseEstimate < 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	for k, e := range b.estimates {
		if now.Sub(e.at) > b.cfg.ReuseEstimate {
			delete(b.estimates, k)
		}
	}
	b.estimates[sh] = estimate{gas: gas, at: now}
}

func (b *Batcher[R]) forgetEstimate(sh shape) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.estimates, sh)
}

// Settle settles one batch and records an outcome for every item: it drops
// what is about to expire, holds back what its prepayment does not cover,
// sends the rest and reads the coordinator's verdict on each from the
// receipt. A batch that reverts in estimation is halved (up to MaxSplits
// times) to isolate the result that breaks it.
func (b *Batcher[R]) Settle(ctx context.Context, items []Item[R]) {
	items = b.dropExpired(ctx, items)
	items, err := b.dropEnded(ctx, items)
	if err != nil {
		b.recordAll(ctx, items, Outcome{Kind: Retry, Reason: err.Error()})
		return
	}
	b.settle(ctx, items, 0)
}

// dropEnded records and drops the resumed items whose request is no longer
// pending on-chain, when the coordinator can tell.
func (b *Batcher[R]) dropEnded(ctx context.Context, items []Item[R]) ([]Item[R], error) {
	sc, ok := b.coord.(StatusChecker)
	var resumed []common.Hash
	for _, it := range items {
		if it.Resumed {
			resumed = append(resumed, it.RequestID)
		}
	}
	if !ok || len(resumed) == 0 {
		return items, nil
	}
	ended, err := sc.NotPending(ctx, resumed)
	if err != nil {
		return items, fmt.Errorf("batcher: reading request statuses: %w", err)
	}
	kept := items[:0:0]
	for _, it := range items {
		status, done := ended[it.RequestID]
		switch {
		case !done:
			kept = append(kept, it)
		case status == "fulfilled":
			b.record(ctx, Outcome{RequestID: it.RequestID, Kind: Settled, Reason: "already fulfilled on-chain"})
		default:
			b.record(ctx, Outcome{RequestID: it.RequestID, Kind: Rejected, Reason: "not pending on-chain: " + status})
		}
	}
	return kept, nil
}

func (b *Batcher[R]) dropExpired(ctx context.Context, items []Item[R]) []Item[R] {
	limit := b.now().Add(b.cfg.DeadlineMargin)
	kept := items[:0:0]
	for _, it := range items {
		if it.Deadline.Before(limit) {
			b.record(ctx, Outcome{RequestID: it.RequestID, Kind: Expired,
				Reason: fmt.Sprintf("deadline %s is within %s", it.Deadline.UTC().Format("15:04:05"), b.cfg.DeadlineMargin)})
			continue
		}
		kept = append(kept, it)
	}
	return kept
}

func (b *Batcher[R]) settle(ctx context.Context, items []Item[R], splits int) {
	if len(items) == 0 {
		return
	}
	bt, err := b.price(ctx, items)
	if errors.Is(err, errEstimateReverted) && len(items) > 1 && splits < b.cfg.MaxSplits {
		b.log.Info("batch reverts in estimation; halving it", "size", len(items), "err", err)
		half := len(items) / 2
		b.settle(ctx, items[:half], splits+1)
		b.settle(ctx, items[half:], splits+1)
		return
	}
	if err != nil {
		for _, it := range items {
			b.record(ctx, Outcome{RequestID: it.RequestID, Kind: Retry, Reason: err.Error()})
		}
		return
	}
	if len(bt.items) > 0 {
		b.send(ctx, bt)
	}
}

// price estimates the batch's gas and holds back, one round at a time, the
// items whose prepayment does not cover their share at today's price.
func (b *Batcher[R]) price(ctx context.Context, items []Item[R]) (batch[R], error) {
	price, err := b.gasPrice(ctx)
	if err != nil {
		return batch[R]{}, err
	}
	to := b.coord.Address()
	for len(items) > 0 {
		data, err := b.coord.PackFulfill(results(items))
		if err != nil {
			return batch[R]{}, fmt.Errorf("batcher: packing fulfill: %w", err)
		}
		// Estimate at the price the transaction will pay: the coordinator
		// reimburses the sender from the prepayments in proportion to the
		// gas price, and at a zero price it skips those transfers, which
		// underestimates the gas by their cost (the batch then runs out of
		// gas on chain).
		sh := shapeOf(items, data)
		msg := ethereum.CallMsg{From: b.from, To: &to, Data: data, GasPrice: price}
		gas, ok := b.reuse(sh)
		if ok {
			// One execution at the gas limit it will be sent with.
			msg.Gas = b.gasLimit(gas)
			if _, err := b.chain.CallContract(ctx, msg, nil); err != nil {
				b.forgetEstimate(sh)
				ok = false
				msg.Gas = 0
			}
		}
		if !ok {
			gas, err = b.chain.EstimateGas(ctx, msg)
			if err != nil {
				if isRevert(err) {
					return batch[R]{}, fmt.Errorf("%w: %v", errEstimateReverted, err)
				}
				return batch[R]{}, fmt.Errorf("batcher: estimating gas: %w", err)
			}
			b.remember(sh, gas)
		}
		covered, short := split(items, gas, price)
		for _, s := range short {
			b.log.Info("holding back a result whose prepaid gas does not cover its share",
				"request", s.item.RequestID, "prepaid", s.item.GasPrepaid, "cost", s.cost)
			b.record(ctx, Outcome{RequestID: s.item.RequestID, Kind: HeldBack,
				Reason: fmt.Sprintf("prepaid %s, share of the batch's gas costs %s at %s per gas",
					fmtWei(s.item.GasPrepaid), fmtWei(s.cost), fmtWei(price))})
		}
		if len(short) == 0 {
			return batch[R]{items: items, data: data, gas: gas, price: price, shape: sh}, nil
		}
		items = covered // fewer results share the fixed costs: price again
	}
	return batch[R]{}, nil
}

// gasPrice is what a transaction is expected to pay per gas: the latest base
// fee plus headroom for the blocks before inclusion, plus the suggested tip.
func (b *Batcher[R]) gasPrice(ctx context.Context) (*big.Int, error) {
	head, err := b.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("batcher: latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, errors.New("batcher: the chain has no base fee")
	}
	tip, err := b.chain.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("batcher: suggested tip: %w", err)
	}
	p := new(big.Int).Mul(head.BaseFee, big.NewInt(int64(100+b.cfg.BaseFeeHeadroomPercent)))
	p.Div(p, big.NewInt(100))
	return p.Add(p, tip), nil
}

type shortfall[R any] struct {
	item Item[R]
	cost *big.Int
}

// split apportions gas over the items by GasWeight (equally when no item
// has a weight) and returns those whose prepayment covers gas share x price,
// and those whose does not.
func split[R any](items []Item[R], gas uint64, price *big.Int) (covered []Item[R], short []shortfall[R]) {
	var total uint64
	for _, it := range items {
		total += it.GasWeight
	}
	for _, it := range items {
		w, t := it.GasWeight, total
		if total == 0 {
			w, t = 1, uint64(len(items))
		}
		// cost = ceil(gas * w / t) * price
		share := new(big.Int).Mul(new(big.Int).SetUint64(gas), new(big.Int).SetUint64(w))
		share.Add(share, new(big.Int).SetUint64(t-1))
		share.Div(share, new(big.Int).SetUint64(t))
		cost := share.Mul(share, price)
		prepaid := it.GasPrepaid
		if prepaid == nil {
			prepaid = new(big.Int)
		}
		if prepaid.Cmp(cost) < 0 {
			short = append(short, shortfall[R]{it, cost})
		} else {
			covered = append(covered, it)
		}
	}
	return covered, short
}

func (b *Batcher[R]) send(ctx context.Context, bt batch[R]) {
	to := b.coord.Address()
	rids := ids(bt.items)
	cand := txmgr.TxCandidate{
		To:       &to,
		Data:     bt.data,
		GasLimit: b.gasLimit(bt.gas),
		BeforePublish: func(ctx context.Context, tx *types.Transaction) error {
			return b.store.Submitting(ctx, rids, tx.Hash())
		},
	}
	log := b.log.With("size", len(bt.items), "gas", bt.gas)
	r, err := b.sender.Send(ctx, cand)
	var pending *txmgr.PendingError
	switch {
	case err == nil:
		b.recordReceipt(ctx, bt.items, r)
		log.Info("batch settled", "tx", r.TxHash, "gasUsed", r.GasUsed)
		return
	case r != nil:
		// Mined and reverted as a whole: nothing was settled. Out of gas
		// is the likeliest cause when its estimate was reused: estimate
		// this shape afresh next time.
		b.forgetEstimate(bt.shape)
		log.Warn("batch reverted on-chain", "tx", r.TxHash, "gasUsed", r.GasUsed, "gasLimit", cand.GasLimit, "err", err)
		b.recordAll(ctx, bt.items, Outcome{Kind: Retry, Tx: r.TxHash, Reason: err.Error()})
	case errors.As(err, &pending):
		log.Warn("batch may still be mined; leaving it to reconciliation", "err", err)
		tx := common.Hash{}
		if n := len(pending.Hashes); n > 0 {
			tx = pending.Hashes[n-1]
		}
		b.recordAll(ctx, bt.items, Outcome{Kind: Unknown, Tx: tx, Reason: err.Error()})
	default:
		log.Warn("batch not sent", "err", err)
		b.recordAll(ctx, bt.items, Outcome{Kind: Retry, Reason: err.Error()})
	}
}

func (b *Batcher[R]) recordAll(ctx context.Context, items []Item[R], o Outcome) {
	for _, it := range items {
		o.RequestID = it.RequestID
		b.record(ctx, o)
	}
}

// recordReceipt records the coordinator's verdict on each item of a mined
// batch. A rejected item whose request is fulfilled now (by an earlier
// transaction that landed meanwhile) is recorded as settled.
func (b *Batcher[R]) recordReceipt(ctx context.Context, items []Item[R], r *types.Receipt) {
	verdicts, err := b.coord.Outcomes(r)
	if err != nil {
		b.recordAll(ctx, items, Outcome{Kind: Unknown, Tx: r.TxHash, Reason: "reading the receipt: " + err.Error()})
		return
	}
	fulfilled := b.fulfilledElsewhere(ctx, items, verdicts)
	for _, it := range items {
		o := Outcome{RequestID: it.RequestID, Tx: r.TxHash}
		switch v, ok := verdicts[it.RequestID]; {
		case !ok:
			o.Kind, o.Reason = Unknown, "the receipt says nothing about this request"
		case v == nil:
			o.Kind = Settled
		case fulfilled[it.RequestID]:
			o.Kind, o.Tx, o.Reason = Settled, common.Hash{}, "fulfilled by another transaction ("+v.Error()+")"
		default:
			o.Kind, o.Reason = Rejected, v.Error()
		}
		b.record(ctx, o)
	}
}

// fulfilledElsewhere asks, when the coordinator can tell, which rejected
// items' requests are fulfilled on-chain.
func (b *Batcher[R]) fulfilledElsewhere(ctx context.Context, items []Item[R], verdicts map[common.Hash]error) map[common.Hash]bool {
	sc, ok := b.coord.(StatusChecker)
	if !ok {
		return nil
	}
	var rejected []common.Hash
	for _, it := range items {
		if v := verdicts[it.RequestID]; v != nil {
			rejected = append(rejected, it.RequestID)
		}
	}
	if len(rejected) == 0 {
		return nil
	}
	ended, err := sc.NotPending(ctx, rejected)
	if err != nil {
		b.log.Warn("reading the status of rejected requests", "err", err)
		return nil
	}
	out := map[common.Hash]bool{}
	for id, status := range ended {
		out[id] = status == "fulfilled"
	}
	return out
}

// isRevert tells an execution revert from a transport failure.
func isRevert(err error) bool {
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) && de.ErrorData() != nil {
		return true
	}
	return strings.Contains(strings.ToLower(err.Error()), "revert")
}
