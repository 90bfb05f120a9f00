package worker

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
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

// signedLog remembers the outputHash the worker signed for each recent
// request (up to a bound, oldest forgotten first), so that it never signs
// two different outputs for one request: the WorkerRegistry slashes a worker
// for that (equivocation), and only a caller who changed the prompt or the
// limits of a request could cause it.
type signedLog struct {
	mu    sync.Mutex
	max   int
	byID  map[common.Hash]*list.Element
	order *list.List // of signedEntry, oldest first
}

type signedEntry struct {
	id, outputHash common.Hash
}

func newSignedLog(max int) *signedLog {
	return &signedLog{max: max, byID: map[common.Hash]*list.Element{}, order: list.New()}
}

// record stores key→outputHash, or returns ErrConflict if key (the
// request id in its coordinator's domain, with the model version) was
// signed with another output.
func (l *signedLog) record(key, requestID, outputHash common.Hash) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.byID[key]; ok {
		if prev := e.Value.(signedEntry).outputHash; prev != outputHash {
			return fmt.Errorf("%w: request %s was signed with outputHash %s, this run gave %s (same prompt, maxTokens and model?)",
				ErrConflict, requestID, prev, outputHash)
		}
		return nil
	}
	l.byID[key] = l.order.PushBack(signedEntry{key, outputHash})
	for l.order.Len() > l.max {
		oldest := l.order.Front()
		l.order.Remove(oldest)
		delete(l.byID, oldest.Value.(signedEntry).id)
	}
	return nil
}
