package watcher_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/watcher"
)

var (
	weights = crypto.Keccak256Hash([]byte("weights-v1"))
	runtime = crypto.Keccak256Hash([]byte("runtime-v1"))
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// recorder is a Handler and Metrics that remembers what it was told.
type recorder struct {
	mu        sync.Mutex
	requested []common.Hash
	workers   []common.Address
	models    []string
	seen      int
	created   int
	outcomes  map[string]int
	reorgs    []uint64
}

func newRecorder() *recorder { return &recorder{outcomes: map[string]int{}} }

func (r *recorder) Requested(e *contracts.Requested) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.requested = append(r.requested, e.RequestID)
}

func (r *recorder) WorkerChanged(e *contracts.WorkerChanged) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.workers = append(r.workers, e.Signer)
}

func (r *recorder) ModelChanged(e *contracts.ModelChanged) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.models = append(r.models, e.Event)
}

func (r *recorder) RequestsSeen(total, created int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen += total
	r.created += created
}

func (r *recorder) Outcome(o string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.outcomes[o]++
}

func (r *recorder) Reorg(depth uint64, _ int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reorgs = append(r.reorgs, depth)
}

func (r *recorder) Checkpoint(uint64, uint64) {}

type env struct {
	sim   *simulated.Backend
	stack *testnet.Stack
	q     *queue.Queue
	rec   *recorder
	model testnet.Model
}

func setup(t *testing.T) *env {
	t.Helper()
	srv := redistest.Start(t)
	q, err := queue.New(srv.Client(), queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	sim := devchain.Simulated()
	t.Cleanup(func() { _ = sim.Close() })
	s := testnet.Deploy(t, sim.Client(), func() { sim.Commit() })
	return &env{sim: sim, stack: s, q: q, rec: newRecorder(), model: s.RegisterModel(weights, runtime, 1, 1)}
}

func (e *env) watcher(t *testing.T, cfg watcher.Config, chain watcher.Chain) *watcher.Watcher {
	t.Helper()
	cfg.Coordinator = e.stack.Coordinator
	cfg.ModelRegistry = e.stack.ModelRegistry
	cfg.WorkerRegistry = e.stack.WorkerRegistry
	if chain == nil {
		chain = e.sim.Client()
	}
	w, err := watcher.New(cfg, chain, e.q, e.rec, e.rec, quiet())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// catchUp steps until the watcher has read every confirmed block.
func catchUp(t *testing.T, w *watcher.Watcher) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		done, err := w.Step(t.Context())
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if done {
			return
		}
	}
	t.Fatal("not caught up after 1000 steps")
}

func mustJob(t *testing.T, q *queue.Queue, rid common.Hash) *queue.Job {
	t.Helper()
	j, err := q.Get(t.Context(), rid)
	if err != nil {
		t.Fatalf("job %s: %v", rid, err)
	}
	return j
}

func TestWatcherEnqueuesRequestsWithTheirTerms(t *testing.T) {
	e := setup(t)
	rid1, r1 := e.stack.Request(e.model, "The capital of France is", 16)
	rid2, _ := e.stack.Request(e.model, "Two plus two is", 8)
	w := e.watcher(t, watcher.Config{}, nil)
	catchUp(t, w)

	j := mustJob(t, e.q, rid1)
	switch {
	case j.State != queue.Queued:
		t.Errorf("state %s, want queued", j.State)
	case string(j.Request.Prompt) != "The capital of France is" || j.Request.MaxTokens != 16:
		t.Errorf("prompt %q, max tokens %d", j.Request.Prompt, j.Request.MaxTokens)
	case j.Request.BlockHash != r1.BlockHash || j.Request.TxHash != r1.TxHash || j.Request.BlockNumber != r1.BlockNumber.Uint64():
		t.Errorf("position %d %s %s, want %d %s %s", j.Request.BlockNumber, j.Request.BlockHash, j.Request.TxHash, r1.BlockNumber, r1.BlockHash, r1.TxHash)
	case j.Request.ModelID.Cmp(e.model.ID) != 0 || j.Request.ModelVersion != 1:
		t.Errorf("model %v version %d", j.Request.ModelID, j.Request.ModelVersion)
	case j.Request.Deadline == 0 || j.Request.Fee.Sign() <= 0:
		t.Errorf("deadline %d fee %v", j.Request.Deadline, j.Request.Fee)
	}
	mustJob(t, e.q, rid2)
	if e.rec.created != 2 || len(e.rec.requested) != 2 {
		t.Errorf("created %d, handler saw %d requests; want 2 and 2", e.rec.created, len(e.rec.requested))
	}
	if len(e.rec.models) == 0 {
		t.Error("the handler saw no ModelRegistry event (ModelRegistered, VersionPublished, ...)")
	}

	// A registry event reaches the handler.
	key, _ := crypto.GenerateKey()
	rec, sig := e.stack.Record(attest.NewAttester(key, runtime, "cpu"), weights)
	e.stack.RegisterWorker(rec, sig)
	catchUp(t, w)
	if len(e.rec.workers) != 1 || e.rec.workers[0] != rec.Signer {
		t.Errorf("worker events %v, want one for %s", e.rec.workers, rec.Signer)
	}
}

