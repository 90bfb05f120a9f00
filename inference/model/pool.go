package model

import (
	"runtime"
	"sync/atomic"
	"time"
)

// pool runs the chunks of a parallel region on long-lived goroutines.
//
// A decode step has five regions per layer of a few microseconds each;
// waking a parked goroutine for each, as go statements do, costs about as
// much as the work on a virtual machine. So both sides spin for a short
// while before parking, as llama.cpp's thread pool does: workers wait for
// the next region, the caller for the workers. The spin is bounded by time,
// so a machine loaded with other work loses at most spinFor per wait.
//
// Each thread takes the next chunk of a region until none is left, so a
// worker the system has not woken yet (on a machine shared with other work)
// delays nothing: the caller takes its chunk too. Which thread computes a
// chunk never changes a result.
type pool struct {
	n      int                    // threads, the caller's included
	region atomic.Pointer[region] // the region being run
	ticket atomic.Uint64          // generation<<32 | next chunk to take
	gen    atomic.Uint32          // bumped for each region
	done   atomic.Int64           // chunks finished in the current region
	parked []atomic.Bool          // worker i is parked (or about to) on wake[i]
	wake   []chan struct{}
	caller atomic.Bool // the caller is parked (or about to) on finish
	finish chan struct{}
	stop   atomic.Bool
}

type region struct {
	gen    uint32
	chunks int
	fn     func(chunk, thread int)
}

// spinFor is how long a side spins before parking: longer than the serial
// steps between two regions (norms, RoPE, the residual) and than the
// sampling between two tokens, short enough to cost little when idle.
const spinFor = 100 * time.Microsecond

func newPool(n int) *pool {
	p := &pool{n: n, parked: make([]atomic.Bool, n-1), wake: make([]chan struct{}, n-1), finish: make(chan struct{}, 1)}
	for i := range p.wake {
		p.wake[i] = make(chan struct{}, 1)
		go p.work(i)
	}
	return p
}

// spinUntil returns once cond holds, spinning for up to spinFor, then
// parking: it sets flag, which tells the other side to send on ch, and
// checks cond again before blocking, so a wake-up is never lost (sync/atomic
// operations are sequentially consistent). A stale token in ch only makes
// for an extra turn of the loop.
func spinUntil(cond func() bool, flag *atomic.Bool, ch chan struct{}) {
	start := time.Now()
	for spins := 1; !cond(); spins++ {
		if spins%64 != 0 {
			continue
		}
		if time.Since(start) < spinFor {
			runtime.Gosched() // lets other goroutines of this process run
			continue
		}
		flag.Store(true)
		if !cond() {
			<-ch
		}
		flag.Store(false)
		start = time.Now()
	}
}

func (p *pool) work(i int) {
	seen := p.gen.Load()
	for {
		spinUntil(func() bool { return p.gen.Load() != seen }, &p.parked[i], p.wake[i])
		seen = p.gen.Load()
		if p.stop.Load() {
			return
		}
		if r := p.region.Load(); r != nil {
			p.take(r, i+1)
		}
	}
}

// take runs chunks of r on thread until none is left. A ticket taken is
// always of r's generation, so a late thread never runs a chunk of a region
// that has already finished.
func (p *pool) take(r *region, thread int) {
	for {
		t := p.ticket.Load()
		c := int(uint32(t))
		if uint32(t>>32) != r.gen || c >= r.chunks {
			return
		}
		if !p.ticket.CompareAndSwap(t, t+1) {
			continue
		}
		r.fn(c, thread)
		if p.done.Add(1) == int64(r.chunks) && p.caller.Load() {
			signal(p.finish)
		}
	}
}

// run calls fn(chunk, thread) for chunk = 0..chunks-1, each once, on the
// pool's threads (thread < n, 0 being the caller), and returns when all are
// done.
func (p *pool) run(chunks int, fn func(chunk, thread int)) {
	gen := p.gen.Load() + 1
	r := &region{gen: gen, chunks: chunks, fn: fn}
	p.done.Store(0)
	p.region.Store(r)
	p.ticket.Store(uint64(gen) << 32)
	p.gen.Store(gen)
	for i := range p.parked {
		if p.parked[i].Load() {
			signal(p.wake[i])
		}
	}
	p.take(r, 0)
	spinUntil(func() bool { return p.done.Load() == int64(chunks) }, &p.caller, p.finish)
	p.region.Store(nil)
}

// signal leaves a token in ch unless one is already there.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// close stops the workers.
func (p *pool) close() {
	p.stop.Store(true)
	p.gen.Add(1)
	for i := range p.wake {
		signal(p.wake[i])
	}
}
