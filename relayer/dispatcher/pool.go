package dispatcher

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/contracts"
)

// Registry is the WorkerRegistry's views (contracts.WorkerRegistry has them).
type Registry interface {
	IsEligible(ctx context.Context, signer common.Address, runtime, weights common.Hash, minStake *big.Int) (bool, error)
	Worker(ctx context.Context, signer common.Address) (contracts.WorkerInfo, error)
}

// Workers is the worker protocol (HTTPWorkers speaks it).
type Workers interface {
	Run(ctx context.Context, endpoint string, job *Job) (*Answer, error)
	Attest(ctx context.Context, endpoint string, nonce common.Hash) (*attest.Report, error)
}

// Errors of worker registration, for the API.
var (
	ErrBadEndpoint   = errors.New("bad worker endpoint")
	ErrNotRegistered = errors.New("worker not registered on chain")
	ErrAttestation   = errors.New("attestation rejected")
	ErrUnknownWorker = errors.New("unknown worker")
)

// PoolConfig tunes a Pool. Zero fields take the defaults shown.
type PoolConfig struct {
	// AttestTTL: how long a verified attestation is trusted before the
	// worker is challenged again with a fresh nonce. Default 5m.
	AttestTTL time.Duration
	// EligibleTTL: how long an on-chain eligibility answer is cached
	// (registry events clear it sooner). Default 1m.
	EligibleTTL time.Duration
	// FailuresToCool consecutive failures take a worker out of rotation for
	// Cooldown. Defaults 3 and 30s.
	FailuresToCool int
	Cooldown       time.Duration
}

func (c PoolConfig) withDefaults() PoolConfig {
	if c.AttestTTL == 0 {
		c.AttestTTL = 5 * time.Minute
	}
	if c.EligibleTTL == 0 {
		c.EligibleTTL = time.Minute
	}
	if c.FailuresToCool == 0 {
		c.FailuresToCool = 3
	}
	if c.Cooldown == 0 {
		c.Cooldown = 30 * time.Second
	}
	return c
}

// WorkerStatus is what the pool knows about one worker.
type WorkerStatus struct {
	Endpoint   string         `json:"endpoint"`
	Signer     common.Address `json:"signer"`
	Healthy    bool           `json:"healthy"`
	InFlight   int            `json:"inFlight"`
	Successes  int64          `json:"successes"`
	Failures   int64          `json:"failures"` // every failed call
	Timeouts   int64          `json:"timeouts"`
	BadAnswers int64          `json:"badAnswers"` // malformed or wrongly signed
	Disagreed  int64          `json:"disagreed"`  // signed an output the others did not
	LatencyMs  float64        `json:"latencyMs"`  // moving average of successful calls
	LastError  string         `json:"lastError,omitempty"`
	CoolUntil  time.Time      `json:"coolUntil,omitzero"`
	AttestedAt time.Time      `json:"attestedAt,omitzero"`
}

type worker struct {
	WorkerStatus
	consecutive int
	attested    map[attest.Expectation]time.Time
	notServing  map[attest.Expectation]time.Time // attested, but not these weights
	eligible    map[eligKey]eligEntry
}

type eligKey struct {
	runtime, weights common.Hash
	minStake         string
}

type eligEntry struct {
	ok bool
	at time.Time
}

// Pool is the set of workers this relayer dispatches to, with what it has
// checked about each and their counts. It is safe for concurrent use.
type Pool struct {
	cfg     PoolConfig
	reg     Registry
	ver     attest.Verifier
	workers Workers

	mu   sync.Mutex
	byEP map[string]*worker
}

// NewPool returns an empty pool.
func NewPool(cfg PoolConfig, reg Registry, ver attest.Verifier, workers Workers) *Pool {
	return &Pool{cfg: cfg.withDefaults(), reg: reg, ver: ver, workers: workers, byEP: make(map[string]*worker)}
}

