package txmgr

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/core/types"
)

// Pool spreads sends over several managers, one per key, for throughput: a
// key's transactions are mined in nonce order, so one stuck or slow
// transaction holds back only the sends of its own key.
type Pool struct {
	managers []*Manager
	turn     atomic.Uint64
}

// NewPool makes a pool of managers with distinct addresses.
func NewPool(managers ...*Manager) (*Pool, error) {
	if len(managers) == 0 {
		return nil, errors.New("txmgr: a pool needs at least one manager")
	}
	seen := map[[20]byte]bool{}
	for _, m := range managers {
		if seen[m.from] {
			return nil, errors.New("txmgr: two managers of a pool send from " + m.from.Hex())
		}
		seen[m.from] = true
	}
	return &Pool{managers: managers}, nil
}

// Managers are the pool's managers, in the order given.
func (p *Pool) Managers() []*Manager { return p.managers }

// Send sends c through the manager with the fewest transactions in flight
// (round robin among equals). Its errors are the manager's.
func (p *Pool) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	return p.pick().Send(ctx, c)
}

func (p *Pool) pick() *Manager {
	start := int(p.turn.Add(1) % uint64(len(p.managers)))
	best, load := p.managers[start], p.managers[start].InFlight()
	for i := 1; i < len(p.managers); i++ {
		m := p.managers[(start+i)%len(p.managers)]
		if l := m.InFlight(); l < load {
			best, load = m, l
		}
	}
	return best
}

// Reconcile reconciles every manager, concurrently.
func (p *Pool) Reconcile(ctx context.Context) error {
	errs := make([]error, len(p.managers))
	var wg sync.WaitGroup
	for i, m := range p.managers {
		wg.Go(func() { errs[i] = m.Reconcile(ctx) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Close closes every manager.
func (p *Pool) Close() {
	for _, m := range p.managers {
		m.Close()
	}
}
