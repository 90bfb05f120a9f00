package queue_test

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/queue"
)

func TestEnqueue(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())

	t.Run("a new request is queued with its payload and time", func(t *testing.T) {
		r := request(1, 7)
		created, err := q.Enqueue(ctx, r)
		if err != nil || !created {
			t.Fatalf("Enqueue = %v, %v; want true, nil", created, err)
		}
		j := mustState(t, q, r.RequestID, queue.Queued)
		if !bytes.Equal(j.Request.Prompt, r.Prompt) || j.Request.Fee.Cmp(r.Fee) != 0 || j.Request.ModelID.Int64() != 7 ||
			j.Request.BlockNumber != r.BlockNumber || j.Request.Requester != r.Requester ||
			j.Request.GasPrepaid.Cmp(r.GasPrepaid) != 0 || j.Request.Split != r.Split || j.Request.Nonce != r.Nonce {
			t.Fatalf("stored request %+v differs from %+v", j.Request, *r)
		}
		if j.Times[queue.Queued].IsZero() || time.Since(j.Times[queue.Queued]) > time.Minute {
			t.Fatalf("queued time %v", j.Times[queue.Queued])
		}
	})

	t.Run("a duplicate enqueue is a no-op", func(t *testing.T) {
		r := request(1, 7)
		r.Prompt = []byte("changed")
		created, err := q.Enqueue(ctx, r)
		if err != nil || created {
			t.Fatalf("Enqueue = %v, %v; want false, nil", created, err)
		}
		j := mustState(t, q, r.RequestID, queue.Queued)
		if string(j.Request.Prompt) == "changed" {
			t.Fatal("the duplicate overwrote the job")
		}
		st, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Models["7"].Waiting; got != 1 {
			t.Fatalf("model 7 has %d waiting, want 1", got)
		}
	})

	t.Run("duplicates within a batch are enqueued once", func(t *testing.T) {
		created, err := q.EnqueueBatch(ctx, []*queue.Request{request(2, 7), request(3, 7), request(2, 7)})
		if err != nil {
			t.Fatal(err)
		}
		if !created[0] || !created[1] || created[2] {
			t.Fatalf("created = %v, want [true true false]", created)
		}
	})

	t.Run("concurrent enqueues of one request create it once", func(t *testing.T) {
		var wg sync.WaitGroup
		var mu sync.Mutex
		n := 0
		for range 16 {
			wg.Go(func() {
				created, err := q.Enqueue(ctx, request(4, 7))
				if err != nil {
					t.Error(err)
				}
				if created {
					mu.Lock()
					n++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if n != 1 {
			t.Fatalf("%d enqueues reported creating the job, want 1", n)
		}
		d := next(t, q, "c", models(7), 10, time.Second)
		if len(d) != 4 {
			t.Fatalf("%d jobs delivered, want 4 (requests 1 to 4)", len(d))
		}
	})
}

func TestEnqueueRejectsBadRequests(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	tests := []struct {
		name string
		mod  func(*queue.Request)
	}{
		{"a zero request id", func(r *queue.Request) { r.RequestID = common.Hash{} }},
		{"no model id", func(r *queue.Request) { r.ModelID = nil }},
		{"a negative model id", func(r *queue.Request) { r.ModelID = big.NewInt(-1) }},
		{"a prompt over the size limit", func(r *queue.Request) { r.Prompt = make([]byte, 2<<20) }},
	}
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			r := request(1, 1)
			tt.mod(r)
			_, err := q.Enqueue(ctx, r)
			wantErr(t, err, queue.ErrInvalid)
		})
	}
	if _, err := q.Get(ctx, rid(1)); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("a refused request was stored: %v", err)
	}
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name string
		cfg  queue.Config
		want string
	}{
		{"the defaults pass", queue.Config{}, ""},
		{"a namespace with a brace fails", queue.Config{Namespace: "a}b"}, "namespace"},
		{"a backoff above its maximum fails", queue.Config{RetryBackoff: time.Minute, MaxRetryBackoff: time.Second}, "retry backoff"},
		{"negative attempts fail", queue.Config{MaxAttempts: -1}, "max attempts"},
		{"an active TTL below the lease fails", queue.Config{ActiveTTL: time.Second}, "active TTL"},
	}
	if _, err := queue.New(nil, queue.Config{}); err == nil {
		t.Error("New accepted a nil client")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Check()
			if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
				t.Fatalf("Check() = %v, want an error naming %q", err, tt.want)
			}
			if _, err := queue.New(redis.NewClient(&redis.Options{}), tt.cfg); (err == nil) != (tt.want == "") {
				t.Fatalf("New() = %v, want the same as Check", err)
			}
		})
	}
}

