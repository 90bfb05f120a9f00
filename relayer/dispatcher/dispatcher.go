// Package dispatcher runs queued jobs on attested workers. It leases jobs
// from the queue, picks workers that may serve each request (registered and
// eligible on chain for the request's runtime, weights and stake, attested
// to this relayer with a fresh nonce, in rotation), sends the job to k
// distinct workers when the model's policy asks for k-of-n, checks every
// answer (the output's hash, a low-s signature by the worker's attested key
// over the coordinator's EIP-712 InferenceResult) and their agreement, and
// hands agreed results to the oracle through the queue's settle stream. A
// worker that times out, fails, answers wrongly or disagrees is replaced by
// another eligible worker while the job's time lasts; a job that cannot
// gather k agreeing answers goes back to the queue to be retried with
// backoff, and to the dead-letter stream after the queue's attempts.
//
// Scale-out: every relayer process runs a dispatcher on the same queue.
// The queue's consumer group hands each job to one dispatcher with a lease
// (a fencing token) that the dispatcher extends while its workers run;
// Collect is refused once the lease is lost, so a job reclaimed from a
// stalled dispatcher is never collected twice.
//
// Eligibility is judged against the request's own terms (its version's
// weightsHash and runtime, k and minimum stake, fixed when the request was
// made), because those are what the coordinator checks the signatures
// against: right after a model upgrade, requests made before it still go to
// workers serving the old weights.
//
// It is not the oracle: it never sends transactions.
package dispatcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/queue"
)

// Queue is the dispatcher's side of the job queue.
type Queue interface {
	Next(ctx context.Context, consumer string, models []*big.Int, max int, block time.Duration) ([]queue.Delivery, error)
	Extend(ctx context.Context, l *queue.Lease) error
	Collect(ctx context.Context, l queue.Lease, r *queue.Results) error
	Retry(ctx context.Context, l queue.Lease, reason string) (bool, error)
	Release(ctx context.Context, l queue.Lease, reason string) error
	Fail(ctx context.Context, l queue.Lease, reason string) error
	Stats(ctx context.Context) (*queue.Stats, error)
}

// TermsSource gives a queued request's full terms (TermsCache).
type TermsSource interface {
	Terms(ctx context.Context, r *queue.Request) (*Terms, error)
}

// Metrics observes dispatching.
type Metrics interface {
	Dispatched(wait time.Duration)                              // enqueue to dispatch
	WorkerCall(endpoint, outcome string, latency time.Duration) // one worker call
	JobDone(outcome string, took time.Duration)                 // collected, retried, failed, expired, released
}

// Config tunes a Dispatcher. Zero fields take the defaults shown.
type Config struct {
	ChainID     *big.Int       // the coordinator's chain: the signatures' domain
	Coordinator common.Address // required
	// Models to serve; empty: every model with a stream in the queue,
	// looked up every ModelsRefresh (default 5s).
	Models        []*big.Int
	ModelsRefresh time.Duration
	// Consumer names this process in the queue's consumer groups; unique
	// among live processes. Default host-pid.
	Consumer string
	// Concurrency caps the jobs handled at once. Default 64.
	Concurrency int
	// WorkerTimeout caps one worker call (the request's deadline caps it
	// too). Default 60s.
	WorkerTimeout time.Duration
	// JobTimeout caps a job's whole dispatch, reassignments included.
	// Default 3m; must stay below the queue's active TTL.
	JobTimeout time.Duration
	// ShutdownGrace: on shutdown, how long jobs in flight may finish before
	// they are handed back to the queue. Default 10s.
	ShutdownGrace time.Duration
	// Block is how long Next waits for a job. Default 1s.
	Block time.Duration
	// Now is the clock request deadlines are checked against. Default
	// time.Now.
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.ModelsRefresh == 0 {
		c.ModelsRefresh = 5 * time.Second
	}
	if c.Consumer == "" {
		host, _ := os.Hostname()
		c.Consumer = host + "-" + strconv.Itoa(os.Getpid())
	}
	if c.Concurrency == 0 {
		c.Concurrency = 64
	}
	if c.WorkerTimeout == 0 {
		c.WorkerTimeout = time.Minute
	}
	if c.JobTimeout == 0 {
		c.JobTimeout = 3 * time.Minute
	}
	if c.ShutdownGrace == 0 {
		c.ShutdownGrace = 10 * time.Second
	}
	if c.Block == 0 {
		c.Block = time.Second
	}
	return c
}

