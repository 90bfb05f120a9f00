package model

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestPoolRunsEveryPartOfEveryRegion(t *testing.T) {
	before := runtime.NumGoroutine()
	p := newPool(4)
	var counts [4]atomic.Int64
	for region := 0; region < 3000; region++ {
		if region%500 == 0 {
			time.Sleep(2 * spinFor) // let the workers park
		}
		p.run(func(part, parts int) {
			if parts != 4 {
				t.Errorf("parts = %d", parts)
			}
			counts[part].Add(1)
		})
	}
	for i := range counts {
		if n := counts[i].Load(); n != 3000 {
			t.Fatalf("part %d ran %d times, want 3000", i, n)
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