func TestConcurrentConsumersGetEachJobOnce(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.VisibilityTimeout = 10 * time.Second // no reclaim in this test
	q, _ := start(t, cfg)
	const n = 600
	var reqs []*queue.Request
	for i := range n {
		reqs = append(reqs, request(i, int64(i%3)))
	}
	enqueue(t, q, reqs...)

	var mu sync.Mutex
	seen := make(map[common.Hash]string)
	var dup []string
	var wg sync.WaitGroup
	for c := range 6 {
		consumer := "consumer-" + string(rune('a'+c))
		wg.Go(func() {
			for {
				mu.Lock()
				done := len(seen) == n
				mu.Unlock()
				if done {
					return
				}
				ds, err := q.Next(ctx, consumer, models(0, 1, 2), 16, 20*time.Millisecond)
				if err != nil {
					t.Error(err)
					return
				}
				for _, d := range ds {
					mu.Lock()
					if prev, ok := seen[d.Lease.RequestID]; ok {
						dup = append(dup, d.Lease.RequestID.Hex()+" to "+prev+" and "+consumer)
					}
					seen[d.Lease.RequestID] = consumer
					mu.Unlock()
					if err := q.Collect(ctx, d.Lease, results("ok")); err != nil {
						t.Error(err)
					}
				}
			}
		})
	}
	wg.Wait()
	if len(dup) > 0 {
		t.Fatalf("%d duplicate deliveries, first %s", len(dup), dup[0])
	}
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.States[queue.ResultsCollected] != n || st.States[queue.Queued] != 0 || st.States[queue.Dispatched] != 0 {
		t.Fatalf("states %v, want all %d results_collected", st.States, n)
	}
	if st.Settle.Waiting != n {
		t.Fatalf("%d results waiting for the oracle, want %d", st.Settle.Waiting, n)
	}
	for m, s := range st.Models {
		if s.Waiting != 0 || s.InFlight != 0 {
			t.Fatalf("model %s still has %+v", m, s)
		}
	}
}

func TestNextTakesAtMostMax(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.VisibilityTimeout = 10 * time.Second // only handed-back entries come back
	q, _ := start(t, cfg)
	for i := range 9 {
		enqueue(t, q, request(i, int64(i%3)))
	}
	seen := map[common.Hash]bool{}
	perModel := map[string]int{}
	for calls := 0; len(seen) < 9; calls++ {
		if calls > 50 {
			t.Fatalf("only %d of 9 jobs delivered in 50 calls", len(seen))
		}
		ds, err := q.Next(ctx, "c", models(0, 1, 2), 2, 20*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) > 2 {
			t.Fatalf("Next(max 2) returned %d jobs", len(ds))
		}
		for _, d := range ds {
			if seen[d.Lease.RequestID] {
				t.Fatalf("job %s delivered twice", d.Lease.RequestID)
			}
			if d.Lease.Attempt != 1 {
				t.Fatalf("a handed-back job came back as attempt %d", d.Lease.Attempt)
			}
			seen[d.Lease.RequestID] = true
			if calls == 0 {
				perModel[d.Lease.Model]++
			}
		}
	}
	if len(perModel) != 2 {
		t.Fatalf("the first call took %v: want one job from each of two models", perModel)
	}
}