// Check reports the first bad setting.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.ChainID == nil || c.ChainID.Sign() <= 0:
		return errors.New("dispatcher: chain id is required")
	case c.Coordinator == (common.Address{}):
		return errors.New("dispatcher: coordinator address is required")
	case c.Concurrency < 1:
		return fmt.Errorf("dispatcher: concurrency %d: want at least 1", c.Concurrency)
	case c.WorkerTimeout <= 0 || c.JobTimeout < c.WorkerTimeout:
		return fmt.Errorf("dispatcher: worker timeout %v, job timeout %v: want 0 < worker timeout <= job timeout", c.WorkerTimeout, c.JobTimeout)
	case c.ShutdownGrace < 0:
		return fmt.Errorf("dispatcher: shutdown grace %v: want at least 0", c.ShutdownGrace)
	}
	for _, m := range c.Models {
		if m == nil || m.Sign() < 0 {
			return fmt.Errorf("dispatcher: model id %v: want a non-negative integer", m)
		}
	}
	return nil
}

// Dispatcher leases jobs and runs them on workers. Run it once per process.
type Dispatcher struct {
	cfg     Config
	q       Queue
	terms   TermsSource
	pool    *Pool
	workers Workers
	m       Metrics
	log     *slog.Logger
	domain  attest.Domain

	models   []*big.Int
	modelsAt time.Time
	idle     bool // logged that no worker is healthy
	inflight sync.WaitGroup
}

// New returns a dispatcher. m may be nil.
func New(cfg Config, q Queue, terms TermsSource, pool *Pool, workers Workers, m Metrics, log *slog.Logger) (*Dispatcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if m == nil {
		m = nopMetrics{}
	}
	if log == nil {
		log = slog.Default()
	}
	return &Dispatcher{
		cfg: cfg, q: q, terms: terms, pool: pool, workers: workers, m: m,
		log: log.With("component", "dispatcher"), domain: attest.CoordinatorDomain(cfg.ChainID, cfg.Coordinator),
	}, nil
}

// Run leases and handles jobs until ctx ends, then lets the jobs in flight
// finish for ShutdownGrace and hands back the rest. It returns ctx's error.
func (d *Dispatcher) Run(ctx context.Context) error {
	// Jobs run on their own context, cut ShutdownGrace after ctx ends.
	work, stop := context.WithCancel(context.WithoutCancel(ctx))
	defer stop()
	slots := make(chan struct{}, d.cfg.Concurrency)
	for {
		if ctx.Err() != nil {
			break
		}
		select { // wait for one free slot, then take what else is free
		case slots <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		if d.pool.Healthy() == 0 {
			// No worker in rotation: leave the jobs queued rather than
			// spend their attempts; readiness reports it.
			<-slots
			if !d.idle {
				d.log.Warn("no healthy worker; not leasing jobs until one is back")
				d.idle = true
			}
			sleep(ctx, d.cfg.Block)
			continue
		}
		d.idle = false
		n := 1
	more:
		for n < d.cfg.Concurrency {
			select {
			case slots <- struct{}{}:
				n++
			default:
				break more
			}
		}
		ds, err := d.next(ctx, n)
		if err != nil && ctx.Err() == nil {
			d.log.Warn("leasing jobs failed; retrying", "err", err)
			sleep(ctx, 200*time.Millisecond)
		}
		for i := 0; i < n-len(ds); i++ {
			<-slots
		}
		for _, del := range ds {
			d.inflight.Add(1)
			go func() {
				defer func() { <-slots; d.inflight.Done() }()
				d.Handle(work, del)
			}()
		}
	}
	done := make(chan struct{})
	go func() { d.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d.cfg.ShutdownGrace):
		d.log.Info("shutdown grace over; handing back jobs in flight")
		stop()
		<-done
	}
	return ctx.Err()
}

