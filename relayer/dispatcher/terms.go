package dispatcher

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/queue"
)

// Terms is what dispatching a request needs: the request and the terms the
// coordinator will check its result against (k, weights, runtime, stake).
type Terms struct {
	RequestID    common.Hash
	ModelID      *big.Int
	ModelVersion uint32
	Prompt       []byte
	MaxTokens    uint32
	Seed         uint64
	Deadline     uint64
	K            int
	WeightsHash  common.Hash
	Runtime      common.Hash
	MinStake     *big.Int
}

func termsOf(e *contracts.Requested) *Terms {
	r := &e.Request
	k := int(r.K)
	if k < 1 {
		k = 1
	}
	return &Terms{
		RequestID: e.RequestID, ModelID: e.ModelID, ModelVersion: r.ModelVersion,
		Prompt: e.Prompt, MaxTokens: r.MaxTokens, Seed: e.Seed, Deadline: r.Deadline.Uint64(),
		K: k, WeightsHash: r.WeightsHash, Runtime: r.RuntimeMeasurement, MinStake: r.MinWorkerStake,
	}
}

// RequestReader reads a request's event back from the chain by block hash
// (contracts.Coordinator has it).
type RequestReader interface {
	RequestAt(ctx context.Context, block, rid common.Hash) (*contracts.Requested, error)
}

// TermsCache keeps the terms of recent requests, filled by the watcher in
// the same process (Requested); a job from another process's watcher, or
// from before a restart, is read back from the chain.
//
// queue.Request does not carry k, the weights and runtime hashes or the
// minimum stake, so they come from here; once it does, this lookup becomes
// a fallback.
type TermsCache struct {
	chain RequestReader
	max   int

	mu    sync.Mutex
	byID  map[common.Hash]*Terms
	order []common.Hash // FIFO eviction
}

// NewTermsCache keeps up to max terms (default 100000).
func NewTermsCache(chain RequestReader, max int) *TermsCache {
	if max <= 0 {
		max = 100_000
	}
	return &TermsCache{chain: chain, max: max, byID: make(map[common.Hash]*Terms)}
}

// Requested records a request's terms (the watcher's Handler).
func (c *TermsCache) Requested(e *contracts.Requested) { c.put(termsOf(e)) }

func (c *TermsCache) put(t *Terms) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byID[t.RequestID]; ok {
		c.byID[t.RequestID] = t
		return
	}
	if len(c.order) >= c.max {
		delete(c.byID, c.order[0])
		c.order = c.order[1:]
	}
	c.byID[t.RequestID] = t
	c.order = append(c.order, t.RequestID)
}

// Terms returns a queued request's terms.
func (c *TermsCache) Terms(ctx context.Context, r *queue.Request) (*Terms, error) {
	c.mu.Lock()
	t, ok := c.byID[r.RequestID]
	c.mu.Unlock()
	if ok {
		return t, nil
	}
	if c.chain == nil {
		return nil, fmt.Errorf("dispatcher: terms of %s: not seen by this process and no chain to read them from", r.RequestID)
	}
	e, err := c.chain.RequestAt(ctx, r.BlockHash, r.RequestID)
	if err != nil {
		return nil, fmt.Errorf("dispatcher: terms of %s: %w", r.RequestID, err)
	}
	t = termsOf(e)
	c.put(t)
	return t, nil
}