func TestReclaimAfterVisibilityTimeout(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.VisibilityTimeout = 400 * time.Millisecond // room for a loaded machine
	q, _ := start(t, cfg)
	enqueue(t, q, request(1, 1))

	dead := next(t, q, "dies", models(1), 1, time.Second)
	if len(dead) != 1 || dead[0].Lease.Attempt != 1 {
		t.Fatalf("first delivery %+v", dead)
	}
	mustState(t, q, rid(1), queue.Dispatched)
	if d, err := q.Next(ctx, "survivor", models(1), 1, 0); err != nil || len(d) != 0 {
		t.Fatalf("a leased job was delivered again before the visibility timeout: %v, %v", d, err)
	}

	got := next(t, q, "survivor", models(1), 1, 2*time.Second)
	if len(got) != 1 {
		t.Fatal("the job of the dead consumer was never reclaimed")
	}
	l := got[0].Lease
	if l.Attempt != 2 || l.Consumer != "survivor" || time.Since(dead[0].Lease.Expires) < 0 {
		t.Fatalf("reclaimed lease %+v: want attempt 2 after the first lease expired", l)
	}
	j := mustState(t, q, rid(1), queue.Dispatched)
	if j.Owner != "survivor" {
		t.Fatalf("owner %q", j.Owner)
	}
	// The dead consumer comes back: its lease is fenced off.
	wantErr(t, q.Collect(ctx, dead[0].Lease, results("late")), queue.ErrLeaseLost)
	wantErr(t, q.Extend(ctx, &dead[0].Lease), queue.ErrLeaseLost)
	if err := q.Collect(ctx, l, results("ok")); err != nil {
		t.Fatal(err)
	}
	j = mustState(t, q, rid(1), queue.ResultsCollected)
	if string(j.Results.Output) != "ok" {
		t.Fatalf("results %+v", j.Results)
	}
}

func TestExtendKeepsTheLease(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.VisibilityTimeout = 300 * time.Millisecond // room for a loaded machine
	q, _ := start(t, cfg)
	enqueue(t, q, request(1, 1))
	d := next(t, q, "worker", models(1), 1, time.Second)[0]
	first := d.Lease.Expires
	// Hold the job for three visibility timeouts, extending at a third of one.
	end := time.Now().Add(3 * q.Config().VisibilityTimeout)
	for time.Now().Before(end) {
		if err := q.Extend(ctx, &d.Lease); err != nil {
			t.Fatal(err)
		}
		if other, err := q.Next(ctx, "thief", models(1), 1, 0); err != nil || len(other) != 0 {
			t.Fatalf("an extended lease was taken: %v, %v", other, err)
		}
		time.Sleep(q.Config().VisibilityTimeout / 3)
	}
	if !d.Lease.Expires.After(first) {
		t.Fatalf("Extend did not move the expiry past %v", first)
	}
	if err := q.Collect(ctx, d.Lease, results("ok")); err != nil {
		t.Fatal(err)
	}
}

func TestRetryBacksOffThenDeadLetters(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast()) // 3 attempts, 40ms then 80ms backoff
	enqueue(t, q, request(1, 1))

	var retriedAt time.Time
	for attempt := 1; attempt <= 3; attempt++ {
		d := next(t, q, "c", models(1), 1, 2*time.Second)
		if len(d) != 1 {
			t.Fatalf("attempt %d was never delivered", attempt)
		}
		if attempt > 1 {
			// Backoff before attempt n is RetryBackoff*2^(n-2), the upper half
			// random: at least half of it.
			min := q.Config().RetryBackoff << (attempt - 2) / 2
			if waited := time.Since(retriedAt); waited < min {
				t.Fatalf("attempt %d came %v after the retry, before the %v backoff", attempt, waited, min)
			}
		}
		if d[0].Lease.Attempt != attempt {
			t.Fatalf("lease attempt %d, want %d", d[0].Lease.Attempt, attempt)
		}
		retriedAt = time.Now()
		dead, err := q.Retry(ctx, d[0].Lease, "worker 0xabc timed out")
		if err != nil {
			t.Fatal(err)
		}
		if dead != (attempt == 3) {
			t.Fatalf("attempt %d: dead = %v", attempt, dead)
		}
		if !dead {
			j := mustState(t, q, rid(1), queue.Queued)
			if j.Reason != "worker 0xabc timed out" {
				t.Fatalf("reason %q", j.Reason)
			}
			if st, _ := q.Stats(ctx); st.Models["1"].Delayed != 1 {
				t.Fatalf("stats %+v: want the job delayed", st.Models["1"])
			}
		}
	}
	j := mustState(t, q, rid(1), queue.Failed)
	if !strings.Contains(j.Reason, "worker 0xabc timed out") || !strings.Contains(j.Reason, "3 attempts") {
		t.Fatalf("reason %q", j.Reason)
	}
	dl, err := q.DeadLetters(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dl) != 1 || dl[0].RequestID != rid(1) || dl[0].Attempts != 3 || dl[0].State != queue.Dispatched ||
		dl[0].Model != "1" || dl[0].Reason != j.Reason {
		t.Fatalf("dead letters %+v", dl)
	}
	if d, _ := q.Next(ctx, "c", models(1), 1, 0); len(d) != 0 {
		t.Fatal("a dead-lettered job was delivered")
	}
}

