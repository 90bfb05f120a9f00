package model

import (
	"runtime"
	"sync/atomic"
	"time"
)

// pool runs the parts of a parallel region on long-lived goroutines. A
// decode step has about five regions per layer, a few microseconds each, so
// waking a parked goroutine for each (as go statements do) would cost as
// much as the work: workers spin briefly for the next region before they
// park, as llama.cpp's thread pool does.
type pool struct {
	n      int // parts, the caller's included
	fn     func(part, parts int)
	gen    atomic.Uint64 // bumped for each region
	done   atomic.Int64  // workers finished with the current region
	parked []atomic.Bool
	wake   []chan struct{}
	stop   atomic.Bool
}

// spinFor is how long an idle worker spins before parking.
const spinFor = 50 * time.Microsecond

func newPool(n int) *pool {
	p := &pool{n: n, parked: make([]atomic.Bool, n-1), wake: make([]chan struct{}, n-1)}
	for i := range p.wake {
		p.wake[i] = make(chan struct{}, 1)
		go p.work(i)
	}
	return p
}

func (p *pool) work(i int) {
	var seen uint64 // the generation at creation: this goroutine may start after run
	for {
		start := time.Now()
		for spins := 0; p.gen.Load() == seen; spins++ {
			if spins%128 != 127 {
				continue
			}
			if time.Since(start) < spinFor {
				runtime.Gosched()
				continue
			}
			p.parked[i].Store(true)
			if p.gen.Load() == seen { // no region started since the check
				<-p.wake[i]
			}
			p.parked[i].Store(false)
			start = time.Now()
		}
		seen = p.gen.Load()
		if p.stop.Load() {
			return
		}
		p.fn(i+1, p.n)
		p.done.Add(1)
	}
}

// run calls fn(part, n) for every part, part 0 on the calling goroutine,
// and returns when all are done.
func (p *pool) run(fn func(part, parts int)) {
	p.fn = fn
	p.done.Store(0)
	p.gen.Add(1)
	p.wakeParked()
	fn(0, p.n)
	for spins := 0; p.done.Load() < int64(p.n-1); spins++ {
		if spins%64 == 63 {
			runtime.Gosched()
		}
	}
	p.fn = nil
}

func (p *pool) wakeParked() {
	for i := range p.parked {
		if p.parked[i].Load() {
			select {
			case p.wake[i] <- struct{}{}:
			default:
			}
		}
	}
}

// close stops the workers.
func (p *pool) close() {
	p.stop.Store(true)
	p.gen.Add(1)
	for i := range p.wake {
		select {
		case p.wake[i] <- struct{}{}:
		default:
		}
	}
}
