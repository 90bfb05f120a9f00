package queue_test

import (
	"context"
	"errors"
	"flag"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

var chaosJobs = flag.Int("chaos.jobs", 300, "jobs in TestChaos (a soak run: -chaos.jobs=20000)")

// chaosBook is what the chaos test's actors did, by request id.
type chaosBook struct {
	mu        sync.Mutex
	collected map[common.Hash]int                 // successful Collects
	submitted map[common.Hash]map[string]struct{} // lease tokens whose MarkSubmitted succeeded
	chain     map[common.Hash]bool                // transactions actually sent
}

func (b *chaosBook) send(tx common.Hash) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.chain[tx] = true
}

// landed is the first of txs that was sent, if any: what an oracle taking
// over a submitted job finds on chain. A recorded transaction may never
// have been sent (its sender crashed, or lost MarkSubmitted's reply).
func (b *chaosBook) landed(txs []common.Hash) (common.Hash, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, tx := range txs {
		if b.chain[tx] {
			return tx, true
		}
	}
	return common.Hash{}, false
}

func (b *chaosBook) collect(id common.Hash) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.collected[id]++
}

func (b *chaosBook) submit(id common.Hash, token string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.submitted[id] == nil {
		b.submitted[id] = map[string]struct{}{}
	}
	b.submitted[id][token] = struct{}{}
}

// definite repeats op through connection errors (Redis restarting), as a
// service would, and returns its first definite answer. Every queue call
// used here may be repeated safely.
func definite(ctx context.Context, op func() error) error {
	for {
		err := op()
		if err == nil || ctx.Err() != nil || !isConnErr(err) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestChaos runs three relayers and two oracles that retry, fail, release
// and drop (crash on) jobs at random while Redis is killed and restarted,
// and checks that every job ends settled or failed, that no job's results
// were collected twice, and that every settled job was sent under exactly
// one oracle lease, by a transaction that was sent.
func TestChaos(t *testing.T) {
	srv := redistest.Start(t, redistest.WithFsyncAlways())
	chaos(t, *chaosJobs, func() redis.UniversalClient { return srv.Client() }, srv, 0, func() error { return nil })
}

// TestChaosCluster is TestChaos on a three-master Redis Cluster, crashing
// the master that holds the queue's slot. A restarted master takes two
// seconds to serve again (CLUSTERDOWN meanwhile), so it crashes only twice.
func TestChaosCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3, redistest.WithFsyncAlways())
	cc := c.Client()
	slot, err := cc.ClusterKeySlot(context.Background(), "{minidao}:states").Result()
	if err != nil {
		t.Fatal(err)
	}
	owner := c.Nodes[int(slot)*len(c.Nodes)/16384] // StartCluster splits the slots evenly, in order
	chaos(t, *chaosJobs, func() redis.UniversalClient { return c.Client() }, owner, 2,
		func() error { return c.WaitHealthy(30 * time.Second) })
}