func TestWatcherWaitsForConfirmations(t *testing.T) {
	e := setup(t)
	w := e.watcher(t, watcher.Config{Confirmations: 3}, nil)
	catchUp(t, w)
	rid, _ := e.stack.Request(e.model, "hello", 4)
	for i := 0; i < 3; i++ {
		catchUp(t, w)
		if _, err := e.q.Get(t.Context(), rid); !errors.Is(err, queue.ErrNotFound) {
			t.Fatalf("after %d confirmations: job %v, want not found", i, err)
		}
		e.sim.Commit()
	}
	catchUp(t, w)
	mustJob(t, e.q, rid)
}

// failingQueue fails SaveCheckpoint once, after the range's requests were
// enqueued: a relayer killed between the two.
type failingQueue struct {
	*queue.Queue
	fail bool
}

var errKilled = errors.New("killed")

func (f *failingQueue) SaveCheckpoint(ctx context.Context, name string, head queue.BlockRef, recent ...queue.BlockRef) error {
	if f.fail {
		f.fail = false
		return errKilled
	}
	return f.Queue.SaveCheckpoint(ctx, name, head, recent...)
}

func TestWatcherRestartNeverTwiceNeverSkips(t *testing.T) {
	e := setup(t)
	var ids []common.Hash
	var first uint64
	for i := 0; i < 6; i++ {
		rid, r := e.stack.Request(e.model, "prompt", 4)
		ids = append(ids, rid)
		if i == 0 {
			first = r.BlockNumber.Uint64()
		}
	}
	// The first watcher reads two blocks at a time and dies after enqueuing
	// its second range, before saving the checkpoint.
	fq := &failingQueue{Queue: e.q}
	cfg := watcher.Config{Coordinator: e.stack.Coordinator, MaxRange: 2, StartBlock: first}
	w1, err := watcher.New(cfg, e.sim.Client(), fq, nil, e.rec, quiet())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w1.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	fq.fail = true
	if _, err := w1.Step(t.Context()); !errors.Is(err, errKilled) {
		t.Fatalf("second step: %v, want the injected failure", err)
	}
	// More requests while it is down.
	for i := 0; i < 3; i++ {
		rid, _ := e.stack.Request(e.model, "later", 4)
		ids = append(ids, rid)
	}
	w2, err := watcher.New(cfg, e.sim.Client(), e.q, nil, e.rec, quiet())
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, w2)
	for _, rid := range ids {
		if j := mustJob(t, e.q, rid); j.State != queue.Queued || j.Attempts != 0 {
			t.Errorf("job %s: %s after %d attempts", rid, j.State, j.Attempts)
		}
	}
	if e.rec.created != len(ids) {
		t.Errorf("%d jobs created for %d requests", e.rec.created, len(ids))
	}
	if e.rec.seen <= e.rec.created {
		t.Errorf("seen %d: the replayed range should have been seen again", e.rec.seen)
	}
}

// losingQueue empties Redis once, at a chosen point of a step: Redis
// losing its data (a restart without persistence) while the watcher works.
type losingQueue struct {
	*queue.Queue
	srv *redistest.Server
	// afterCheckpoint: right after the step read the checkpoint; else
	// right after the range's requests were enqueued.
	afterCheckpoint, armed bool
}

func (l *losingQueue) lose(ctx context.Context) error {
	l.armed = false
	return l.srv.Client().FlushAll(ctx).Err()
}

func (l *losingQueue) Checkpoint(ctx context.Context, name string) (queue.BlockRef, error) {
	cp, err := l.Queue.Checkpoint(ctx, name)
	if l.armed && l.afterCheckpoint && err == nil {
		return cp, l.lose(ctx)
	}
	return cp, err
}