func TestDeadConsumersExhaustAttempts(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.MaxAttempts = 2
	q, _ := start(t, cfg)
	enqueue(t, q, request(1, 1))
	for i := range 2 {
		if d := next(t, q, "dies", models(1), 1, 2*time.Second); len(d) != 1 {
			t.Fatalf("delivery %d missing", i+1)
		}
	}
	// The second lease expires: the next sweep dead-letters the job.
	deadline := time.Now().Add(2 * time.Second)
	for {
		if d, err := q.Next(ctx, "c", models(1), 1, 20*time.Millisecond); err != nil || len(d) != 0 {
			t.Fatalf("a job past its attempts was delivered: %v %v", d, err)
		}
		if j, _ := q.Get(ctx, rid(1)); j.State == queue.Failed {
			if !strings.Contains(j.Reason, "visibility timeout") {
				t.Fatalf("reason %q", j.Reason)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the job was never dead-lettered")
		}
	}
	if dl, _ := q.DeadLetters(ctx, 1); len(dl) != 1 || dl[0].Attempts != 2 {
		t.Fatalf("dead letters %+v", dl)
	}
}

func TestReleaseAndFail(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	enqueue(t, q, request(1, 1), request(2, 1))

	t.Run("a released job comes back at once without counting the attempt", func(t *testing.T) {
		d := next(t, q, "a", models(1), 1, time.Second)[0]
		if err := q.Release(ctx, d.Lease, "shutting down"); err != nil {
			t.Fatal(err)
		}
		again := next(t, q, "b", models(1), 2, time.Second)
		for _, a := range again {
			if a.Lease.RequestID == d.Lease.RequestID && a.Lease.Attempt != 1 {
				t.Fatalf("released job came back as attempt %d", a.Lease.Attempt)
			}
		}
		for _, a := range again {
			if err := q.Fail(ctx, a.Lease, "prompt is not valid UTF-8"); err != nil {
				t.Fatal(err)
			}
		}
	})
	t.Run("a failed job is dead-lettered at once with its reason", func(t *testing.T) {
		j := mustState(t, q, rid(1), queue.Failed)
		if j.Reason != "prompt is not valid UTF-8" {
			t.Fatalf("reason %q", j.Reason)
		}
		if dl, _ := q.DeadLetters(ctx, 10); len(dl) < 1 || dl[0].Reason != "prompt is not valid UTF-8" {
			t.Fatalf("dead letters %+v", dl)
		}
	})
}

func TestStateMachine(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	enqueue(t, q, request(1, 1))
	tx1, tx2 := common.HexToHash("0xaa"), common.HexToHash("0xbb")

	d := next(t, q, "relayer", models(1), 1, time.Second)[0]
	wantErr(t, q.Reopen(ctx, rid(1), "not settled"), queue.ErrIllegalTransition)
	if err := q.Collect(ctx, d.Lease, results("Paris")); err != nil {
		t.Fatal(err)
	}
	// A retry of Collect (its reply was lost) is a no-op.
	if err := q.Collect(ctx, d.Lease, results("again")); err != nil {
		t.Fatal(err)
	}
	s := nextSettlements(t, q, "oracle", 1, time.Second)[0]
	if s.Job.State != queue.ResultsCollected || string(s.Job.Results.Output) != "Paris" {
		t.Fatalf("settlement delivery %+v", s.Job)
	}
	wantErr(t, q.MarkSubmitted(ctx, &d.Lease, tx1), queue.ErrInvalid) // a dispatch lease
	if err := q.MarkSubmitted(ctx, &s.Lease, tx1); err != nil {
		t.Fatal(err)
	}
	if err := q.MarkSubmitted(ctx, &s.Lease, tx2); err != nil { // a fee bump
		t.Fatal(err)
	}
	if err := q.MarkSettled(ctx, rid(1), tx2); err != nil {
		t.Fatal(err)
	}
	j := mustState(t, q, rid(1), queue.Settled)
	if len(j.TxHashes) != 2 || j.TxHashes[0] != tx1 || j.TxHashes[1] != tx2 {
		t.Fatalf("tx hashes %v", j.TxHashes)
	}
	order := []queue.State{queue.Queued, queue.Dispatched, queue.ResultsCollected, queue.Submitted, queue.Settled}
	for i := 1; i < len(order); i++ {
		if j.Times[order[i]].Before(j.Times[order[i-1]]) {
			t.Fatalf("%s at %v before %s at %v", order[i], j.Times[order[i]], order[i-1], j.Times[order[i-1]])
		}
	}

	t.Run("settling again with the same transaction is a no-op", func(t *testing.T) {
		if err := q.MarkSettled(ctx, rid(1), tx2); err != nil {
			t.Fatal(err)
		}
		if err := q.MarkSettled(ctx, rid(1), common.Hash{}); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a settled job cannot be settled by another transaction, refunded or withdrawn", func(t *testing.T) {
		for name, err := range map[string]error{
			"settle":   q.MarkSettled(ctx, rid(1), common.HexToHash("0xcc")),
			"refund":   q.MarkRefunded(ctx, rid(1), tx2, "deadline"),
			"withdraw": q.Withdraw(ctx, rid(1), "reorg"),
		} {
			var te *queue.TransitionError
			if !errors.As(err, &te) || te.From != queue.Settled || !errors.Is(err, queue.ErrIllegalTransition) {
				t.Fatalf("%s: %v, want a TransitionError from settled", name, err)
			}
		}
	})
	t.Run("an unknown job is not found", func(t *testing.T) {
		wantErr(t, q.MarkSettled(ctx, rid(99), tx1), queue.ErrNotFound)
		wantErr(t, q.Withdraw(ctx, rid(99), "reorg"), queue.ErrNotFound)
		_, err := q.Get(ctx, rid(99))
		wantErr(t, err, queue.ErrNotFound)
	})
	t.Run("a queued job can be refunded and leaves its stream", func(t *testing.T) {
		enqueue(t, q, request(2, 1))
		if err := q.MarkRefunded(ctx, rid(2), tx1, "deadline passed"); err != nil {
			t.Fatal(err)
		}
		mustState(t, q, rid(2), queue.Refunded)
		if d, _ := q.Next(ctx, "relayer", models(1), 1, 0); len(d) != 0 {
			t.Fatal("a refunded job was delivered")
		}
	})
}

func TestStateTable(t *testing.T) {
	legal := map[[2]queue.State]bool{}
	for _, p := range [][2]queue.State{
		{queue.Queued, queue.Dispatched}, {queue.Queued, queue.Settled}, {queue.Queued, queue.Refunded}, {queue.Queued, queue.Failed},
		{queue.Dispatched, queue.Dispatched}, {queue.Dispatched, queue.Queued}, {queue.Dispatched, queue.ResultsCollected},
		{queue.Dispatched, queue.Settled}, {queue.Dispatched, queue.Refunded}, {queue.Dispatched, queue.Failed},
		{queue.ResultsCollected, queue.Submitted}, {queue.ResultsCollected, queue.Settled},
		{queue.ResultsCollected, queue.Refunded}, {queue.ResultsCollected, queue.Failed},
		{queue.Submitted, queue.Submitted}, {queue.Submitted, queue.ResultsCollected}, {queue.Submitted, queue.Settled},
		{queue.Submitted, queue.Refunded}, {queue.Submitted, queue.Failed},
		{queue.Settled, queue.ResultsCollected}, {queue.Settled, queue.Queued},
	} {
		legal[p] = true
	}
	all := []queue.State{queue.Queued, queue.Dispatched, queue.ResultsCollected, queue.Submitted, queue.Settled, queue.Refunded, queue.Failed}
	for _, from := range all {
		for _, to := range all {
			if got := queue.CanTransition(from, to); got != legal[[2]queue.State{from, to}] {
				t.Errorf("CanTransition(%s, %s) = %v", from, to, got)
			}
		}
		if from.Terminal() != (from == queue.Settled || from == queue.Refunded || from == queue.Failed) {
			t.Errorf("%s.Terminal() = %v", from, from.Terminal())
		}
	}
}

func TestWithdrawAfterReorg(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	enqueue(t, q, request(1, 1), request(2, 1))
	d := next(t, q, "relayer", models(1), 1, time.Second)[0]
	other := rid(1)
	if d.Lease.RequestID == rid(1) {
		other = rid(2)
	}
	for _, id := range []common.Hash{rid(1), rid(2)} {
		if err := q.Withdraw(ctx, id, "block 101 reorged out"); err != nil {
			t.Fatal(err)
		}
		j := mustState(t, q, id, queue.Failed)
		if !j.Withdrawn || j.Reason != "block 101 reorged out" {
			t.Fatalf("withdrawn job %+v", j)
		}
	}
	// The dispatcher holding a withdrawn job learns it on its next call.
	wantErr(t, q.Collect(ctx, d.Lease, results("x")), queue.ErrIllegalTransition)
	if got, _ := q.Next(ctx, "relayer", models(1), 2, 0); len(got) != 0 {
		t.Fatal("a withdrawn job was delivered")
	}
	if dl, _ := q.DeadLetters(ctx, 10); len(dl) != 0 {
		t.Fatalf("a withdrawal was dead-lettered: %+v", dl)
	}
	// The request is mined again in another block: enqueuing it starts over.
	r := request(0, 1)
	r.RequestID = other
	r.BlockNumber = 200
	created, err := q.Enqueue(ctx, r)
	if err != nil || !created {
		t.Fatalf("re-enqueue after withdrawal = %v, %v", created, err)
	}
	j := mustState(t, q, other, queue.Queued)
	if j.Withdrawn || j.Request.BlockNumber != 200 || j.Attempts != 0 {
		t.Fatalf("re-enqueued job %+v", j)
	}
	got := next(t, q, "relayer", models(1), 5, time.Second)
	if len(got) != 1 || got[0].Lease.RequestID != other {
		t.Fatalf("deliveries after re-enqueue: %d", len(got))
	}
}

func TestExpiry(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.DoneTTL = 200 * time.Millisecond
	cfg.ActiveTTL = time.Second
	q, _ := start(t, cfg)
	enqueue(t, q, request(1, 1), request(2, 1))
	if err := q.MarkRefunded(ctx, rid(1), common.Hash{}, "deadline"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if _, err := q.Get(ctx, rid(1)); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("a finished job outlived DoneTTL: %v", err)
	}
	mustState(t, q, rid(2), queue.Queued) // ActiveTTL not yet passed
	time.Sleep(800 * time.Millisecond)
	if _, err := q.Get(ctx, rid(2)); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("an unfinished job outlived ActiveTTL: %v", err)
	}
	// Its stream entry is stale now: it is dropped, not delivered.
	if d, err := q.Next(ctx, "c", models(1), 5, 0); err != nil || len(d) != 0 {
		t.Fatalf("an expired job was delivered: %v, %v", d, err)
	}
	if st, _ := q.Stats(ctx); st.Models["1"].Waiting != 0 || st.Models["1"].InFlight != 0 {
		t.Fatalf("stale entries left: %+v", st.Models["1"])
	}
}