// chaos runs the chaos test's actors on n jobs through client, crashing
// the crash server now and then (at most maxCrashes times, if not 0) and
// calling healed after each restart.
func chaos(t *testing.T, n int, client func() redis.UniversalClient, crash *redistest.Server, maxCrashes int, healed func() error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(n)*20*time.Millisecond+30*time.Second)
	defer cancel()
	cfg := fast()
	cfg.MaxAttempts = 4
	book := &chaosBook{collected: map[common.Hash]int{}, submitted: map[common.Hash]map[string]struct{}{}, chain: map[common.Hash]bool{}}
	checker := newQueue(t, client(), cfg)
	ms := models(0, 1, 2)

	done := func() bool {
		st, err := checker.Stats(ctx)
		return err == nil && st.States[queue.Settled]+st.States[queue.Failed] == int64(n)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Go(func() { // the watcher
		q := newQueue(t, client(), cfg)
		for i := 0; i < n; i += 10 {
			var batch []*queue.Request
			for j := i; j < min(i+10, n); j++ {
				batch = append(batch, request(j, int64(j%3)))
			}
			if err := definite(ctx, func() error { _, err := q.EnqueueBatch(ctx, batch); return err }); err != nil {
				t.Error(err)
				return
			}
			time.Sleep(time.Millisecond)
		}
	})
	for _, name := range []string{"relayer-a", "relayer-b", "relayer-c"} {
		wg.Go(func() { chaosRelayer(ctx, t, newQueue(t, client(), cfg), name, ms, book, stop) })
	}
	for _, name := range []string{"oracle-1", "oracle-2"} {
		wg.Go(func() { chaosOracle(ctx, t, newQueue(t, client(), cfg), name, book, stop) })
	}
	restarts := 0
	for !done() {
		if ctx.Err() != nil {
			st, _ := checker.Stats(context.Background())
			t.Fatalf("not every job finished in time: %+v", st)
		}
		time.Sleep(time.Duration(200+rand.IntN(300)) * time.Millisecond)
		if maxCrashes > 0 && restarts == maxCrashes {
			continue
		}
		if err := crash.Kill(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.IntN(100)) * time.Millisecond)
		if err := crash.Start(); err != nil {
			t.Fatal(err)
		}
		if err := healed(); err != nil {
			t.Fatal(err)
		}
		restarts++
	}
	close(stop)
	wg.Wait()
	chaosCheck(t, checker, book, n, restarts)
}

func chaosRelayer(ctx context.Context, t *testing.T, q *queue.Queue, name string, ms []*big.Int, book *chaosBook, stop chan struct{}) {
	for {
		select {
		case <-stop:
			return
		default:
		}
		ds, err := q.Next(ctx, name, ms, 4, 20*time.Millisecond)
		if err != nil {
			time.Sleep(10 * time.Millisecond)
			continue
		}
		for _, d := range ds {
			l := d.Lease
			var err error
			switch r := rand.IntN(100); {
			case r < 70:
				time.Sleep(time.Duration(rand.IntN(3)) * time.Millisecond)
				if err = definite(ctx, func() error { return q.Collect(ctx, l, results("ok")) }); err == nil {
					book.collect(l.RequestID)
				}
			case r < 80:
				err = definite(ctx, func() error { _, err := q.Retry(ctx, l, "worker timed out"); return err })
			case r < 83:
				err = definite(ctx, func() error { return q.Fail(ctx, l, "prompt refused by every worker") })
			case r < 90:
				err = definite(ctx, func() error { return q.Release(ctx, l, "shutting down") })
			default:
				// Crash with the job in hand: its lease must expire.
			}
			// The lease expired meanwhile (Redis was down) and another
			// relayer took the job over, or dead-lettered it.
			if err != nil && !errors.Is(err, queue.ErrLeaseLost) && !errors.Is(err, queue.ErrIllegalTransition) {
				t.Errorf("%s: %s: %v", name, l.RequestID, err)
			}
		}
	}
}

