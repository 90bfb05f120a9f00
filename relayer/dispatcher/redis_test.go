package dispatcher_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// run runs the watcher and a dispatcher until the test ends.
func (e *env) run(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	d := e.dispatcher(t, dispatcher.Config{Block: 50 * time.Millisecond, ModelsRefresh: 50 * time.Millisecond})
	done := make(chan struct{}, 2)
	go func() { _ = e.w.Run(ctx); done <- struct{}{} }()
	go func() { _ = d.Run(ctx); done <- struct{}{} }()
	t.Cleanup(func() { cancel(); <-done; <-done })
}

func (e *env) waitCollected(t *testing.T, rid common.Hash, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	var last string
	for time.Now().Before(deadline) {
		j, err := e.q.Get(t.Context(), rid)
		if err == nil && j.State == queue.ResultsCollected {
			return
		}
		if err != nil {
			last = err.Error()
		} else {
			last = string(j.State) + " " + j.Reason
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("job %s not collected within %v: %s", rid, d, last)
}

// Redis restarts under a running watcher and dispatcher: both carry on.
func TestRedisRestartUnderLoad(t *testing.T) {
	e := setup(t, 1)
	e.run(t)
	rid, _ := e.stack.Request(e.k1, "before the restart", 8)
	e.sim.Commit()
	e.waitCollected(t, rid, 15*time.Second)
	if err := e.redis.Restart(); err != nil {
		t.Fatal(err)
	}
	rid2, _ := e.stack.Request(e.k1, "after the restart", 8)
	e.sim.Commit()
	e.waitCollected(t, rid2, 30*time.Second)
	if j, err := e.q.Get(t.Context(), rid); err != nil || j.State != queue.ResultsCollected {
		t.Fatalf("the first job after the restart: %v %v", j, err)
	}
}

// The same flow on a three-node Redis Cluster through go-redis's cluster
// client.
func TestRedisCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3)
	e := setupOn(t, 2, c.Client())
	e.run(t)
	rid, _ := e.stack.Request(e.k2, "on a cluster", 8)
	e.sim.Commit()
	e.waitCollected(t, rid, 20*time.Second)
}

// With no worker in rotation the dispatcher leaves jobs queued instead of
// spending their attempts; the first worker added picks them up.
func TestNoWorkerLeavesJobsQueued(t *testing.T) {
	e := setup(t, 0)
	e.run(t)
	rid, _ := e.stack.Request(e.k1, "nobody home", 8)
	time.Sleep(300 * time.Millisecond)
	j, err := e.q.Get(t.Context(), rid)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != queue.Queued || j.Attempts != 0 {
		t.Fatalf("with no worker: %s after %d attempts", j.State, j.Attempts)
	}
	e.addWorker(t, true)
	e.waitCollected(t, rid, 15*time.Second)
}