// Someone else's results settle a request before this relayer collected
// its own (another relayer, another oracle): the queued or dispatched job
// is settled, leaves its stream, and the dispatcher's lease is void. When a
// reorg drops that settlement, Reopen sends the job, which has no results
// to offer, back to its workers: queued, then dispatched and settled anew.
func TestSettledElsewhereBeforeResults(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	enqueue(t, q, request(1, 1), request(2, 1))
	d := next(t, q, "relayer", models(1), 1, time.Second)[0]
	leased := d.Lease.RequestID
	queued := rid(1)
	if leased == queued {
		queued = rid(2)
	}
	other := common.HexToHash("0xee")
	for _, id := range []common.Hash{leased, queued} {
		if err := q.MarkSettled(ctx, id, other); err != nil {
			t.Fatalf("settling %s elsewhere: %v", id, err)
		}
		mustState(t, q, id, queue.Settled)
	}
	var te *queue.TransitionError
	if err := q.Collect(ctx, d.Lease, results("Paris")); !errors.As(err, &te) || te.From != queue.Settled {
		t.Fatalf("collecting under a lease on a job settled elsewhere: %v, want a TransitionError from settled", err)
	}
	l := d.Lease
	wantErr(t, q.Extend(ctx, &l), queue.ErrLeaseLost)
	_, err := q.Retry(ctx, d.Lease, "worker timed out")
	wantErr(t, err, queue.ErrLeaseLost)
	wantErr(t, q.Release(ctx, d.Lease, "shutting down"), queue.ErrLeaseLost)
	if ds, err := q.Next(ctx, "relayer", models(1), 2, 100*time.Millisecond); err != nil || len(ds) != 0 {
		t.Fatalf("a job settled elsewhere was dispatched: %d deliveries, %v", len(ds), err)
	}
	ids, err := q.SettledUnexpired(ctx, time.Now().Add(-time.Hour))
	if err != nil || len(ids) != 2 {
		t.Fatalf("settled index %v (%v): want both jobs, for the follower to check after a reorg", ids, err)
	}

	if err := q.Reopen(ctx, queued, "settlement 0xee reorged out"); err != nil {
		t.Fatal(err)
	}
	j := mustState(t, q, queued, queue.Queued)
	if j.Reopened != 1 || j.Results != nil || len(j.TxHashes) != 1 || j.TxHashes[0] != other {
		t.Fatalf("reopened job %+v", j)
	}
	d = next(t, q, "relayer", models(1), 1, time.Second)[0]
	if d.Lease.RequestID != queued || d.Lease.Attempt != 1 {
		t.Fatalf("delivery after reopen: %s attempt %d", d.Lease.RequestID, d.Lease.Attempt)
	}
	if err := q.Collect(ctx, d.Lease, results("Paris")); err != nil {
		t.Fatal(err)
	}
	s := nextSettlements(t, q, "oracle", 1, time.Second)[0]
	tx := common.HexToHash("0xaa")
	if err := q.MarkSubmitted(ctx, &s.Lease, tx); err != nil {
		t.Fatal(err)
	}
	if err := q.MarkSettled(ctx, queued, tx); err != nil {
		t.Fatal(err)
	}
	if j := mustState(t, q, queued, queue.Settled); len(j.TxHashes) != 2 || j.TxHashes[1] != tx {
		t.Fatalf("settled again: txs %v", j.TxHashes)
	}
}

