package queue_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// ledger records, across relayers, which jobs were delivered and collected.
type ledger struct {
	mu        sync.Mutex
	delivered map[common.Hash][]string
	collected map[common.Hash]int
	byName    map[string]int
}

func newLedger() *ledger {
	return &ledger{delivered: map[common.Hash][]string{}, collected: map[common.Hash]int{}, byName: map[string]int{}}
}

func (l *ledger) done() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.collected)
}

// relay runs a dispatcher loop as the relayer will: lease jobs, do the work,
// collect. It stops when ctx ends, when stop returns true (a crash: jobs in
// hand are left leased), or when want jobs are collected overall. Redis
// errors (a restart) are retried after a pause, as a service would.
func relay(ctx context.Context, t *testing.T, q *queue.Queue, name string, ms []*big.Int, l *ledger, want int, stop func(collected int) bool) {
	mine := 0
	for ctx.Err() == nil && l.done() < want {
		ds, err := q.Next(ctx, name, ms, 8, 20*time.Millisecond)
		if err != nil {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		for _, d := range ds {
			l.mu.Lock()
			l.delivered[d.Lease.RequestID] = append(l.delivered[d.Lease.RequestID], name)
			l.mu.Unlock()
			if stop(mine) {
				return
			}
			time.Sleep(time.Millisecond) // the workers' time
			if !collect(ctx, t, q, d.Lease) {
				continue
			}
			mine++
			l.mu.Lock()
			l.collected[d.Lease.RequestID]++
			l.byName[name]++
			l.mu.Unlock()
		}
	}
}

// collect collects a job, trying again through connection errors (a Redis
// restart). It reports false when the lease was lost meanwhile: the job's
// visibility timeout passed and another relayer has it.
func collect(ctx context.Context, t *testing.T, q *queue.Queue, l queue.Lease) bool {
	for {
		err := q.Collect(ctx, l, results("ok"))
		switch {
		case err == nil:
			return true
		case ctx.Err() != nil || errors.Is(err, queue.ErrLeaseLost):
			return false
		case !isConnErr(err):
			t.Errorf("%s: collect %s: %v", l.Consumer, l.RequestID, err)
			return false
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func isConnErr(err error) bool {
	for _, e := range []error{queue.ErrLeaseLost, queue.ErrIllegalTransition, queue.ErrNotFound, queue.ErrInvalid} {
		if errors.Is(err, e) {
			return false
		}
	}
	return true
}

func (l *ledger) check(t *testing.T, want int) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.collected) != want {
		t.Fatalf("%d jobs collected, want %d", len(l.collected), want)
	}
	for id, n := range l.collected {
		if n != 1 {
			t.Fatalf("job %s collected %d times", id, n)
		}
	}
}

func TestTwoRelayersShareTheWork(t *testing.T) {
	ctx := ctxT(t)
	srv := redistest.Start(t)
	cfg := fast()
	// Long enough that b never loses a lease of its own on a loaded machine.
	cfg.VisibilityTimeout = 500 * time.Millisecond
	// Two processes: two clients, two queues.
	a, b := newQueue(t, srv.Client(), cfg), newQueue(t, srv.Client(), cfg)
	const n = 400
	for i := range n {
		enqueue(t, a, request(i, int64(i%2)))
	}
	l := newLedger()
	var wg sync.WaitGroup
	// Relayer a crashes after 40 jobs with a job in hand; b finishes.
	wg.Go(func() { relay(ctx, t, a, "relayer-a", models(0, 1), l, n, func(c int) bool { return c == 40 }) })
	wg.Go(func() { relay(ctx, t, b, "relayer-b", models(0, 1), l, n, func(int) bool { return false }) })
	wg.Wait()
	l.check(t, n)
	if l.byName["relayer-a"] != 40 || l.byName["relayer-b"] != n-40 {
		t.Fatalf("work split %v, want a 40 and b the rest", l.byName)
	}
	// Only the jobs a held when it crashed were delivered twice.
	twice := 0
	for id, names := range l.delivered {
		if len(names) > 1 {
			twice++
			if names[0] != "relayer-a" || names[1] != "relayer-b" || len(names) > 2 {
				t.Fatalf("job %s delivered to %v", id, names)
			}
		}
	}
	if twice == 0 || twice > 8 {
		t.Fatalf("%d jobs delivered twice: want those a held at its crash (1 to 8)", twice)
	}
	st, err := b.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.States[queue.ResultsCollected] != n || st.Settle.Waiting != n {
		t.Fatalf("stats %+v", st)
	}
}

func TestRedisRestart(t *testing.T) {
	tests := []struct {
		name    string
		opts    []redistest.Option
		restart func(*redistest.Server) error
	}{
		{"a graceful restart keeps every job", nil, (*redistest.Server).Restart},
		{"a crash of an fsync-always server keeps every job", []redistest.Option{redistest.WithFsyncAlways()}, func(s *redistest.Server) error {
			if err := s.Kill(); err != nil {
				return err
			}
			return s.Start()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := ctxT(t)
			q, srv := start(t, fast(), tt.opts...)
			const n = 200
			for i := range n {
				enqueue(t, q, request(i, 1))
			}
			head := queue.BlockRef{Number: 1234, Hash: common.HexToHash("0x1234")}
			if err := q.SaveCheckpoint(ctx, "requests", head); err != nil {
				t.Fatal(err)
			}
			l := newLedger()
			var wg sync.WaitGroup
			for _, name := range []string{"relayer-a", "relayer-b"} {
				wg.Go(func() { relay(ctx, t, q, name, models(1), l, n, func(int) bool { return false }) })
			}
			// Restart Redis while the relayers are busy.
			for l.done() < n/4 {
				time.Sleep(time.Millisecond)
			}
			if err := tt.restart(srv); err != nil {
				t.Fatal(err)
			}
			wg.Wait()
			l.check(t, n)
			got, err := q.Checkpoint(ctx, "requests")
			if err != nil || got != head {
				t.Fatalf("checkpoint after restart %+v, %v; want %+v", got, err, head)
			}
			st, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.States[queue.ResultsCollected] != n || st.Settle.Waiting != n || st.Models["1"].InFlight != 0 {
				t.Fatalf("after restart: %+v", st)
			}
		})
	}
}

func TestSettlementLeases(t *testing.T) {
	ctx := ctxT(t)
	srv := redistest.Start(t)
	cfg := fast()
	cfg.SettleLease = 400 * time.Millisecond
	relayer := newQueue(t, srv.Client(), cfg)
	o1, o2 := newQueue(t, srv.Client(), cfg), newQueue(t, srv.Client(), cfg)
	const n = 20
	for i := range n {
		enqueue(t, relayer, request(i, 1))
	}
	for got := 0; got < n; {
		for _, d := range next(t, relayer, "relayer", models(1), n, time.Second) {
			if err := relayer.Collect(ctx, d.Lease, results(fmt.Sprint("out-", d.Lease.RequestID))); err != nil {
				t.Fatal(err)
			}
			got++
		}
	}

	// Two oracles take disjoint batches.
	var mu sync.Mutex
	held := map[string][]queue.Delivery{}
	var wg sync.WaitGroup
	for name, q := range map[string]*queue.Queue{"oracle-1": o1, "oracle-2": o2} {
		wg.Go(func() {
			for {
				ds, err := q.NextSettlements(ctx, name, 3, 10*time.Millisecond)
				if err != nil {
					t.Error(err)
					return
				}
				if len(ds) == 0 {
					return
				}
				mu.Lock()
				held[name] = append(held[name], ds...)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	owner := map[common.Hash]string{}
	for name, ds := range held {
		for _, d := range ds {
			if prev, ok := owner[d.Lease.RequestID]; ok {
				t.Fatalf("job %s leased to %s and %s", d.Lease.RequestID, prev, name)
			}
			owner[d.Lease.RequestID] = name
			if d.Job.Results == nil || string(d.Job.Results.Output) != fmt.Sprint("out-", d.Lease.RequestID) {
				t.Fatalf("settlement delivery without its results: %+v", d.Job)
			}
		}
	}
	if len(owner) != n || len(held["oracle-1"]) == 0 || len(held["oracle-2"]) == 0 {
		t.Fatalf("oracle 1 got %d, oracle 2 got %d; want all %d between both", len(held["oracle-1"]), len(held["oracle-2"]), n)
	}

	// Oracle 2 settles its batch in one transaction.
	batchTx := common.HexToHash("0xb0")
	for _, d := range held["oracle-2"] {
		if err := o2.MarkSubmitted(ctx, &d.Lease, batchTx); err != nil {
			t.Fatal(err)
		}
		if err := o2.MarkSettled(ctx, d.Lease.RequestID, batchTx); err != nil {
			t.Fatal(err)
		}
	}
	// Oracle 1 records a transaction for its first job, then dies.
	dying := held["oracle-1"]
	sent := common.HexToHash("0xa1")
	if err := o1.MarkSubmitted(ctx, &dying[0].Lease, sent); err != nil {
		t.Fatal(err)
	}
	// Oracle 2 takes over once the leases expire; the job with a
	// transaction comes back as submitted, with the hash to reconcile.
	latest := map[common.Hash]queue.Delivery{} // o2 may reclaim from itself too
	deadline := time.Now().Add(5 * time.Second)
	for len(latest) < len(dying) && time.Now().Before(deadline) {
		for _, d := range nextSettlements(t, o2, "oracle-2", n, 100*time.Millisecond) {
			latest[d.Lease.RequestID] = d
		}
	}
	var taken []queue.Delivery
	for _, d := range latest {
		taken = append(taken, d)
	}
	if len(taken) != len(dying) {
		t.Fatalf("oracle 2 took over %d of oracle 1's %d jobs", len(taken), len(dying))
	}
	for _, d := range taken {
		if d.Lease.RequestID == dying[0].Lease.RequestID {
			if d.Job.State != queue.Submitted || len(d.Job.TxHashes) != 1 || d.Job.TxHashes[0] != sent {
				t.Fatalf("taken-over submitted job %+v", d.Job)
			}
		} else if d.Job.State != queue.ResultsCollected {
			t.Fatalf("taken-over job in %s", d.Job.State)
		}
	}
	// Oracle 1 comes back: it must not send anything.
	for _, d := range dying {
		wantErr(t, o1.MarkSubmitted(ctx, &d.Lease, common.HexToHash("0xa2")), queue.ErrLeaseLost)
	}
	for _, d := range taken[1:] {
		if err := o2.MarkSettled(ctx, d.Lease.RequestID, batchTx); err != nil {
			t.Fatal(err)
		}
	}
	// Oracle 2 cannot afford one job's gas and holds it back; it comes back
	// after the backoff.
	if dead, err := o2.Retry(ctx, taken[0].Lease, "gas cost above the prepaid fee"); err != nil || dead {
		t.Fatalf("Retry = %v, %v", dead, err)
	}
	mustState(t, o2, taken[0].Lease.RequestID, queue.ResultsCollected)
	back := nextSettlements(t, o2, "oracle-2", 1, 2*time.Second)
	if len(back) != 1 || back[0].Lease.RequestID != taken[0].Lease.RequestID || back[0].Lease.Attempt < 2 {
		t.Fatalf("held-back job did not come back: %+v", back)
	}
}

func TestCheckpoints(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.RecentBlocks = 4
	q, _ := start(t, cfg)
	hash := func(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(1000 + n)) }
	ref := func(n uint64) queue.BlockRef { return queue.BlockRef{Number: n, Hash: hash(n)} }

	if _, err := q.Checkpoint(ctx, "requests"); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("a fresh checkpoint: %v, want ErrNotFound", err)
	}
	for n := uint64(1); n <= 10; n++ {
		if err := q.SaveCheckpoint(ctx, "requests", ref(n), ref(n-1)); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := q.Checkpoint(ctx, "requests"); err != nil || got != ref(10) {
		t.Fatalf("checkpoint %+v, %v", got, err)
	}
	recent, err := q.RecentBlocks(ctx, "requests")
	if err != nil {
		t.Fatal(err)
	}
	if len(recent) != 5 || recent[0] != ref(6) || recent[4] != ref(10) {
		t.Fatalf("recent blocks %v: want 6 to 10", recent)
	}
	if h, err := q.BlockHash(ctx, "requests", 8); err != nil || h != hash(8) {
		t.Fatalf("BlockHash(8) = %s, %v", h, err)
	}
	if _, err := q.BlockHash(ctx, "requests", 2); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("BlockHash(2) = %v: want it trimmed", err)
	}
	wantErr(t, q.SaveCheckpoint(ctx, "requests", ref(9)), queue.ErrCheckpointBackwards)
	wantErr(t, q.SaveCheckpoint(ctx, "requests", ref(11), ref(12)), queue.ErrInvalid)

	// A reorg replaces blocks 9 and 10: rewind to 8, withdraw what came after.
	for n := 8; n <= 10; n++ {
		r := request(n, 1)
		r.BlockNumber = uint64(n)
		enqueue(t, q, r)
	}
	above, err := q.RequestsAbove(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}
	if len(above) != 2 || above[0] != rid(9) || above[1] != rid(10) {
		t.Fatalf("requests above block 8: %v", above)
	}
	if err := q.RewindCheckpoint(ctx, "requests", ref(8)); err != nil {
		t.Fatal(err)
	}
	if got, _ := q.Checkpoint(ctx, "requests"); got != ref(8) {
		t.Fatalf("after rewind %+v", got)
	}
	if _, err := q.BlockHash(ctx, "requests", 9); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("block 9 survived the rewind: %v", err)
	}
	// The new chain's block 9 has another hash.
	newNine := queue.BlockRef{Number: 9, Hash: common.HexToHash("0x99")}
	if err := q.SaveCheckpoint(ctx, "requests", newNine); err != nil {
		t.Fatal(err)
	}
	if h, _ := q.BlockHash(ctx, "requests", 9); h != newNine.Hash {
		t.Fatalf("block 9 hash %s", h)
	}
	// Checkpoints are per name.
	if _, err := q.Checkpoint(ctx, "registry"); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("checkpoint of another name: %v", err)
	}
}

func TestStats(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.RetryBackoff, cfg.MaxRetryBackoff = time.Minute, time.Minute
	q, _ := start(t, cfg)
	for i := range 6 {
		enqueue(t, q, request(i, 5))
	}
	time.Sleep(20 * time.Millisecond)
	ds := next(t, q, "c", models(5), 3, time.Second)
	if len(ds) != 3 {
		t.Fatalf("%d delivered", len(ds))
	}
	if _, err := q.Retry(ctx, ds[0].Lease, "timeout"); err != nil {
		t.Fatal(err)
	}
	if err := q.Collect(ctx, ds[1].Lease, results("x")); err != nil {
		t.Fatal(err)
	}
	if err := q.Fail(ctx, ds[2].Lease, "bad prompt"); err != nil {
		t.Fatal(err)
	}
	next(t, q, "c", models(5), 1, time.Second) // one more in flight
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := st.Models["5"]
	if m.Waiting != 2 || m.InFlight != 1 || m.Delayed != 1 {
		t.Fatalf("model 5 stats %+v: want 2 waiting, 1 in flight, 1 delayed", m)
	}
	if m.OldestWaiting < 20*time.Millisecond || m.OldestWaiting > time.Minute {
		t.Fatalf("oldest waiting %v", m.OldestWaiting)
	}
	if st.Settle.Waiting != 1 || st.DeadLetters != 1 {
		t.Fatalf("settle %+v, dead %d", st.Settle, st.DeadLetters)
	}
	want := map[queue.State]int64{queue.Queued: 3, queue.Dispatched: 1, queue.ResultsCollected: 1, queue.Failed: 1}
	for s, n := range want {
		if st.States[s] != n {
			t.Fatalf("states %v, want %v", st.States, want)
		}
	}
}

// TestCluster runs the job's whole life on a three-master Redis Cluster
// through go-redis's cluster client: the hash tag keeps every script's keys
// in one slot.
func TestCluster(t *testing.T) {
	ctx := ctxT(t)
	c := redistest.StartCluster(t, 3)
	q := newQueue(t, c.Client(), fast())
	for i := range 20 {
		enqueue(t, q, request(i, int64(i%2)))
	}
	if created, err := q.Enqueue(ctx, request(0, 0)); err != nil || created {
		t.Fatalf("duplicate enqueue on the cluster = %v, %v", created, err)
	}
	l := newLedger()
	relay(ctx, t, q, "relayer", models(0, 1), l, 20, func(int) bool { return false })
	l.check(t, 20)
	for got := 0; got < 20; {
		ds := nextSettlements(t, q, "oracle", 20, time.Second)
		if len(ds) == 0 {
			t.Fatal("no settlements on the cluster")
		}
		for _, d := range ds {
			tx := common.HexToHash("0xc0")
			if err := q.MarkSubmitted(ctx, &d.Lease, tx); err != nil {
				t.Fatal(err)
			}
			if err := q.MarkSettled(ctx, d.Lease.RequestID, tx); err != nil {
				t.Fatal(err)
			}
			got++
		}
	}
	if err := q.SaveCheckpoint(ctx, "requests", queue.BlockRef{Number: 5, Hash: common.HexToHash("0x05")}); err != nil {
		t.Fatal(err)
	}
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.States[queue.Settled] != 20 || st.Settle.Waiting != 0 {
		t.Fatalf("cluster stats %+v", st)
	}
}

func TestSettlementBatch(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	for i := range 5 {
		enqueue(t, q, request(i, 1))
	}
	for got := 0; got < 5; {
		for _, d := range next(t, q, "relayer", models(1), 5, time.Second) {
			if err := q.Collect(ctx, d.Lease, results("ok")); err != nil {
				t.Fatal(err)
			}
			got++
		}
	}
	var leases []*queue.Lease
	for len(leases) < 5 {
		for _, d := range nextSettlements(t, q, "oracle", 5, time.Second) {
			leases = append(leases, &d.Lease)
		}
	}
	before := leases[0].Expires
	time.Sleep(5 * time.Millisecond)
	for i, err := range q.ExtendBatch(ctx, leases) {
		if err != nil {
			t.Fatalf("lease %d: %v", i, err)
		}
	}
	if !leases[0].Expires.After(before) {
		t.Fatal("ExtendBatch did not move the expiry")
	}
	forged := *leases[1]
	forged.Token = "not-the-token"
	batch := []*queue.Lease{leases[0], &forged, leases[2], leases[3], leases[4]}
	tx := common.HexToHash("0xba7c4")
	errs := q.MarkSubmittedBatch(ctx, batch, tx)
	for i, err := range errs {
		if i == 1 {
			wantErr(t, err, queue.ErrLeaseLost)
		} else if err != nil {
			t.Fatalf("lease %d: %v", i, err)
		}
	}
	mustState(t, q, leases[1].RequestID, queue.ResultsCollected)
	j := mustState(t, q, leases[4].RequestID, queue.Submitted)
	if len(j.TxHashes) != 1 || j.TxHashes[0] != tx {
		t.Fatalf("tx hashes %v", j.TxHashes)
	}
	for i, err := range q.MarkSubmittedBatch(ctx, batch, common.Hash{}) {
		if !errors.Is(err, queue.ErrInvalid) {
			t.Fatalf("zero tx, lease %d: %v", i, err)
		}
	}
}

// TestRedisLosesItsData checks that a queue on a Redis that came back empty
// (no persistence) recreates its streams and groups and goes on.
func TestRedisLosesItsData(t *testing.T) {
	ctx := ctxT(t)
	q, srv := start(t, fast(), redistest.WithPersistence(redistest.None))
	enqueue(t, q, request(1, 1), request(2, 1))
	held := next(t, q, "relayer", models(1), 1, time.Second)
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	wantErr(t, q.Collect(ctx, held[0].Lease, results("x")), queue.ErrNotFound)
	// The first call after the restart may see the closed connection.
	var err error
	for range 3 {
		if _, err = q.Next(ctx, "relayer", models(1), 1, 0); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("Next after Redis lost its data: %v", err)
	}
	enqueue(t, q, request(3, 1))
	got := next(t, q, "relayer", models(1), 5, time.Second)
	if len(got) != 1 || got[0].Lease.RequestID != rid(3) {
		t.Fatalf("after the restart got %d jobs, want request 3", len(got))
	}
	if err := q.Collect(ctx, got[0].Lease, results("ok")); err != nil {
		t.Fatal(err)
	}
	s := nextSettlements(t, q, "oracle", 1, time.Second)
	if len(s) != 1 {
		t.Fatal("the settle stream did not come back")
	}
	if again, _ := q.NextSettlements(ctx, "oracle", 1, 0); len(again) != 0 {
		t.Fatal("a settlement was delivered twice")
	}
}
