package dispatcher_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/internal/testworker"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/watcher"
)

var (
	weights = crypto.Keccak256Hash([]byte("weights-v1"))
	runtime = crypto.Keccak256Hash([]byte("runtime-v1"))
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

type env struct {
	sim     *simulated.Backend
	stack   *testnet.Stack
	q       *queue.Queue
	w       *watcher.Watcher
	pool    *dispatcher.Pool
	terms   *dispatcher.TermsCache
	workers []*testworker.Worker
	k2, k1  testnet.Model
	redis   *redistest.Server
}

// setup deploys the contracts, registers n workers on chain for the
// weights, starts them and adds them to a pool. Model k2 asks 2 of 3, k1
// asks 1 of 1.
func setup(t testing.TB, n int) *env {
	t.Helper()
	srv := redistest.Start(t)
	e := setupOn(t, n, srv.Client())
	e.redis = srv
	return e
}

// setupOn is setup on a given Redis (a server or a cluster).
func setupOn(t testing.TB, n int, rdb redis.UniversalClient) *env {
	t.Helper()
	q, err := queue.New(rdb, queue.Config{
		VisibilityTimeout: 2 * time.Second, SweepInterval: 20 * time.Millisecond,
		RetryBackoff: 20 * time.Millisecond, MaxRetryBackoff: 40 * time.Millisecond, MaxAttempts: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	sim := devchain.Simulated()
	t.Cleanup(func() { _ = sim.Close() })
	s := testnet.Deploy(t, sim.Client(), func() { sim.Commit() })
	e := &env{sim: sim, stack: s, q: q, k2: s.RegisterModel(weights, runtime, 2, 3), k1: s.RegisterModel(weights, runtime, 1, 1)}
	coord := &contracts.Coordinator{Address: s.Coordinator, Logs: sim.Client()}
	e.terms = dispatcher.NewTermsCache(coord, 0)
	ver := &attest.SoftwareVerifier{Authority: s.Authority.Address(), Registry: attest.RegistryDomain(s.ChainID, s.WorkerRegistry)}
	e.pool = dispatcher.NewPool(dispatcher.PoolConfig{Cooldown: time.Minute}, contracts.NewWorkerRegistry(s.WorkerRegistry, sim.Client()), ver, &dispatcher.HTTPWorkers{})
	e.w, err = watcher.New(watcher.Config{Coordinator: s.Coordinator, ModelRegistry: s.ModelRegistry, WorkerRegistry: s.WorkerRegistry}, sim.Client(), q, handler{e.terms, e.pool}, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		e.addWorker(t, true)
	}
	return e
}

type handler struct {
	*dispatcher.TermsCache
	*dispatcher.Pool
}

func (e *env) addWorker(t testing.TB, onChain bool) *testworker.Worker {
	t.Helper()
	w := testworker.Start(t, runtime)
	rec, sig := e.stack.Record(w.Attester, weights)
	w.Serve(rec, sig)
	if onChain {
		e.stack.RegisterWorker(rec, sig)
		if _, err := e.pool.Add(t.Context(), w.URL); err != nil {
			t.Fatal(err)
		}
	}
	e.workers = append(e.workers, w)
	return w
}

func (e *env) dispatcher(t testing.TB, cfg dispatcher.Config) *dispatcher.Dispatcher {
	t.Helper()
	cfg.ChainID, cfg.Coordinator = e.stack.ChainID, e.stack.Coordinator
	if cfg.WorkerTimeout == 0 {
		cfg.WorkerTimeout = 2 * time.Second
	}
	d, err := dispatcher.New(cfg, e.q, e.terms, e.pool, &dispatcher.HTTPWorkers{}, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// request makes a request on chain and lets the watcher enqueue it.
func (e *env) request(t testing.TB, m testnet.Model, prompt string) common.Hash {
	t.Helper()
	rid, _ := e.stack.Request(m, prompt, 8)
	for {
		done, err := e.w.Step(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if done {
			return rid
		}
	}
}

// dispatchOne leases the one queued job and handles it.
func (e *env) dispatchOne(t testing.TB, d *dispatcher.Dispatcher, m testnet.Model) *queue.Job {
	t.Helper()
	ds, err := e.q.Next(t.Context(), "test", []*big.Int{m.ID}, 1, time.Second)
	if err != nil || len(ds) != 1 {
		t.Fatalf("Next: %d deliveries, %v", len(ds), err)
	}
	d.Handle(t.Context(), ds[0])
	j, err := e.q.Get(t.Context(), ds[0].Job.Request.RequestID)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func (e *env) status(t testing.TB, w *testworker.Worker) dispatcher.WorkerStatus {
	t.Helper()
	for _, s := range e.pool.List() {
		if s.Endpoint == w.URL {
			return s
		}
	}
	t.Fatalf("worker %s not in the pool", w.URL)
	return dispatcher.WorkerStatus{}
}

// The agreed results of k workers settle on the real coordinator.
func TestDispatchTwoOfThreeSettlesOnChain(t *testing.T) {
	e := setup(t, 3)
	d := e.dispatcher(t, dispatcher.Config{})
	rid := e.request(t, e.k2, "The capital of France is")
	j := e.dispatchOne(t, d, e.k2)
	if j.State != queue.ResultsCollected {
		t.Fatalf("state %s (%s)", j.State, j.Reason)
	}
	r := j.Results
	if string(r.Output) != "echo: The capital of France is" || r.OutputHash != crypto.Keccak256Hash(r.Output) {
		t.Fatalf("output %q hash %s", r.Output, r.OutputHash)
	}
	var sigs [][]byte
	var prev common.Address
	for _, wr := range r.Workers {
		if wr.Agreed {
			if bytes.Compare(wr.Worker[:], prev[:]) <= 0 {
				t.Errorf("agreed signers out of order: %s after %s", wr.Worker, prev)
			}
			prev = wr.Worker
			sigs = append(sigs, wr.Signature)
		}
	}
	if len(sigs) != 2 {
		t.Fatalf("%d agreed signatures, want 2: %+v", len(sigs), r.Workers)
	}
	// The oracle's part, done here by hand: the coordinator accepts them.
	ev, err := (&contracts.Coordinator{Address: e.stack.Coordinator, Logs: e.sim.Client()}).RequestAt(t.Context(), j.Request.BlockHash, rid)
	if err != nil {
		t.Fatal(err)
	}
	rc := e.stack.Fulfill(ev.Request, r.Output, sigs...)
	for _, l := range rc.Logs {
		if l.Topics[0] == contracts.TopicResultRejected {
			t.Fatalf("the coordinator rejected the result: %x", l.Data)
		}
	}
	if len(rc.Logs) == 0 || rc.Logs[0].Topics[0] != contracts.TopicFulfilled {
		t.Fatal("no InferenceFulfilled")
	}
	// The watcher sees the settlement and closes the job.
	for done := false; !done; {
		if done, err = e.w.Step(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if j, err := e.q.Get(t.Context(), rid); err != nil || j.State != queue.Settled || len(j.TxHashes) != 1 || j.TxHashes[0] != rc.TxHash {
		t.Fatalf("after the settlement: %+v, %v", j, err)
	}
}

func TestDispatchReassigns(t *testing.T) {
	tests := []struct {
		name  string
		fault func(w *testworker.Worker)
		check func(t *testing.T, s dispatcher.WorkerStatus)
	}{
		{"when a worker times out", func(w *testworker.Worker) { w.SetDelay(time.Minute) },
			func(t *testing.T, s dispatcher.WorkerStatus) {
				if s.Timeouts != 1 {
					t.Errorf("timeouts %d, want 1", s.Timeouts)
				}
			}},
		{"when a worker signs with the wrong key", func(w *testworker.Worker) { k, _ := crypto.GenerateKey(); w.SignWith(k) },
			func(t *testing.T, s dispatcher.WorkerStatus) {
				if s.BadAnswers != 1 {
					t.Errorf("bad answers %d, want 1", s.BadAnswers)
				}
			}},
		{"when a worker disagrees", func(w *testworker.Worker) { w.SetOutput(func([]byte) []byte { return []byte("Lyon") }) },
			func(t *testing.T, s dispatcher.WorkerStatus) {
				if s.Disagreed != 1 {
					t.Errorf("disagreed %d, want 1", s.Disagreed)
				}
			}},
		{"when a worker fails", func(w *testworker.Worker) { w.SetStatus(http.StatusInternalServerError) },
			func(t *testing.T, s dispatcher.WorkerStatus) {
				if s.Failures != 1 || s.Successes != 0 {
					t.Errorf("failures %d successes %d, want 1 and 0", s.Failures, s.Successes)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := setup(t, 3)
			d := e.dispatcher(t, dispatcher.Config{WorkerTimeout: 300 * time.Millisecond})
			e.request(t, e.k2, "Paris?")
			// Idle workers with no latency yet rank by endpoint: fault
			// the first, which is always called.
			bad := e.workers[0]
			for _, w := range e.workers {
				if e.status(t, w).Endpoint < e.status(t, bad).Endpoint {
					bad = w
				}
			}
			tc.fault(bad)
			j := e.dispatchOne(t, d, e.k2)
			if j.State != queue.ResultsCollected {
				t.Fatalf("state %s (%s)", j.State, j.Reason)
			}
			agreed := 0
			for _, wr := range j.Results.Workers {
				if wr.Agreed {
					agreed++
					if wr.Worker == bad.Address() {
						t.Error("the faulty worker is among the agreed")
					}
				}
			}
			if agreed != 2 {
				t.Errorf("%d agreed, want 2", agreed)
			}
			tc.check(t, e.status(t, bad))
		})
	}
}

func TestDispatchRetriesWithTooFewWorkers(t *testing.T) {
	e := setup(t, 1)
	d := e.dispatcher(t, dispatcher.Config{})
	e.request(t, e.k2, "needs two")
	j := e.dispatchOne(t, d, e.k2)
	if j.State != queue.Queued || j.Attempts != 1 {
		t.Fatalf("state %s after %d attempts (%s), want queued for a retry", j.State, j.Attempts, j.Reason)
	}
}

func TestPoolChecksRegistrationAndAttestation(t *testing.T) {
	e := setup(t, 1)
	t.Run("an unregistered worker is refused", func(t *testing.T) {
		w := e.addWorker(t, false)
		if _, err := e.pool.Add(t.Context(), w.URL); !errors.Is(err, dispatcher.ErrNotRegistered) {
			t.Fatalf("Add: %v, want ErrNotRegistered", err)
		}
	})
	t.Run("a worker whose report is forged is refused", func(t *testing.T) {
		w := testworker.Start(t, runtime)
		rec, sig := e.stack.Record(w.Attester, weights)
		e.stack.RegisterWorker(rec, sig)
		sig = append([]byte{}, sig...)
		sig[10] ^= 1 // the countersignature no longer verifies
		w.Serve(rec, sig)
		if _, err := e.pool.Add(t.Context(), w.URL); !errors.Is(err, dispatcher.ErrAttestation) {
			t.Fatalf("Add: %v, want ErrAttestation", err)
		}
	})
	t.Run("a bad endpoint is refused", func(t *testing.T) {
		for _, ep := range []string{"", "ftp://x", "http://", "127.0.0.1:80"} {
			if _, err := e.pool.Add(t.Context(), ep); !errors.Is(err, dispatcher.ErrBadEndpoint) {
				t.Errorf("Add(%q): %v, want ErrBadEndpoint", ep, err)
			}
		}
	})
	t.Run("a worker that starts unbonding is no longer eligible", func(t *testing.T) {
		d := e.dispatcher(t, dispatcher.Config{})
		e.request(t, e.k1, "one")
		if j := e.dispatchOne(t, d, e.k1); j.State != queue.ResultsCollected {
			t.Fatalf("before unbonding: %s (%s)", j.State, j.Reason)
		}
		e.stack.BeginUnbonding(e.workers[0].Address())
		e.request(t, e.k1, "two") // the watcher passes WorkerUnbondingStarted to the pool
		if j := e.dispatchOne(t, d, e.k1); j.State != queue.Queued {
			t.Fatalf("after unbonding: %s (%s), want queued for a retry", j.State, j.Reason)
		}
	})
}

// On shutdown a job whose worker is still running is handed back at once
// (not counted as an attempt) after the grace period; a later dispatcher
// completes it.
func TestShutdownHandsBackJobsInFlight(t *testing.T) {
	e := setup(t, 1)
	e.workers[0].SetDelay(time.Minute)
	d := e.dispatcher(t, dispatcher.Config{ShutdownGrace: 100 * time.Millisecond, WorkerTimeout: time.Minute, Models: []*big.Int{e.k1.ID}})
	rid := e.request(t, e.k1, "slow")
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	for e.workers[0].Jobs.Load() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after the grace period")
	}
	j, err := e.q.Get(t.Context(), rid)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != queue.Queued {
		t.Fatalf("after shutdown: %s (%s), want queued", j.State, j.Reason)
	}
	e.workers[0].SetDelay(0)
	d2 := e.dispatcher(t, dispatcher.Config{Models: []*big.Int{e.k1.ID}, Consumer: "second"})
	ctx2, cancel2 := context.WithCancel(t.Context())
	defer cancel2()
	go func() { _ = d2.Run(ctx2) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if j, _ := e.q.Get(t.Context(), rid); j.State == queue.ResultsCollected {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the handed-back job was not completed by the next dispatcher")
}

// Two relayers on one queue, each with its watcher and its dispatcher:
// every request is enqueued once and dispatched to exactly one worker call,
// none twice.
func TestTwoRelayersShareTheWork(t *testing.T) {
	e := setup(t, 2)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	created := 0
	var mu sync.Mutex
	for _, name := range []string{"relayer-a", "relayer-b"} {
		w, err := watcher.New(watcher.Config{Coordinator: e.stack.Coordinator, PollInterval: 20 * time.Millisecond}, e.sim.Client(), e.q,
			handler{e.terms, e.pool}, countCreated{&mu, &created}, quiet())
		if err != nil {
			t.Fatal(err)
		}
		d := e.dispatcher(t, dispatcher.Config{Consumer: name, Models: []*big.Int{e.k1.ID}, Concurrency: 4})
		go func() { _ = w.Run(ctx) }()
		go func() { _ = d.Run(ctx) }()
	}
	var ids []common.Hash
	for i := 0; i < 20; i++ {
		rid, _ := e.stack.Request(e.k1, "job", 8)
		ids = append(ids, rid)
	}
	deadline := time.Now().Add(20 * time.Second)
	for _, rid := range ids {
		for {
			j, err := e.q.Get(t.Context(), rid)
			if err == nil && j.State == queue.ResultsCollected {
				if j.Attempts != 1 {
					t.Errorf("job %s: %d attempts", rid, j.Attempts)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s: %v %v", rid, j, err)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	calls := e.workers[0].Jobs.Load() + e.workers[1].Jobs.Load()
	if calls != int64(len(ids)) {
		t.Errorf("%d worker calls for %d one-of-one jobs", calls, len(ids))
	}
	mu.Lock()
	defer mu.Unlock()
	if created != len(ids) {
		t.Errorf("%d jobs created by two watchers for %d requests", created, len(ids))
	}
}

// countCreated is a watcher.Metrics counting created jobs.
type countCreated struct {
	mu *sync.Mutex
	n  *int
}

func (c countCreated) RequestsSeen(_, created int) { c.mu.Lock(); *c.n += created; c.mu.Unlock() }
func (countCreated) Outcome(string)                {}
func (countCreated) Reorg(uint64, int)             {}
func (countCreated) Checkpoint(uint64, uint64)     {}

func TestConfigCheck(t *testing.T) {
	ok := dispatcher.Config{ChainID: big.NewInt(1), Coordinator: common.Address{1}}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]dispatcher.Config{
		"no chain id":             {Coordinator: common.Address{1}},
		"no coordinator":          {ChainID: big.NewInt(1)},
		"negative concurrency":    {ChainID: big.NewInt(1), Coordinator: common.Address{1}, Concurrency: -1},
		"job shorter than a call": {ChainID: big.NewInt(1), Coordinator: common.Address{1}, WorkerTimeout: time.Minute, JobTimeout: time.Second},
		"negative model":          {ChainID: big.NewInt(1), Coordinator: common.Address{1}, Models: []*big.Int{big.NewInt(-1)}},
	} {
		t.Run(name, func(t *testing.T) {
			if err := c.Check(); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

// A process that did not see a request (another relayer's watcher, or
// before a restart) reads its terms back from the chain by block hash.
func TestTermsFromTheChain(t *testing.T) {
	e := setup(t, 0)
	rid := e.request(t, e.k2, "terms")
	j, err := e.q.Get(t.Context(), rid)
	if err != nil {
		t.Fatal(err)
	}
	cold := dispatcher.NewTermsCache(&contracts.Coordinator{Address: e.stack.Coordinator, Logs: e.sim.Client()}, 0)
	tm, err := cold.Terms(t.Context(), &j.Request)
	if err != nil {
		t.Fatal(err)
	}
	if tm.K != 2 || tm.WeightsHash != weights || tm.Runtime != runtime || tm.MinStake.Cmp(testnet.MinWorkerStake) != 0 || string(tm.Prompt) != "terms" {
		t.Fatalf("terms %+v", tm)
	}
	gone := j.Request
	gone.BlockHash = common.Hash{0xde, 0xad}
	gone.RequestID = common.Hash{0x01}
	if _, err := cold.Terms(t.Context(), &gone); !errors.Is(err, contracts.ErrRequestNotFound) {
		t.Fatalf("a request in no block: %v, want ErrRequestNotFound", err)
	}
}

// A job whose request's deadline passed before dispatch asks no worker: it
// ends failed with an "expired" reason, which the API shows as expired.
func TestDispatchOfAnExpiredRequestAsksNoWorker(t *testing.T) {
	e := setup(t, 1)
	// The dispatcher's clock two hours ahead: the request's deadline, an
	// hour after its block, has passed.
	d := e.dispatcher(t, dispatcher.Config{Now: func() time.Time { return time.Now().Add(2 * time.Hour) }})
	e.request(t, e.k1, "too late")
	j := e.dispatchOne(t, d, e.k1)
	if j.State != queue.Failed || !strings.HasPrefix(j.Reason, dispatcher.ReasonExpired+": ") {
		t.Fatalf("state %s (%s), want failed as expired", j.State, j.Reason)
	}
	if s := e.status(t, e.workers[0]); s.Successes+s.Failures != 0 {
		t.Errorf("the worker was called for an expired request: %+v", s)
	}
}