// A job waiting out a retry backoff is settled elsewhere, then reopened: it
// is delivered once, from its new stream entry; the old retry does not
// bring it back a second time.
func TestSettledElsewhereWhileWaitingToRetry(t *testing.T) {
	ctx := ctxT(t)
	cfg := fast()
	cfg.RetryBackoff, cfg.MaxRetryBackoff = 300*time.Millisecond, 300*time.Millisecond
	cfg.VisibilityTimeout = 5 * time.Second // no reclaim of the delivery below within the test
	q, _ := start(t, cfg)
	enqueue(t, q, request(1, 1))
	d := next(t, q, "relayer", models(1), 1, time.Second)[0]
	if _, err := q.Retry(ctx, d.Lease, "worker timed out"); err != nil {
		t.Fatal(err)
	}
	if err := q.MarkSettled(ctx, rid(1), common.HexToHash("0xee")); err != nil {
		t.Fatal(err)
	}
	if err := q.Reopen(ctx, rid(1), "settlement 0xee reorged out"); err != nil {
		t.Fatal(err)
	}
	if d := next(t, q, "relayer", models(1), 1, time.Second)[0]; d.Lease.RequestID != rid(1) {
		t.Fatalf("delivered %s", d.Lease.RequestID)
	}
	// Until well past the old backoff: nothing more to deliver.
	for until := time.Now().Add(700 * time.Millisecond); time.Now().Before(until); {
		if ds, err := q.Next(ctx, "relayer-2", models(1), 1, 100*time.Millisecond); err != nil || len(ds) != 0 {
			t.Fatalf("delivered again: %d deliveries, %v", len(ds), err)
		}
	}
}