func (l *losingQueue) EnqueueBatch(ctx context.Context, reqs []*queue.Request) ([]bool, error) {
	created, err := l.Queue.EnqueueBatch(ctx, reqs)
	if l.armed && !l.afterCheckpoint && err == nil {
		return created, l.lose(ctx)
	}
	return created, err
}

func TestWatcherReadsTheChainAgainWhenRedisLosesItsData(t *testing.T) {
	for _, tc := range []struct {
		name            string
		afterCheckpoint bool
	}{
		{"after the checkpoint was read", true},
		{"between the enqueue and the checkpoint", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := setup(t)
			srv := redistest.Start(t)
			q, err := queue.New(srv.Client(), queue.Config{})
			if err != nil {
				t.Fatal(err)
			}
			lq := &losingQueue{Queue: q, srv: srv, afterCheckpoint: tc.afterCheckpoint}
			w, err := watcher.New(watcher.Config{Coordinator: e.stack.Coordinator}, e.sim.Client(), lq, nil, nil, quiet())
			if err != nil {
				t.Fatal(err)
			}
			before, _ := e.stack.Request(e.model, "before", 4)
			catchUp(t, w)
			ids := []common.Hash{before}
			for range 3 {
				rid, _ := e.stack.Request(e.model, "while Redis loses its data", 4)
				ids = append(ids, rid)
			}
			lq.armed = true
			if _, err := w.Step(t.Context()); !errors.Is(err, watcher.ErrStateLost) {
				t.Fatalf("the step during the loss: %v, want ErrStateLost", err)
			}
			catchUp(t, w)
			for _, rid := range ids {
				if j := mustJob(t, q, rid); j.State != queue.Queued {
					t.Errorf("job %s: %s, want queued", rid, j.State)
				}
			}
		})
	}
}

// limitedChain is a real chain behind a provider that refuses eth_getLogs
// ranges over maxRange blocks, in the words of a hosted provider, and
// answers the first calls with a rate limit.
type limitedChain struct {
	watcher.Chain
	maxRange  uint64
	rateLimit int
	mu        sync.Mutex
	refused   int
	ranges    []uint64
}

func (c *limitedChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rateLimit > 0 {
		c.rateLimit--
		return nil, errors.New("429 Too Many Requests: {\"code\":-32005,\"message\":\"request rate exceeded\"}")
	}
	n := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1
	c.ranges = append(c.ranges, n)
	if n > c.maxRange {
		c.refused++
		return nil, errors.New("Log response size exceeded. You can make eth_getLogs requests with up to a 3 block range")
	}
	return c.Chain.FilterLogs(ctx, q)
}

func TestWatcherAdaptsTheRangeAndBacksOffOnRateLimits(t *testing.T) {
	e := setup(t)
	var ids []common.Hash
	for i := 0; i < 5; i++ {
		rid, _ := e.stack.Request(e.model, "range", 4)
		ids = append(ids, rid)
		for j := 0; j < 4; j++ {
			e.sim.Commit()
		}
	}
	chain := &limitedChain{Chain: e.sim.Client(), maxRange: 3, rateLimit: 2}
	w := e.watcher(t, watcher.Config{MaxRange: 64, Backoff: time.Millisecond, MaxBackoff: 4 * time.Millisecond}, chain)

	for i := 0; i < 2; i++ {
		if _, err := w.Step(t.Context()); !errors.Is(err, watcher.ErrRateLimited) {
			t.Fatalf("step %d: %v, want ErrRateLimited", i, err)
		}
	}
	catchUp(t, w)
	for _, rid := range ids {
		mustJob(t, e.q, rid)
	}
	if chain.refused == 0 {
		t.Fatal("the provider never refused a range: the test tests nothing")
	}
	if r := w.Status().Range; r > 6 {
		t.Errorf("range settled at %d, want at most twice the provider's 3", r)
	}
	// Run backs off and carries on by itself too.
	chain.rateLimit = 3
	for i := 0; i < 3; i++ {
		e.stack.Request(e.model, "more", 4)
	}
	rid, _ := e.stack.Request(e.model, "last", 4)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	waitJob(t, e.q, rid, 10*time.Second)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v", err)
	}
}