func chaosOracle(ctx context.Context, t *testing.T, q *queue.Queue, name string, book *chaosBook, stop chan struct{}) {
	for n := uint64(1); ; n++ {
		select {
		case <-stop:
			return
		default:
		}
		ds, err := q.NextSettlements(ctx, name, 8, 20*time.Millisecond)
		if err != nil || len(ds) == 0 {
			continue
		}
		tx := common.BigToHash(new(big.Int).SetUint64(n<<8 | uint64(name[len(name)-1])))
		var fresh []*queue.Lease
		for i := range ds {
			l := &ds[i].Lease
			if ds[i].Job.State == queue.Submitted {
				// Taken over after another oracle recorded a transaction:
				// settle by it if it was sent, else send anew.
				if prev, ok := book.landed(ds[i].Job.TxHashes); ok {
					err := definite(ctx, func() error { return q.MarkSettled(ctx, l.RequestID, prev) })
					if err != nil && !errors.Is(err, queue.ErrIllegalTransition) { // the sender came back and settled
						t.Errorf("%s: reconcile %s: %v", name, l.RequestID, err)
					}
					continue
				}
			}
			switch r := rand.IntN(100); {
			case r < 8:
				if err := definite(ctx, func() error { _, err := q.Retry(ctx, *l, "gas cost above the prepaid fee"); return err }); err != nil && !errors.Is(err, queue.ErrLeaseLost) {
					t.Errorf("%s: %v", name, err)
				}
			case r < 12: // crash before sending
			default:
				fresh = append(fresh, l)
			}
		}
		if len(fresh) == 0 {
			continue
		}
		// Record the transaction on every job of the batch, then send it
		// only if every record held and every lease has time left; else
		// send nothing and hand the jobs back.
		errs := definiteBatch(ctx, func() []error { return q.MarkSubmittedBatch(ctx, fresh, tx) })
		ok := true
		for i, err := range errs {
			if err != nil && !errors.Is(err, queue.ErrLeaseLost) && !errors.Is(err, queue.ErrIllegalTransition) {
				t.Errorf("%s: submit %s: %v", name, fresh[i].RequestID, err)
			}
			ok = ok && err == nil && time.Until(fresh[i].Expires) > 50*time.Millisecond
		}
		if !ok {
			for _, l := range fresh {
				_ = definite(ctx, func() error { return q.Release(ctx, *l, "batch not sent") })
			}
			continue
		}
		sent := make([]common.Hash, len(fresh))
		for i, l := range fresh {
			book.submit(l.RequestID, l.Token)
			sent[i] = l.RequestID
		}
		book.send(tx)
		if rand.IntN(10) == 0 {
			continue // crash after sending: another oracle reconciles
		}
		for i, err := range definiteBatch(ctx, func() []error { return q.MarkSettledBatch(ctx, sent, tx) }) {
			if err != nil && !errors.Is(err, queue.ErrIllegalTransition) { // another oracle reconciled first
				t.Errorf("%s: settle %s: %v", name, sent[i], err)
			}
		}
	}
}

// definiteBatch is definite for batch calls: it repeats the whole batch
// while any item saw a connection error.
func definiteBatch(ctx context.Context, op func() []error) []error {
	for {
		errs := op()
		again := false
		for _, err := range errs {
			again = again || (err != nil && isConnErr(err))
		}
		if !again || ctx.Err() != nil {
			return errs
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func chaosCheck(t *testing.T, q *queue.Queue, book *chaosBook, n, restarts int) {
	ctx := context.Background()
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	settled, failed := 0, 0
	for i := range n {
		j, err := q.Get(ctx, rid(i))
		if err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
		switch j.State {
		case queue.Settled:
			settled++
			if book.collected[rid(i)] != 1 {
				t.Errorf("settled job %d collected %d times", i, book.collected[rid(i)])
			}
			if len(book.submitted[rid(i)]) != 1 {
				t.Errorf("settled job %d was sent under %d oracle leases", i, len(book.submitted[rid(i)]))
			}
			if _, ok := book.landed(j.TxHashes); !ok {
				t.Errorf("settled job %d by transactions %v, none of them sent", i, j.TxHashes)
			}
		case queue.Failed:
			failed++
			if book.collected[rid(i)] > 1 {
				t.Errorf("failed job %d collected %d times", i, book.collected[rid(i)])
			}
		default:
			t.Errorf("job %d ended in %s", i, j.State)
		}
	}
	if int64(failed) != st.DeadLetters {
		t.Errorf("%d failed jobs but %d dead letters", failed, st.DeadLetters)
	}
	for m, s := range st.Models {
		if s != (queue.StreamStats{}) {
			t.Errorf("model %s not drained: %+v", m, s)
		}
	}
	if st.Settle != (queue.StreamStats{}) {
		t.Errorf("settle stream not drained: %+v", st.Settle)
	}
	t.Logf("%d jobs: %d settled, %d failed, through %d Redis crashes", n, settled, failed, restarts)
}