func (d *Dispatcher) next(ctx context.Context, n int) ([]queue.Delivery, error) {
	models := d.cfg.Models
	if len(models) == 0 {
		if time.Since(d.modelsAt) > d.cfg.ModelsRefresh {
			st, err := d.q.Stats(ctx)
			if err != nil {
				return nil, err
			}
			d.models = d.models[:0]
			for m := range st.Models {
				if v, ok := new(big.Int).SetString(m, 10); ok {
					d.models = append(d.models, v)
				}
			}
			d.modelsAt = time.Now()
		}
		models = d.models
		if len(models) == 0 {
			sleep(ctx, min(d.cfg.Block, d.cfg.ModelsRefresh))
			return nil, nil
		}
	}
	return d.q.Next(ctx, d.cfg.Consumer, models, n, d.cfg.Block)
}

// ReasonExpired begins the reason of a job whose request's deadline passed
// before it was dispatched: no worker is asked (a result could not be
// settled any more), the job ends failed, and the request is the
// requester's to have refunded on chain. The API reports such a job as
// expired.
const ReasonExpired = "expired"

// Handle runs one leased job to its end: collected, retried, failed or
// (when ctx ends first) released.
func (d *Dispatcher) Handle(ctx context.Context, del queue.Delivery) {
	start := time.Now()
	l := del.Lease
	req := &del.Job.Request
	if at, ok := del.Job.Times[queue.Queued]; ok {
		d.m.Dispatched(start.Sub(at))
	}
	log := d.log.With("request", req.RequestID, "attempt", l.Attempt)
	outcome, reason := d.run(ctx, &l, req, log)
	// The lease ending calls run on a fresh context: ctx may be cut.
	end, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	var err error
	switch outcome {
	case "collected":
	case "retried":
		var dead bool
		dead, err = d.q.Retry(end, l, reason)
		if dead {
			outcome = "dead"
		}
	case "failed", "expired":
		err = d.q.Fail(end, l, reason)
	case "released":
		err = d.q.Release(end, l, reason)
	}
	switch {
	case errors.Is(err, queue.ErrLeaseLost), errors.Is(err, queue.ErrIllegalTransition):
		log.Warn("the job left this dispatcher's hands (lease lost, withdrawn or settled)", "outcome", outcome, "err", err)
	case err != nil:
		log.Error("ending the job's lease failed; it is reclaimed after the visibility timeout", "outcome", outcome, "err", err)
	case outcome != "collected":
		log.Info("job not collected", "outcome", outcome, "reason", reason)
	}
	d.m.JobDone(outcome, time.Since(start))
}

// run dispatches a job and returns how it ended and why.
func (d *Dispatcher) run(ctx context.Context, l *queue.Lease, req *queue.Request, log *slog.Logger) (string, string) {
	t, err := d.terms.Terms(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return "released", "shutting down"
		}
		return "retried", err.Error()
	}
	if t.Deadline > 0 && d.cfg.Now().Unix() >= int64(t.Deadline) {
		return "expired", fmt.Sprintf("%s: deadline %d passed before dispatch; anyone may have it refunded on chain (refund(requestId))", ReasonExpired, t.Deadline)
	}
	jobCtx, cancel := context.WithDeadline(ctx, deadlineOf(t, d.cfg.JobTimeout))
	defer cancel()
	lost := d.keepLease(jobCtx, cancel, l, log)

	cands := d.pool.Eligible(jobCtx, t)
	if len(cands) < t.K {
		if ctx.Err() != nil {
			return "released", "shutting down"
		}
		return "retried", fmt.Sprintf("%d eligible workers for weights %s, need %d", len(cands), t.WeightsHash, t.K)
	}
	res, why := d.fanOut(jobCtx, t, cands, log)
	switch {
	case lost.Load():
		return "lost", "lease lost"
	case res == nil && ctx.Err() != nil:
		return "released", "shutting down"
	case res == nil:
		return "retried", why
	}
	if err := d.q.Collect(context.WithoutCancel(ctx), *l, res); err != nil {
		if errors.Is(err, queue.ErrLeaseLost) || errors.Is(err, queue.ErrIllegalTransition) {
			log.Warn("results for a job no longer leased here; dropped", "err", err)
			return "lost", err.Error()
		}
		return "retried", fmt.Sprintf("collecting results: %v", err)
	}
	return "collected", ""
}

