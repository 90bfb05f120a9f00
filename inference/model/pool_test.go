package model

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestPoolRunsEveryChunkOfEveryRegionOnce(t *testing.T) {
	before := runtime.NumGoroutine()
	const threads, regions = 4, 3000
	p := newPool(threads)
	for region := 0; region < regions; region++ {
		if region%500 == 0 {
			time.Sleep(2 * spinFor) // let the workers park
		}
		slow := region%700 == 0 // the caller parks while a worker is busy
		chunks := 1 + region%13
		counts := make([]atomic.Int64, chunks)
		p.run(chunks, func(c, th int) {
			if th < 0 || th >= threads {
				t.Errorf("thread %d", th)
			}
			if slow && c == 0 {
				time.Sleep(2 * spinFor)
			}
			counts[c].Add(1)
		})
		for c := range counts {
			if n := counts[c].Load(); n != 1 {
				t.Fatalf("region %d: chunk %d ran %d times", region, c, n)
			}
		}
	}
	// A region whose chunks each wait for all to have started can only
	// finish if every thread takes one.
	var started atomic.Int64
	var ranOn [threads]atomic.Int64
	p.run(threads, func(c, th int) {
		started.Add(1)
		ranOn[th].Add(1)
		for deadline := time.Now().Add(10 * time.Second); started.Load() < threads; {
			if time.Now().After(deadline) {
				t.Errorf("chunk %d on thread %d: only %d chunks started", c, th, started.Load())
				return
			}
			runtime.Gosched()
		}
	})
	for th := range ranOn {
		if n := ranOn[th].Load(); n != 1 {
			t.Errorf("thread %d ran %d chunks of the waiting region, want 1", th, n)
		}
	}
	p.close()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after close, %d before", n, before)
	}
}