// Add registers a worker endpoint: it challenges the worker with a fresh
// nonce, requires the signer to be registered on chain, and verifies the
// report against the chain's record of the worker (its runtime and weights).
func (p *Pool) Add(ctx context.Context, endpoint string) (WorkerStatus, error) {
	u, err := url.Parse(endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return WorkerStatus{}, fmt.Errorf("%w: %q: want an http(s) URL", ErrBadEndpoint, endpoint)
	}
	nonce := freshNonce()
	rep, err := p.workers.Attest(ctx, endpoint, nonce)
	if err != nil {
		return WorkerStatus{}, fmt.Errorf("%w: %s: %v", ErrAttestation, endpoint, err)
	}
	info, err := p.reg.Worker(ctx, rep.Signer)
	if err != nil {
		return WorkerStatus{}, err
	}
	if !contracts.Registered(info) {
		return WorkerStatus{}, fmt.Errorf("%w: signer %s (operator %s, unbonding at %d, slashed %v)",
			ErrNotRegistered, rep.Signer, info.Operator, info.UnbondingEndsAt, info.Slashed)
	}
	want := attest.Expectation{RuntimeMeasurement: info.Attestation.RuntimeMeasurement, WeightsHash: info.Attestation.WeightsHash}
	if err := p.ver.Verify(ctx, rep, nonce, want); err != nil {
		return WorkerStatus{}, fmt.Errorf("%w: %s: %w", ErrAttestation, endpoint, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	w, ok := p.byEP[endpoint]
	if !ok || w.Signer != rep.Signer {
		w = &worker{attested: map[attest.Expectation]time.Time{}, notServing: map[attest.Expectation]time.Time{}, eligible: map[eligKey]eligEntry{}}
		w.Endpoint, w.Signer = endpoint, rep.Signer
		p.byEP[endpoint] = w
	}
	now := time.Now()
	w.attested[want] = now
	w.AttestedAt = now
	return p.status(w, now), nil
}

// Remove drops a worker endpoint.
func (p *Pool) Remove(endpoint string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.byEP[endpoint]; !ok {
		return fmt.Errorf("%w: %s", ErrUnknownWorker, endpoint)
	}
	delete(p.byEP, endpoint)
	return nil
}

// List returns every worker, by endpoint.
func (p *Pool) List() []WorkerStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	out := make([]WorkerStatus, 0, len(p.byEP))
	for _, w := range p.byEP {
		out = append(out, p.status(w, now))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Endpoint < out[j].Endpoint })
	return out
}

// Healthy counts workers in rotation (for readiness).
func (p *Pool) Healthy() int {
	n := 0
	for _, w := range p.List() {
		if w.Healthy {
			n++
		}
	}
	return n
}

func (p *Pool) status(w *worker, now time.Time) WorkerStatus {
	s := w.WorkerStatus
	s.Healthy = !now.Before(w.CoolUntil)
	return s
}

// candidate is a worker picked for one job.
type candidate struct {
	endpoint string
	signer   common.Address
}