// keepLease extends the lease at a third of its life until ctx ends; when
// the lease is lost it cancels the job.
func (d *Dispatcher) keepLease(ctx context.Context, cancel func(), l *queue.Lease, log *slog.Logger) *atomic.Bool {
	lost := new(atomic.Bool)
	life := time.Until(l.Expires)
	if life <= 0 {
		life = time.Second
	}
	go func() {
		t := time.NewTicker(max(life/3, 10*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				err := d.q.Extend(ctx, l)
				if errors.Is(err, queue.ErrLeaseLost) || errors.Is(err, queue.ErrIllegalTransition) {
					log.Warn("lease lost while workers ran; abandoning the job here", "err", err)
					lost.Store(true)
					cancel()
					return
				}
			}
		}
	}()
	return lost
}

type answer struct {
	c       candidate
	a       *Answer
	err     error
	latency time.Duration
}

// fanOut sends the job to k workers and to more as answers fail or
// disagree, until k distinct workers signed the same output.
func (d *Dispatcher) fanOut(ctx context.Context, t *Terms, cands []candidate, log *slog.Logger) (*queue.Results, string) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	job := jobOf(t, d.cfg.ChainID, d.cfg.Coordinator)
	answers := make(chan answer, len(cands))
	next, pending := 0, 0
	send := func() {
		c := cands[next]
		next++
		pending++
		d.pool.begin(c.endpoint)
		go func() {
			cctx, ccancel := context.WithTimeout(ctx, d.cfg.WorkerTimeout)
			defer ccancel()
			start := time.Now()
			a, err := d.workers.Run(cctx, c.endpoint, job)
			if err == nil {
				err = d.check(t, c, a)
			}
			answers <- answer{c, a, err, time.Since(start)}
		}()
	}
	groups := map[common.Hash][]answer{}
	var all []answer
	best, lastErr := 0, ""
	for {
		for pending < t.K-best && next < len(cands) {
			send()
		}
		if pending == 0 {
			break
		}
		a := <-answers
		pending--
		all = append(all, a)
		if a.err != nil {
			o := outcomeFailed
			switch {
			case errors.Is(a.err, context.Canceled) || (ctx.Err() != nil && !errors.Is(a.err, ErrBadAnswer)):
				// Cut by the job's end or a shutdown: no verdict on the worker.
				d.pool.end(a.c.endpoint)
				lastErr = a.err.Error()
				continue
			case errors.Is(a.err, ErrWorkerTimeout) || errors.Is(a.err, context.DeadlineExceeded):
				o = outcomeTimeout
			case errors.Is(a.err, ErrBadAnswer):
				o = outcomeBadAnswer
				log.Warn("worker answer rejected", "worker", a.c.endpoint, "signer", a.c.signer, "err", a.err)
			}
			d.pool.record(a.c.endpoint, o, a.latency, a.err)
			d.m.WorkerCall(a.c.endpoint, o.String(), a.latency)
			lastErr = a.err.Error()
			continue
		}
		d.pool.record(a.c.endpoint, outcomeOK, a.latency, nil)
		d.m.WorkerCall(a.c.endpoint, outcomeOK.String(), a.latency)
		g := append(groups[a.a.OutputHash], a)
		groups[a.a.OutputHash] = g
		best = max(best, len(g))
		if len(g) >= t.K {
			cancel() // the others' answers are no longer needed
			go func(n int) {
				for range n {
					d.pool.end((<-answers).c.endpoint)
				}
			}(pending)
			return d.results(a.a, g, all), ""
		}
	}
	if len(groups) > 1 {
		return nil, fmt.Sprintf("workers disagree: %d different outputs, at most %d of %d agreeing", len(groups), best, t.K)
	}
	if lastErr == "" {
		lastErr = "no answer"
	}
	return nil, fmt.Sprintf("%d of %d agreeing answers from %d workers; last error: %s", best, t.K, len(cands), lastErr)
}