// A reorg drops a settlement: the job goes back to results_collected with
// its history, is delivered to an oracle again and settles by a new
// transaction; the settled index lists it while its deadline is ahead.
func TestReopenAfterReorg(t *testing.T) {
	ctx := ctxT(t)
	q, _ := start(t, fast())
	r := request(1, 1)
	enqueue(t, q, r, request(2, 1))
	d := next(t, q, "relayer", models(1), 1, time.Second)[0]
	if err := q.Collect(ctx, d.Lease, results("Paris")); err != nil {
		t.Fatal(err)
	}
	id := d.Lease.RequestID
	s := nextSettlements(t, q, "oracle", 1, time.Second)[0]
	tx1, tx2 := common.HexToHash("0xaa"), common.HexToHash("0xbb")
	if err := q.MarkSubmitted(ctx, &s.Lease, tx1); err != nil {
		t.Fatal(err)
	}
	if err := q.MarkSettled(ctx, id, tx1); err != nil {
		t.Fatal(err)
	}
	deadline := time.Unix(int64(r.Deadline), 0)
	listed := func(at time.Time) bool {
		ids, err := q.SettledUnexpired(ctx, at)
		if err != nil {
			t.Fatal(err)
		}
		return len(ids) == 1 && ids[0] == id
	}
	if !listed(deadline.Add(-time.Minute)) || !listed(deadline) {
		t.Fatal("the settled job is not listed before its deadline")
	}
	if listed(deadline.Add(time.Second)) {
		t.Fatal("the settled job is listed after its deadline")
	}

	t.Run("only a settled job can be reopened", func(t *testing.T) {
		var te *queue.TransitionError
		if err := q.Reopen(ctx, rid(2), "reorg"); !errors.As(err, &te) || te.From != queue.Queued || te.To != queue.Queued {
			t.Fatalf("reopening a queued job: %v", err)
		}
		wantErr(t, q.Reopen(ctx, rid(99), "reorg"), queue.ErrNotFound)
		wantErr(t, q.Reopen(ctx, id, ""), queue.ErrInvalid)
	})

	if err := q.Reopen(ctx, id, "settlement 0xaa reorged out"); err != nil {
		t.Fatal(err)
	}
	j := mustState(t, q, id, queue.ResultsCollected)
	if j.Reopened != 1 || j.Reason != "settlement 0xaa reorged out" || len(j.TxHashes) != 1 || j.TxHashes[0] != tx1 ||
		j.Times[queue.Settled].IsZero() || j.SettleAttempts != 0 || j.Results == nil {
		t.Fatalf("reopened job %+v", j)
	}
	if listed(deadline.Add(-time.Minute)) {
		t.Fatal("a reopened job is still listed as settled")
	}
	var te *queue.TransitionError
	if err := q.Reopen(ctx, id, "again"); !errors.As(err, &te) || te.From != queue.ResultsCollected {
		t.Fatalf("reopening twice: %v, want a TransitionError from results_collected", err)
	}

	// An oracle takes it again and settles it by another transaction.
	s = nextSettlements(t, q, "oracle", 1, time.Second)[0]
	if s.Lease.RequestID != id || s.Lease.Attempt != 1 {
		t.Fatalf("delivery after reopen: %s attempt %d", s.Lease.RequestID, s.Lease.Attempt)
	}
	if err := q.MarkSubmitted(ctx, &s.Lease, tx2); err != nil {
		t.Fatal(err)
	}
	if err := q.MarkSettled(ctx, id, tx2); err != nil {
		t.Fatal(err)
	}
	j = mustState(t, q, id, queue.Settled)
	if len(j.TxHashes) != 2 || j.TxHashes[0] != tx1 || j.TxHashes[1] != tx2 || j.Reopened != 1 {
		t.Fatalf("settled again: txs %v, reopened %d", j.TxHashes, j.Reopened)
	}
	// The first transaction is history: the event of either is a no-op.
	if err := q.MarkSettled(ctx, id, tx1); err != nil {
		t.Fatal(err)
	}
	if !listed(deadline.Add(-time.Minute)) {
		t.Fatal("settled again but not listed")
	}
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.States[queue.Settled] != 1 || st.States[queue.ResultsCollected] != 0 {
		t.Fatalf("state counts %v", st.States)
	}
}