// Eligible returns the workers that may serve the terms, best first: in
// rotation, eligible on chain (registered, bonded, enough stake, attested
// runtime and weights as the request's version needs) and attested to this
// relayer with a fresh nonce within AttestTTL. Checks that are not cached
// run now, concurrently.
func (p *Pool) Eligible(ctx context.Context, t *Terms) []candidate {
	now := time.Now()
	want := attest.Expectation{RuntimeMeasurement: t.Runtime, WeightsHash: t.WeightsHash}
	key := eligKey{t.Runtime, t.WeightsHash, bigString(t.MinStake)}
	type check struct {
		c                    candidate
		needChain, needTests bool
	}
	var checks []check
	var ready []candidate
	p.mu.Lock()
	for _, w := range p.byEP {
		if now.Before(w.CoolUntil) {
			continue
		}
		e, okE := w.eligible[key]
		chainFresh := okE && now.Sub(e.at) < p.cfg.EligibleTTL
		if chainFresh && !e.ok {
			continue
		}
		if at, ok := w.notServing[want]; ok && now.Sub(at) < p.cfg.AttestTTL {
			continue
		}
		at, okA := w.attested[want]
		attFresh := okA && now.Sub(at) < p.cfg.AttestTTL
		c := candidate{w.Endpoint, w.Signer}
		if chainFresh && attFresh {
			ready = append(ready, c)
			continue
		}
		checks = append(checks, check{c, !chainFresh, !attFresh})
	}
	p.mu.Unlock()

	if len(checks) > 0 {
		var wg sync.WaitGroup
		var mu sync.Mutex
		for _, ch := range checks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if ch.needChain && !p.checkChain(ctx, ch.c, key, t) {
					return
				}
				if ch.needTests && !p.checkAttestation(ctx, ch.c, want) {
					return
				}
				mu.Lock()
				ready = append(ready, ch.c)
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	p.rank(ready)
	return ready
}

func (p *Pool) checkChain(ctx context.Context, c candidate, key eligKey, t *Terms) bool {
	ok, err := p.reg.IsEligible(ctx, c.signer, t.Runtime, t.WeightsHash, t.MinStake)
	if err != nil {
		return false // the RPC failed: not cached, asked again next job
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if w, found := p.byEP[c.endpoint]; found {
		w.eligible[key] = eligEntry{ok, time.Now()}
	}
	return ok
}

func (p *Pool) checkAttestation(ctx context.Context, c candidate, want attest.Expectation) bool {
	nonce := freshNonce()
	rep, err := p.workers.Attest(ctx, c.endpoint, nonce)
	if err == nil && rep.Signer != c.signer {
		err = fmt.Errorf("%w: the worker's key changed from %s to %s", ErrAttestation, c.signer, rep.Signer)
	}
	if err == nil {
		err = p.ver.Verify(ctx, rep, nonce, want)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	w, found := p.byEP[c.endpoint]
	if !found {
		return false
	}
	if errors.Is(err, attest.ErrWeights) && rep != nil && !serves(rep, want.WeightsHash) {
		// A sound worker that does not serve these weights: not a fault.
		w.notServing[want] = time.Now()
		return false
	}
	if err != nil {
		p.failLocked(w, fmt.Errorf("attestation: %w", err))
		return false
	}
	now := time.Now()
	w.attested[want] = now
	w.AttestedAt = now
	return true
}

func serves(r *attest.Report, weights common.Hash) bool {
	for _, m := range r.Models {
		if m.WeightsHash == weights {
			return true
		}
	}
	return false
}

// rank orders candidates: fewest jobs in flight, then fastest, then by
// endpoint.
func (p *Pool) rank(cs []candidate) {
	p.mu.Lock()
	defer p.mu.Unlock()
	load := func(c candidate) (int, float64) {
		if w, ok := p.byEP[c.endpoint]; ok {
			return w.InFlight, w.LatencyMs
		}
		return 1 << 30, 0
	}
	sort.SliceStable(cs, func(i, j int) bool {
		fi, li := load(cs[i])
		fj, lj := load(cs[j])
		if fi != fj {
			return fi < fj
		}
		if li != lj {
			return li < lj
		}
		return cs[i].endpoint < cs[j].endpoint
	})
}

// outcome is how one worker call went.
type outcome int

const (
	outcomeOK outcome = iota
	outcomeTimeout
	outcomeBadAnswer
	outcomeDisagreed
	outcomeFailed
)

func (o outcome) String() string {
	return [...]string{"ok", "timeout", "bad_answer", "disagreed", "failed"}[o]
}

func (p *Pool) begin(endpoint string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if w, ok := p.byEP[endpoint]; ok {
		w.InFlight++
	}
}

// end ends a call that was cut short, with no verdict on the worker.
func (p *Pool) end(endpoint string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if w, ok := p.byEP[endpoint]; ok {
		w.InFlight--
	}
}

// record ends a call: counts, latency, and cooling after repeated failures.
func (p *Pool) record(endpoint string, o outcome, latency time.Duration, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	w, ok := p.byEP[endpoint]
	if !ok {
		return
	}
	w.InFlight--
	switch o {
	case outcomeOK:
		w.Successes++
		w.consecutive = 0
		ms := float64(latency) / float64(time.Millisecond)
		if w.LatencyMs == 0 {
			w.LatencyMs = ms
		} else {
			w.LatencyMs = 0.8*w.LatencyMs + 0.2*ms
		}
		return
	case outcomeTimeout:
		w.Timeouts++
	case outcomeBadAnswer:
		w.BadAnswers++
	case outcomeDisagreed:
		w.Disagreed++
	}
	p.failLocked(w, err)
}

// disagreed counts an answer that was valid but lost the vote.
func (p *Pool) disagreed(endpoint string, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if w, ok := p.byEP[endpoint]; ok {
		w.Disagreed++
		p.failLocked(w, err)
	}
}

func (p *Pool) failLocked(w *worker, err error) {
	w.Failures++
	w.consecutive++
	if err != nil {
		w.LastError = err.Error()
	}
	if w.consecutive >= p.cfg.FailuresToCool {
		w.CoolUntil = time.Now().Add(p.cfg.Cooldown)
		w.consecutive = 0
		// Coming back, it is checked again from scratch.
		w.attested = map[attest.Expectation]time.Time{}
	}
}

// WorkerChanged forgets what the chain said about a worker (the watcher's
// Handler): it is asked again before the next job.
func (p *Pool) WorkerChanged(e *contracts.WorkerChanged) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, w := range p.byEP {
		if w.Signer == e.Signer {
			w.eligible = map[eligKey]eligEntry{}
		}
	}
}

// ModelChanged is a no-op: eligibility is keyed by the request's own
// weights and runtime, so a new version needs no invalidation; workers are
// attested for it on its first request.
func (p *Pool) ModelChanged(*contracts.ModelChanged) {}

func freshNonce() common.Hash {
	var n common.Hash
	_, _ = rand.Read(n[:]) // crypto/rand.Read never fails (Go 1.24+)
	return n
}

func bigString(b *big.Int) string {
	if b == nil {
		return "0"
	}
	return b.String()
}