// results builds the queue's results: the agreed output and every answer,
// the agreeing signers in ascending address order (as the coordinator wants
// the signatures).
func (d *Dispatcher) results(agreed *Answer, group, all []answer) *queue.Results {
	in := map[common.Address]bool{}
	for _, a := range group {
		in[a.c.signer] = true
	}
	r := &queue.Results{OutputHash: agreed.OutputHash, Output: agreed.Output}
	for _, a := range all {
		wr := queue.WorkerResult{Worker: a.c.signer, Endpoint: a.c.endpoint, Latency: a.latency}
		if a.err != nil {
			wr.Error = a.err.Error()
		} else {
			wr.OutputHash, wr.Signature, wr.Agreed = a.a.OutputHash, a.a.Signature, in[a.c.signer]
			if !wr.Agreed {
				d.pool.disagreed(a.c.endpoint, fmt.Errorf("signed output %s; %d others agreed on %s", a.a.OutputHash, len(group), agreed.OutputHash))
				d.m.WorkerCall(a.c.endpoint, outcomeDisagreed.String(), a.latency)
			}
		}
		r.Workers = append(r.Workers, wr)
	}
	sort.SliceStable(r.Workers, func(i, j int) bool {
		if r.Workers[i].Agreed != r.Workers[j].Agreed {
			return r.Workers[i].Agreed
		}
		return r.Workers[i].Worker.Cmp(r.Workers[j].Worker) < 0
	})
	return r
}

// secp256k1n / 2: the coordinator rejects signatures with a higher s.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// check verifies one answer: it is for this request, its hash is the
// output's, and it is signed (low s) by the worker's attested key over the
// coordinator's EIP-712 InferenceResult.
func (d *Dispatcher) check(t *Terms, c candidate, a *Answer) error {
	switch {
	case a.RequestID != (common.Hash{}) && a.RequestID != t.RequestID:
		return fmt.Errorf("%w: answer for request %s, sent %s (rejected: unknown job)", ErrBadAnswer, a.RequestID, t.RequestID)
	case crypto.Keccak256Hash(a.Output) != a.OutputHash:
		return fmt.Errorf("%w: outputHash %s is not keccak256 of the %d-byte output", ErrBadAnswer, a.OutputHash, len(a.Output))
	case len(a.Signature) != 65:
		return fmt.Errorf("%w: signature of %d bytes, want 65", ErrBadAnswer, len(a.Signature))
	case new(big.Int).SetBytes(a.Signature[32:64]).Cmp(halfN) > 0:
		return fmt.Errorf("%w: signature with high s", ErrBadAnswer)
	case a.Signature[64] != 27 && a.Signature[64] != 28:
		return fmt.Errorf("%w: signature v %d, want 27 or 28", ErrBadAnswer, a.Signature[64])
	}
	by, err := attest.Recover(attest.ResultDigest(d.domain, t.RequestID, t.ModelVersion, a.OutputHash), a.Signature)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadAnswer, err)
	}
	if by != c.signer {
		return fmt.Errorf("%w: signed by %s, the worker's attested key is %s", ErrBadAnswer, by, c.signer)
	}
	return nil
}

type nopMetrics struct{}

func (nopMetrics) Dispatched(time.Duration)                 {}
func (nopMetrics) WorkerCall(string, string, time.Duration) {}
func (nopMetrics) JobDone(string, time.Duration)            {}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