func waitJob(t *testing.T, q *queue.Queue, rid common.Hash, d time.Duration) *queue.Job {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if j, err := q.Get(t.Context(), rid); err == nil {
			return j
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("job %s not enqueued within %v", rid, d)
	return nil
}

func TestWatcherRecordsSettlementsAndRefunds(t *testing.T) {
	e := setup(t)
	key, _ := crypto.GenerateKey()
	att := attest.NewAttester(key, runtime, "cpu")
	rec, sig := e.stack.Record(att, weights)
	e.stack.RegisterWorker(rec, sig)

	ridSettled, r := e.stack.Request(e.model, "to settle", 4)
	ridRefunded, _ := e.stack.Request(e.model, "to refund", 4)
	ridOther, _ := e.stack.Request(e.model, "settled by another relayer", 4)
	w := e.watcher(t, watcher.Config{}, nil)
	catchUp(t, w)

	// The dispatcher's part: lease and collect results.
	ds, err := e.q.Next(t.Context(), "test", []*big.Int{e.model.ID}, 3, 0)
	if err != nil || len(ds) != 3 {
		t.Fatalf("Next: %d deliveries, %v", len(ds), err)
	}
	output := []byte("Paris")
	for _, d := range ds {
		if d.Job.Request.RequestID == ridSettled {
			if err := e.q.Collect(t.Context(), d.Lease, &queue.Results{OutputHash: crypto.Keccak256Hash(output), Output: output}); err != nil {
				t.Fatal(err)
			}
		}
	}
	terms := func(rid common.Hash, blk common.Hash) contracts.InferenceRequest {
		c := &contracts.Coordinator{Address: e.stack.Coordinator, Logs: e.sim.Client()}
		ev, err := c.RequestAt(t.Context(), blk, rid)
		if err != nil {
			t.Fatal(err)
		}
		return ev.Request
	}
	e.stack.Fulfill(terms(ridSettled, r.BlockHash), output, e.stack.SignResult(key, ridSettled, 1, output))
	jOther := mustJob(t, e.q, ridOther)
	e.stack.Fulfill(terms(ridOther, jOther.Request.BlockHash), output, e.stack.SignResult(key, ridOther, 1, output))
	e.sim.Commit() // AdjustTime needs an empty pending block
	if err := e.sim.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.stack.Refund(ridRefunded)
	catchUp(t, w)

	if j := mustJob(t, e.q, ridSettled); j.State != queue.Settled || len(j.TxHashes) == 0 {
		t.Errorf("settled job: %s, txs %v", j.State, j.TxHashes)
	}
	if j := mustJob(t, e.q, ridRefunded); j.State != queue.Refunded {
		t.Errorf("refunded job: %s", j.State)
	}
	// Leased by this relayer's dispatcher, fulfilled by someone else's
	// results: settled by their transaction.
	if j := mustJob(t, e.q, ridOther); j.State != queue.Settled || len(j.TxHashes) != 1 {
		t.Errorf("job fulfilled elsewhere: %s (%s), txs %v", j.State, j.Reason, j.TxHashes)
	}
	if e.rec.outcomes["settled"] != 2 || e.rec.outcomes["refunded"] != 1 {
		t.Errorf("outcomes %v", e.rec.outcomes)
	}
}

func TestConfigCheck(t *testing.T) {
	for name, c := range map[string]watcher.Config{
		"no coordinator":   {},
		"negative backoff": {Coordinator: common.Address{1}, Backoff: -1},
		"max below base":   {Coordinator: common.Address{1}, Backoff: time.Second, MaxBackoff: time.Millisecond},
	} {
		t.Run(name, func(t *testing.T) {
			if err := c.Check(); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	if err := (watcher.Config{Coordinator: common.Address{1}}).Check(); err != nil {
		t.Fatal(err)
	}
}

// A checkpoint none of whose recorded blocks is canonical (a reorg deeper
// than the history kept) stops the watcher with ErrReorgTooDeep rather
// than guessing an ancestor.
func TestWatcherRefusesToGuessAnAncestor(t *testing.T) {
	e := setup(t)
	w := e.watcher(t, watcher.Config{}, nil)
	catchUp(t, w)
	cp, err := e.q.Checkpoint(t.Context(), "watcher")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.q.RewindCheckpoint(t.Context(), "watcher", queue.BlockRef{Number: 0, Hash: common.Hash{0xba, 0xd}}); err != nil {
		t.Fatal(err)
	}
	bogus := queue.BlockRef{Number: cp.Number, Hash: common.Hash{0xba, 0xd}}
	if err := e.q.SaveCheckpoint(t.Context(), "watcher", bogus, bogus); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Step(t.Context()); !errors.Is(err, watcher.ErrReorgTooDeep) {
		t.Fatalf("Step: %v, want ErrReorgTooDeep", err)
	}
}
