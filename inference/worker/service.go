package worker

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
)

// Config bounds the service. Zero values take the defaults in parentheses.
type Config struct {
	MaxConcurrent  int           // jobs running at once (1)
	MaxQueue       int           // jobs waiting for a slot beyond those (0: refuse at once)
	MaxPromptBytes int           // largest prompt (16384, the coordinator's usual cap)
	JobTimeout     time.Duration // longest a job runs, whatever its deadline (5 minutes)
	// ChainID and Coordinator, when set, are the only domain the worker signs
	// results for; a job for another is refused (422 wrong_domain).
	ChainID     *big.Int
	Coordinator common.Address
	// SignedMemory is how many recent request ids the worker remembers with
	// the output it signed, to refuse signing another output for one (100000).
	SignedMemory int
	// SignedLog, when set, is the file that keeps them across restarts
	// (64 bytes per signature, synced before the signature is handed out).
	SignedLog string
	// EngineGrace is how long the engine may take to return once a job's
	// context ended before the caller is answered without it (2 seconds).
	EngineGrace time.Duration
	// Now is the clock (time.Now); tests set it.
	Now func() time.Time
}

func (c *Config) defaults() {
	if c.MaxConcurrent == 0 {
		c.MaxConcurrent = 1
	}
	if c.MaxPromptBytes == 0 {
		c.MaxPromptBytes = 16384
	}
	if c.JobTimeout == 0 {
		c.JobTimeout = 5 * time.Minute
	}
	if c.SignedMemory == 0 {
		c.SignedMemory = 100000
	}
	if c.EngineGrace == 0 {
		c.EngineGrace = 2 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Service runs jobs on the loaded models and answers attestation challenges.
type Service struct {
	cfg      Config
	log      *slog.Logger
	key      *ecdsa.PrivateKey
	attester *attest.Attester
	models   map[modelKey]*Model
	served   []attest.Model // the report's models: distinct weights, with their records
	slots    *admission
	signed   *signedLog
	metrics  *metrics
	draining atomic.Bool
}

// New makes a service for loaded models. key is the worker's signing key,
// attester the attester over the same key; records (may be nil) are the
// countersigned records from `worker register`: those for other weights or
// another runtime are left out with a warning, one for another key is an error.
func New(cfg Config, log *slog.Logger, key *ecdsa.PrivateKey, attester *attest.Attester, models []*Model, records *Records) (*Service, error) {
	cfg.defaults()
	if cfg.MaxConcurrent < 0 || cfg.MaxQueue < 0 || cfg.MaxPromptBytes < 0 || cfg.JobTimeout < 0 || cfg.SignedMemory < 0 || cfg.EngineGrace < 0 {
		return nil, fmt.Errorf("worker: negative limit in %+v", cfg)
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	if attester.Address() != signer {
		return nil, fmt.Errorf("worker: the attester's key %s is not the signing key %s", attester.Address(), signer)
	}
	s := &Service{
		cfg: cfg, log: log, key: key, attester: attester,
		models: map[modelKey]*Model{},
		slots:  newAdmission(cfg.MaxConcurrent, cfg.MaxQueue),
	}
	if s.signed = newSignedLog(cfg.SignedMemory); cfg.SignedLog != "" {
		var err error
		if s.signed, err = openSignedLog(cfg.SignedLog, cfg.SignedMemory); err != nil {
			return nil, err
		}
	}
	s.metrics = newMetrics(s.slots.waiting)
	seen := map[common.Hash]bool{}
	for _, m := range models {
		s.models[keyOf(m.Spec.ModelID, m.Spec.Version)] = m
		if !seen[m.Spec.WeightsHash] {
			seen[m.Spec.WeightsHash] = true
			s.served = append(s.served, attest.Model{WeightsHash: m.Spec.WeightsHash})
		}
	}
	if records != nil {
		if err := s.attach(records); err != nil {
			s.signed.close()
			return nil, err
		}
	}
	s.metrics.modelsReady.Set(float64(len(s.models)))
	return s, nil
}

// attach puts each record on the served model with its weights.
func (s *Service) attach(r *Records) error {
	if r.Signer != s.attester.Address() {
		return fmt.Errorf("worker: the records file is for signer %s, this worker's key is %s: run `worker register` with this key", r.Signer, s.attester.Address())
	}
	for _, rm := range r.Models {
		attached := false
		for i := range s.served {
			if s.served[i].WeightsHash != rm.WeightsHash {
				continue
			}
			if rm.Record.RuntimeMeasurement != s.attester.Measurement() {
				s.log.Warn("attestation record for another runtime left out: the binary changed since `worker register`; run it again",
					"weightsHash", rm.WeightsHash, "recordRuntime", rm.Record.RuntimeMeasurement, "runtime", s.attester.Measurement())
				attached = true
				break
			}
			s.served[i].Record, s.served[i].VerifierSignature = rm.Record, rm.VerifierSignature
			attached = true
		}
		if !attached {
			s.log.Warn("attestation record for weights this worker does not serve left out", "weightsHash", rm.WeightsHash)
		}
	}
	return nil
}

// Close closes the signed log.
func (s *Service) Close() error { return s.signed.close() }

// Signer is the worker's signing address.
func (s *Service) Signer() common.Address { return s.attester.Address() }

// Ready reports whether the service takes jobs.
func (s *Service) Ready() error {
	if s.draining.Load() {
		return fmt.Errorf("%w: shutting down", ErrNotReady)
	}
	if len(s.models) == 0 {
		return fmt.Errorf("%w: no models loaded", ErrNotReady)
	}
	return nil
}

// Drain makes Ready fail, so that load balancers stop sending jobs before
// the server shuts down.
func (s *Service) Drain() { s.draining.Store(true) }

// Attestation answers a challenge with a report signed now.
func (s *Service) Attestation(nonce common.Hash) (*attest.Report, error) {
	r, err := s.attester.Report(nonce, append([]attest.Model(nil), s.served...))
	s.metrics.attestation.WithLabelValues(outcomeOf(err)).Inc()
	return r, err
}

// Run runs a job and signs its result. ctx is the caller's: when it ends,
// the job stops.
func (s *Service) Run(ctx context.Context, j *Job) (res *Result, err error) {
	defer func() { s.metrics.jobs.WithLabelValues(outcomeOf(err)).Inc() }()
	if err := j.check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	if len(j.Prompt) > s.cfg.MaxPromptBytes {
		return nil, fmt.Errorf("%w: prompt of %d bytes, at most %d", ErrBadRequest, len(j.Prompt), s.cfg.MaxPromptBytes)
	}
	m, ok := s.models[keyOf(j.ModelID, j.ModelVersion)]
	if !ok {
		return nil, fmt.Errorf("%w: model %s version %d", ErrUnknownModel, j.ModelID, j.ModelVersion)
	}
	if m.Spec.MaxTokens > 0 && int(j.MaxTokens) > m.Spec.MaxTokens {
		return nil, fmt.Errorf("%w: maxTokens %d above the version's %d", ErrBadRequest, j.MaxTokens, m.Spec.MaxTokens)
	}
	if c := s.cfg.ChainID; c != nil && (c.Cmp(j.ChainID.Int) != 0 || s.cfg.Coordinator != j.Coordinator) {
		return nil, fmt.Errorf("%w: job for chain %s coordinator %s, this worker signs for chain %s coordinator %s",
			ErrWrongDomain, j.ChainID, j.Coordinator, c, s.cfg.Coordinator)
	}
	deadline := time.Unix(int64(min(j.Deadline, 1<<62)), 0)
	now := s.cfg.Now()
	if !now.Before(deadline) {
		return nil, fmt.Errorf("%w: deadline %s, now %s", ErrDeadlinePassed, deadline.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	if limit := now.Add(s.cfg.JobTimeout); limit.Before(deadline) {
		deadline = limit
	}
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()

	queued := time.Now()
	release, err := s.slots.acquire(ctx)
	if err != nil {
		return nil, s.ctxErr(ctx, err)
	}
	s.metrics.inFlight.Inc()
	started := time.Now()
	s.metrics.queueTime.Observe(started.Sub(queued).Seconds())

	gen, err := s.generate(ctx, m, j, release)
	if err != nil {
		return nil, s.ctxErr(ctx, err)
	}
	t := Timings{QueuedMs: ms(started.Sub(queued))}
	if took := time.Since(started); took > 0 { // JSON has no Inf or NaN
		t.GenerateMs, t.TokensPerSecond = ms(took), float64(gen.Tokens)/took.Seconds()
	}
	return s.sign(j, m, gen, t)
}

// generate runs the engine and answers when it returns or when ctx ends,
// whichever comes first: a caller always hears back by its deadline. The
// slot is released only when the engine has returned (an engine that
// overruns its context keeps its slot, and the worker says so in its logs).
func (s *Service) generate(ctx context.Context, m *Model, j *Job, release func()) (Generation, error) {
	type outcome struct {
		gen Generation
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		gen, err := m.Gen.Generate(ctx, j.Prompt, Params{MaxTokens: int(j.MaxTokens), Seed: SeedOf(j.RequestID)})
		release()
		s.metrics.inFlight.Dec()
		done <- outcome{gen, err}
	}()
	select {
	case o := <-done:
		return o.gen, o.err
	case <-ctx.Done():
	}
	select {
	case o := <-done:
		return o.gen, o.err
	case <-time.After(s.cfg.EngineGrace):
		s.log.Warn("the engine did not stop with its job's context; its slot stays taken until it returns",
			"requestId", j.RequestID, "model", j.ModelID, "version", j.ModelVersion, "grace", s.cfg.EngineGrace.String())
		go func() {
			<-done
			s.log.Warn("the overrunning engine call returned", "requestId", j.RequestID)
		}()
		return Generation{}, ctx.Err()
	}
}

// ctxErr names why a job stopped when its context ended.
func (s *Service) ctxErr(ctx context.Context, err error) error {
	switch {
	case errors.Is(err, ErrBusy) || ctx.Err() == nil:
		return err
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	default:
		return fmt.Errorf("%w: %w", ErrCanceled, err)
	}
}

func (s *Service) sign(j *Job, m *Model, gen Generation, t Timings) (*Result, error) {
	outputHash := crypto.Keccak256Hash(gen.Output)
	domain := attest.CoordinatorDomain(j.ChainID.Int, j.Coordinator)
	// Equivocation is two outputs signed for one (coordinator, requestId, modelVersion).
	sep := domain.Separator()
	var version [4]byte
	binary.BigEndian.PutUint32(version[:], j.ModelVersion)
	if err := s.signed.record(crypto.Keccak256Hash(sep[:], j.RequestID[:], version[:]), j.RequestID, outputHash); err != nil {
		return nil, err
	}
	digest := attest.ResultDigest(domain, j.RequestID, j.ModelVersion, outputHash)
	sig, err := attest.Sign(s.key, digest)
	if err != nil {
		return nil, fmt.Errorf("worker: sign result: %w", err)
	}
	s.metrics.duration.Observe(t.GenerateMs / 1000)
	s.metrics.tokens.Add(float64(gen.Tokens))
	if t.GenerateMs > 0 {
		s.metrics.tokenRate.Observe(t.TokensPerSecond)
	}
	return &Result{
		RequestID: j.RequestID, ModelID: m.Spec.ModelID, ModelVersion: j.ModelVersion,
		Output: gen.Output, OutputHash: outputHash, Signature: sig, Signer: s.Signer(),
		FinishReason: gen.FinishReason,
		Tokens:       TokenCounts{Prompt: gen.PromptTokens, Generated: gen.Tokens},
		Timings:      t,
	}, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
