package worker

import (
	"context"
	"fmt"
	"sync/atomic"
)

// admission bounds the jobs in the worker: running (a semaphore of slots)
// and waiting for a slot (a counter). A job that would exceed
// running+waiting is refused at once.
type admission struct {
	slots    chan struct{}
	admitted atomic.Int64 // running + waiting
	limit    int64
}

func newAdmission(running, waiting int) *admission {
	return &admission{slots: make(chan struct{}, running), limit: int64(running + waiting)}
}

// acquire takes a slot, waiting while ctx lives if the queue has room. The
// returned release must be called once the job is done.
func (a *admission) acquire(ctx context.Context) (release func(), err error) {
	if a.admitted.Add(1) > a.limit {
		a.admitted.Add(-1)
		return nil, fmt.Errorf("%w: %d running, %d waiting at most", ErrBusy, cap(a.slots), a.limit-int64(cap(a.slots)))
	}
	select {
	case a.slots <- struct{}{}:
		return func() { <-a.slots; a.admitted.Add(-1) }, nil
	case <-ctx.Done():
		a.admitted.Add(-1)
		return nil, ctx.Err()
	}
}

// waiting is the number of admitted jobs that wait for a slot.
func (a *admission) waiting() int {
	return max(0, int(a.admitted.Load())-len(a.slots))
}
