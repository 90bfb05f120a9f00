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
	var threadUsed [threads]atomic.Int64
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
			threadUsed[th].Add(1)
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
	for th := range threadUsed {
		if threadUsed[th].Load() == 0 {
			t.Errorf("thread %d never ran a chunk", th)
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
