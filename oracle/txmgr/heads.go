package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// head is the manager's view of the chain at one block.
type head struct {
	number  uint64
	hash    common.Hash
	baseFee *big.Int
	nonce   uint64 // the key's mined nonce at this block
}

// heads follows the chain for all of a manager's sends: one header read per
// PollInterval, and one nonce read per new block, however many transactions
// are in flight. Sends wait on changed instead of polling the node each.
type heads struct {
	mu      sync.Mutex
	cur     *head
	tip     *big.Int      // the node's suggested tip at cur, read on demand
	changed chan struct{} // closed when another head is seen
	start   sync.Once
}

func newHeads() *heads { return &heads{changed: make(chan struct{})} }

// head returns the latest head seen and a channel closed when a newer one
// is. The first call reads the chain itself.
func (m *Manager) head(ctx context.Context) (head, <-chan struct{}, error) {
	m.heads.start.Do(func() {
		m.wg.Add(1) // under a live task, so never against a finished Wait
		go m.followHeads()
	})
	m.heads.mu.Lock()
	cur, changed := m.heads.cur, m.heads.changed
	m.heads.mu.Unlock()
	if cur != nil {
		return *cur, changed, nil
	}
	if err := m.refreshHead(ctx); err != nil {
		return head{}, nil, err
	}
	m.heads.mu.Lock()
	defer m.heads.mu.Unlock()
	return *m.heads.cur, m.heads.changed, nil
}

func (m *Manager) followHeads() {
	defer m.wg.Done()
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		select {
		case <-m.closing.Done():
			return
		case <-tick.C:
		}
		ctx, cancel := context.WithTimeout(m.closing, m.cfg.NetworkTimeout)
		if err := m.refreshHead(ctx); err != nil && m.closing.Err() == nil {
			m.cfg.Metrics.RecordRPCError()
			m.log.Debug("reading the chain head", "err", err)
		}
		cancel()
	}
}

// refreshHead reads the latest header and, when it is another block than
// the last seen, the key's nonce at it. A head is new by its hash, not its
// number: after a reorg the head may be at the same height or lower, and
// the key's nonce there lower than before (its transactions dropped).
func (m *Manager) refreshHead(ctx context.Context) error {
	h, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("txmgr: latest header: %w", err)
	}
	if h.BaseFee == nil {
		return errors.New("txmgr: the chain has no base fee (pre-London); only EIP-1559 chains are supported")
	}
	number, hash := h.Number.Uint64(), h.Hash()
	m.heads.mu.Lock()
	known := m.heads.cur != nil && m.heads.cur.hash == hash
	m.heads.mu.Unlock()
	if known {
		return nil
	}
	nonce, err := m.backend.NonceAt(ctx, m.from, h.Number)
	if err != nil {
		return fmt.Errorf("txmgr: nonce at block %d: %w", number, err)
	}
	m.heads.mu.Lock()
	defer m.heads.mu.Unlock()
	if m.heads.cur != nil && m.heads.cur.hash == hash {
		return nil
	}
	if prev := m.heads.cur; prev != nil && nonce < prev.nonce {
		m.replayDropped(nonce)
	}
	m.heads.cur = &head{number: number, hash: hash, baseFee: h.BaseFee, nonce: nonce}
	m.heads.tip = nil
	close(m.heads.changed)
	m.heads.changed = make(chan struct{})
	return nil
}

// replayDropped sends again, as they were signed, this manager's
// transactions from nonce `from` up that a reorg dropped (the key's nonce
// at the new head fell to from) and that no Send follows: mined versions
// and orphans. Nodes put such transactions back in their pool themselves,
// but not all do (anvil_reorg does not), and until the lowest is mined
// again every later nonce waits: without this, the gap is filled only after
// ResubmitAfter, and by a transfer that cancels what was dropped. A version
// the node still holds answers "already known"; one that no longer fits
// (its nonce used meanwhile) is refused, and that is fine too. One priced
// under today's base fee stays stuck until a gap filler outbids it.
func (m *Manager) replayDropped(from uint64) {
	if m.closing.Err() != nil {
		return
	}
	txs := m.nonces.dropped(from)
	if len(txs) == 0 {
		return
	}
	m.log.Warn("a reorg dropped mined transactions; sending them again", "from_nonce", from, "transactions", len(txs))
	m.wg.Add(1) // under followHeads or a live Send
	go func() {
		defer m.wg.Done()
		for _, tx := range txs {
			ctx, cancel := context.WithTimeout(m.closing, m.cfg.NetworkTimeout)
			err := m.backend.SendTransaction(ctx, tx)
			cancel()
			if m.closing.Err() != nil {
				return
			}
			m.cfg.Metrics.RecordPublish(tx, classifySendErr(err).String())
			if err != nil {
				m.log.Debug("sending a dropped transaction again", "nonce", tx.Nonce(), "tx", tx.Hash(), "err", err)
			}
		}
	}()
}

// suggestedTip is the node's suggested tip, read once per head.
func (m *Manager) suggestedTip(ctx context.Context, at uint64) (*big.Int, error) {
	m.heads.mu.Lock()
	if m.heads.tip != nil && m.heads.cur != nil && m.heads.cur.number == at {
		tip := m.heads.tip
		m.heads.mu.Unlock()
		return tip, nil
	}
	m.heads.mu.Unlock()
	tip, err := m.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: suggest tip: %w", err)
	}
	m.heads.mu.Lock()
	if m.heads.cur != nil && m.heads.cur.number == at {
		m.heads.tip = tip
	}
	m.heads.mu.Unlock()
	return tip, nil
}

// headNumber is the latest head seen, 0 before any.
func (m *Manager) headNumber() uint64 {
	m.heads.mu.Lock()
	defer m.heads.mu.Unlock()
	if m.heads.cur == nil {
		return 0
	}
	return m.heads.cur.number
}
