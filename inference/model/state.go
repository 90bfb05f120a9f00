package model

import (
	"context"
	"fmt"
	"runtime"

	"github.com/minidao/minidao/inference/kernels"
)

// Options size a State.
type Options struct {
	// Threads computing each forward pass (≥ 1). Results do not depend on it.
	Threads int
	// Context is the number of positions the KV cache holds (≤ ContextLen;
	// 0 means ContextLen).
	Context int
	// Batch is the largest number of tokens computed in one pass (prefill
	// chunks); 0 means 64. Results do not depend on it.
	Batch int
}

// State is one sequence being decoded: its KV cache and the activation
// buffers of a forward pass. A State is used by one goroutine at a time; run
// many States over one Model for concurrent generations.
type State struct {
	m       *Model
	rope    *kernels.RoPE
	threads int
	pool    *pool // threads-1 workers (nil for one thread)
	batch   int
	ctx     int // positions in the cache
	pos     int // positions filled

	x       []float32     // [batch][Dim] residual stream
	xb      []float32     // [batch][Dim] normalized input of a sub-layer
	xb2     []float32     // [batch][Dim] output of a sub-layer
	q       []float32     // [batch][QDim] queries
	att     []float32     // [batch][QDim] attention output
	hb      []float32     // [batch][HiddenDim] gate, then SwiGLU(gate, up)
	hb2     []float32     // [batch][HiddenDim] up
	act     kernels.Q8Act // the input of the next product, quantized (for Q8_0 and Q4_0 weights)
	scratch []float32     // [threads][maxCols] per-thread rows of half-float weights
	scores  []float32     // [threads][batch][ctx] attention scores, one matrix per thread
	logits  []float32     // [VocabSize] logits of the last token
	keys    []float32     // [Layers][ctx][KVDim] key cache
	values  []float32     // [Layers][ctx][KVDim] value cache
}

// NewState allocates a State (its KV cache: 2·Layers·Context·KVDim float32).
func (m *Model) NewState(o Options) (*State, error) {
	c := m.Config
	if o.Threads < 1 {
		return nil, fmt.Errorf("model: %d threads (want at least 1)", o.Threads)
	}
	if o.Context == 0 {
		o.Context = c.ContextLen
	}
	if o.Context < 1 || o.Context > c.ContextLen {
		return nil, fmt.Errorf("model: context of %d positions (the model allows 1..%d)", o.Context, c.ContextLen)
	}
	if o.Batch == 0 {
		o.Batch = 64
	}
	if o.Batch < 1 {
		return nil, fmt.Errorf("model: batch of %d tokens", o.Batch)
	}
	b := o.Batch
	maxCols := max(c.Dim, c.QDim(), c.HiddenDim)
	kv := c.Layers * o.Context * c.KVDim()
	s := &State{
		m: m, rope: m.ropeTable(o.Context), threads: o.Threads, batch: b, ctx: o.Context,
		x: make([]float32, b*c.Dim), xb: make([]float32, b*c.Dim), xb2: make([]float32, b*c.Dim),
		q: make([]float32, b*c.QDim()), att: make([]float32, b*c.QDim()),
		hb: make([]float32, b*c.HiddenDim), hb2: make([]float32, b*c.HiddenDim),
		scratch: make([]float32, o.Threads*maxCols),
		scores:  make([]float32, o.Threads*b*o.Context),
		logits:  make([]float32, c.VocabSize),
		keys:    make([]float32, kv), values: make([]float32, kv),
	}
	if o.Threads > 1 {
		s.pool = newPool(o.Threads)
		runtime.AddCleanup(s, func(p *pool) { p.close() }, s.pool)
	}
	return s, nil
}

// Close stops the State's worker goroutines; the State must not be used
// afterwards. (A State dropped without Close has them stopped once the
// garbage collector finds it unreachable.)
func (s *State) Close() {
	if s.pool != nil {
		s.pool.close()
		s.pool = nil
	}
}

// KVCacheBytes is the size of the KV cache of a State with that context.
func (c Config) KVCacheBytes(context int) int64 {
	return 2 * 4 * int64(c.Layers) * int64(context) * int64(c.KVDim())
}

// Pos returns the number of positions already in the cache.
func (s *State) Pos() int { return s.pos }

// Context returns the number of positions the cache holds.
func (s *State) Context() int { return s.ctx }

// Reset empties the cache (the buffers are kept).
func (s *State) Reset() { s.pos = 0 }

// Forward runs tokens through the model at the next positions, in batches of
// at most Options.Batch tokens, and returns the logits of the last token
// ([VocabSize], valid until the next call). It checks ctx between layers; on
// error the State is left unchanged (the positions are not consumed).
func (s *State) Forward(ctx context.Context, tokens []int32) ([]float32, error) {
	if len(tokens) == 0 {
		return nil, fmt.Errorf("model: Forward needs at least one token")
	}
	if s.pos+len(tokens) > s.ctx {
		return nil, fmt.Errorf("%w: %d positions used, %d more asked, %d in the context", ErrContextFull, s.pos, len(tokens), s.ctx)
	}
	if err := checkTokens(tokens, s.m.Config.VocabSize); err != nil {
		return nil, err
	}
	start := s.pos
	for i := 0; i < len(tokens); i += s.batch {
		chunk := tokens[i:min(i+s.batch, len(tokens))]
		if err := s.forwardBatch(ctx, chunk, i+len(chunk) == len(tokens)); err != nil {
			s.pos = start
			return nil, err
		}
		s.pos += len(chunk)
	}
	return s.logits, nil
}

// parallel runs fn(chunk, thread) for chunk = 0..chunks-1 on s.threads
// goroutines (the caller's and the pool's); thread (< s.threads) names the
// goroutine, for its scratch space. Work is divided by output rows (or
// heads, or tokens), so neither the cut nor who runs a chunk ever changes a
// result.
func (s *State) parallel(chunks int, fn func(chunk, thread int)) {
	if s.pool == nil {
		for c := 0; c < chunks; c++ {
			fn(c, 0)
		}
		return
	}
	s.pool.run(chunks, fn)
}

// chunks is the number of chunks of a region over n output rows: one per
// thread (cutting finer measured slower: each chunk restarts the hardware
// prefetcher's streams), but for small n.
func (s *State) chunks(n int) int {
	return min(s.threads, max(1, n/16))
}

// rows runs fn(lo, hi, thread) over the row ranges [lo, hi) that cut n
// output rows into chunks.
func (s *State) rows(n int, fn func(lo, hi, thread int)) {
	chunks := s.chunks(n)
	s.parallel(chunks, func(c, thread int) {
		lo, hi := split(n, c, chunks)
		fn(lo, hi, thread)
	})
}

// split returns part's share [lo, hi) of n rows, in multiples of 4 rows (the
// assembly kernels' tile) but for the last part.
func split(n, part, parts int) (lo, hi int) {
	lo = n * part / parts &^ 3
	hi = n * (part + 1) / parts &^ 3
	if part == parts-1 {
		hi = n
	}
	return lo, hi
}
