// Package jobs connects the batcher to the relayer's job queue: it leases the
// jobs whose results are collected, turns each into a fulfil item (the
// request's terms read from its InferenceRequested event, the agreeing
// workers' signatures in ascending signer order) and records each outcome as
// the queue's state change under the job's lease.
//
// It owns no Redis key (package queue does) and sends nothing (the batcher
// and txmgr do).
package jobs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/relayer/queue"
)

// Terms gives the full terms of a job's request, which fulfil passes back
// to the coordinator.
type Terms interface {
	Terms(ctx context.Context, job *queue.Job) (bindings.InferenceRequest, error)
}

// Config tunes a Source.
type Config struct {
	// Consumer names this oracle process to the queue. Required.
	Consumer string
	// FulfilGasOverhead is the coordinator's per-result gas overhead (its
	// config), the base of each result's gas weight.
	FulfilGasOverhead uint32
	// OutputURI gives where the relayer's API serves a request's output, for
	// outputs over the version's maxOutputBytes (delivered by reference).
	// Nil refuses such outputs.
	OutputURI func(requestID common.Hash) string
	// Logger receives key/value logs; default slog.Default().
	Logger *slog.Logger
}

// Source is a batcher.Source and batcher.Store over the job queue.
type Source struct {
	q     *queue.Queue
	coord *batcher.CoordinatorContract
	terms Terms
	cfg   Config
	log   *slog.Logger

	mu     sync.Mutex
	leases map[common.Hash]*queue.Lease // jobs handed to the batcher
	// leaseOps serialises the queue calls that update a lease (Extend and
	// MarkSubmitted write its expiry).
	leaseOps sync.Mutex
}

var (
	_ batcher.Source[bindings.InferenceResult] = (*Source)(nil)
	_ batcher.Store                            = (*Source)(nil)
)

// New makes a source over q for the coordinator coord.
func New(q *queue.Queue, coord *batcher.CoordinatorContract, terms Terms, cfg Config) (*Source, error) {
	if q == nil || coord == nil || terms == nil {
		return nil, errors.New("jobs: queue, coordinator and terms are required")
	}
	if cfg.Consumer == "" {
		return nil, errors.New("jobs: Consumer must name this oracle process")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Source{q: q, coord: coord, terms: terms, cfg: cfg, log: cfg.Logger,
		leases: map[common.Hash]*queue.Lease{}}, nil
}

// Next leases up to max jobs with collected results and returns their items.
// A job that cannot become an item is failed (bad data) or retried (the
// chain could not be read) in the queue, and left out.
func (s *Source) Next(ctx context.Context, max int, wait time.Duration) ([]batcher.Item[bindings.InferenceResult], error) {
	ds, err := s.q.NextSettlements(ctx, s.cfg.Consumer, max, wait)
	if err != nil {
		return nil, err
	}
	// Each item reads its request's terms from the chain: read them side by
	// side (a batch of 50 read one after another takes longer than a block).
	built := make([]batcher.Item[bindings.InferenceResult], len(ds))
	errs := make([]error, len(ds))
	sem := make(chan struct{}, itemReaders)
	var wg sync.WaitGroup
	for i, d := range ds {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			built[i], errs[i] = s.item(ctx, d.Job)
		})
	}
	wg.Wait()
	var items []batcher.Item[bindings.InferenceResult]
	for i, d := range ds {
		if errs[i] != nil {
			s.giveBack(ctx, d.Lease, errs[i])
			continue
		}
		lease := d.Lease
		s.mu.Lock()
		s.leases[built[i].RequestID] = &lease
		s.mu.Unlock()
		items = append(items, built[i])
	}
	return items, nil
}

// itemReaders bounds the chain reads of one Next.
const itemReaders = 16

// errNoLease: the source holds no lease on the job (recorded, or never
// leased by it).
var errNoLease = errors.New("jobs: no lease held")

// errBadJob marks a job that no retry can turn into a valid fulfil.
var errBadJob = errors.New("jobs: job cannot be settled")

func (s *Source) giveBack(ctx context.Context, l queue.Lease, err error) {
	log := s.log.With("request", l.RequestID, "err", err)
	if errors.Is(err, errBadJob) {
		log.Warn("failing a job that cannot be settled")
		err = s.q.Fail(ctx, l, err.Error())
	} else {
		log.Info("retrying a job later")
		_, err = s.q.Retry(ctx, l, err.Error())
	}
	if err != nil {
		log.Warn("giving a job back to the queue", "queueErr", err)
	}
}

// item builds a job's fulfil item.
func (s *Source) item(ctx context.Context, job *queue.Job) (batcher.Item[bindings.InferenceResult], error) {
	var none batcher.Item[bindings.InferenceResult]
	rid := job.Request.RequestID
	if job.Results == nil {
		return none, fmt.Errorf("%w: no results", errBadJob)
	}
	terms, err := s.terms.Terms(ctx, job)
	if err != nil {
		return none, err
	}
	sigs, err := signatures(job.Results.Workers)
	if err != nil {
		return none, err
	}
	res := bindings.InferenceResult{Request: terms, Signatures: sigs}
	out := job.Results.Output
	if h := job.Results.OutputHash; h != (common.Hash{}) && h != crypto.Keccak256Hash(out) {
		return none, fmt.Errorf("%w: output does not hash to the agreed %s", errBadJob, h)
	}
	if uint64(len(out)) <= uint64(terms.MaxOutputBytes) {
		res.Output = out
	} else {
		if s.cfg.OutputURI == nil {
			return none, fmt.Errorf("%w: output of %d bytes is over the %d-byte cap and no output URI is configured",
				errBadJob, len(out), terms.MaxOutputBytes)
		}
		res.OutputHash = crypto.Keccak256Hash(out)
		res.OutputUri = s.cfg.OutputURI(rid)
	}
	it, err := s.coord.Item(rid, res, s.cfg.FulfilGasOverhead)
	if err != nil {
		return none, fmt.Errorf("%w: %v", errBadJob, err)
	}
	// A transaction recorded for it (by this or an earlier run, before a
	// crash or a reorg) may have settled it: the batcher reads its status.
	it.Resumed = len(job.TxHashes) > 0 || job.Reopened > 0
	return it, nil
}

// signatures concatenates the agreeing workers' signatures in strictly
// ascending signer order, as the coordinator demands.
func signatures(ws []queue.WorkerResult) ([]byte, error) {
	var agreed []queue.WorkerResult
	for _, w := range ws {
		if w.Agreed {
			if len(w.Signature) != 65 {
				return nil, fmt.Errorf("%w: worker %s's signature is %d bytes, not 65", errBadJob, w.Worker, len(w.Signature))
			}
			agreed = append(agreed, w)
		}
	}
	if len(agreed) == 0 {
		return nil, fmt.Errorf("%w: no agreeing worker", errBadJob)
	}
	slices.SortFunc(agreed, func(a, b queue.WorkerResult) int { return bytes.Compare(a.Worker[:], b.Worker[:]) })
	var sigs []byte
	for i, w := range agreed {
		if i > 0 && w.Worker == agreed[i-1].Worker {
			return nil, fmt.Errorf("%w: worker %s agreed twice", errBadJob, w.Worker)
		}
		sigs = append(sigs, w.Signature...)
	}
	return sigs, nil
}

// Submitting records tx on each job before it is sent. A lost lease means
// another oracle holds the job: the error keeps tx unsent.
func (s *Source) Submitting(ctx context.Context, ids []common.Hash, tx common.Hash) error {
	for _, id := range ids {
		if err := s.withLease(id, func(l *queue.Lease) error { return s.q.MarkSubmitted(ctx, l, tx) }); err != nil {
			return err
		}
	}
	return nil
}

// Record moves the job to where its outcome puts it:
//
//	settled           -> settled (needs no lease)
//	rejected, expired -> failed, with the reason
//	held, retry       -> back to the queue after its backoff
//	unknown           -> left submitted: when its lease ends, whoever takes
//	                     it reads the chain before sending anything
func (s *Source) Record(ctx context.Context, o batcher.Outcome) error {
	defer s.forget(o.RequestID)
	switch o.Kind {
	case batcher.Settled:
		return s.q.MarkSettled(ctx, o.RequestID, o.Tx)
	case batcher.Unknown:
		return nil
	case batcher.Rejected, batcher.Expired:
		return s.withLease(o.RequestID, func(l *queue.Lease) error {
			return s.q.Fail(ctx, *l, string(o.Kind)+": "+o.Reason)
		})
	default:
		return s.withLease(o.RequestID, func(l *queue.Lease) error {
			_, err := s.q.Retry(ctx, *l, string(o.Kind)+": "+o.Reason)
			return err
		})
	}
}

// KeepLeases extends every lease the source holds, each `every`, until ctx
// ends: run it beside the batcher with `every` well under the queue's
// SettleLease, so that jobs waiting for their receipts stay this oracle's.
// The leases are extended in pipelined batches (one round trip per
// extendBatch of them), so thousands in flight take milliseconds. A lease
// found lost is dropped (another oracle has the job).
func (s *Source) KeepLeases(ctx context.Context, every time.Duration) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		s.extendAll(ctx)
	}
}

// extendBatch bounds one pipeline of lease extensions.
const extendBatch = 500

func (s *Source) extendAll(ctx context.Context) {
	s.leaseOps.Lock()
	defer s.leaseOps.Unlock()
	s.mu.Lock()
	ids := make([]common.Hash, 0, len(s.leases))
	ls := make([]*queue.Lease, 0, len(s.leases))
	for id, l := range s.leases {
		ids, ls = append(ids, id), append(ls, l)
	}
	s.mu.Unlock()
	for i := 0; i < len(ls); i += extendBatch {
		j := min(i+extendBatch, len(ls))
		for k, err := range s.q.ExtendBatch(ctx, ls[i:j]) {
			id := ids[i+k]
			if err != nil && !s.holds(id) {
				continue // recorded meanwhile: its lease ended with it
			}
			if errors.Is(err, queue.ErrLeaseLost) || errors.Is(err, queue.ErrNotFound) {
				s.log.Warn("lease lost; another consumer has the job", "request", id, "err", err)
				s.forget(id)
			} else if err != nil && ctx.Err() == nil {
				s.log.Warn("extending a lease", "request", id, "err", err)
			}
		}
	}
}

// Release hands a job this source leased back to the queue at once, without
// counting an attempt: for a graceful shutdown, and only for a job whose
// transaction was never sent (a released job goes back to results_collected
// even when submitted).
func (s *Source) Release(ctx context.Context, id common.Hash, reason string) error {
	defer s.forget(id)
	return s.withLease(id, func(l *queue.Lease) error { return s.q.Release(ctx, *l, reason) })
}

// withLease runs fn on the job's lease, one lease operation at a time.
func (s *Source) withLease(id common.Hash, fn func(*queue.Lease) error) error {
	s.leaseOps.Lock()
	defer s.leaseOps.Unlock()
	s.mu.Lock()
	l := s.leases[id]
	s.mu.Unlock()
	if l == nil {
		return fmt.Errorf("%w: request %s", errNoLease, id)
	}
	return fn(l)
}

func (s *Source) holds(id common.Hash) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.leases[id] != nil
}

func (s *Source) forget(id common.Hash) {
	s.mu.Lock()
	delete(s.leases, id)
	s.mu.Unlock()
}

// StoredTerms gives the terms the relayer's watcher stored with the job
// (queue.Request carries the whole InferenceRequest) when they hash to the
// job's request id, which commits to every term, so no chain read is
// needed; otherwise (a watcher that left terms out) it asks Fallback.
type StoredTerms struct {
	Coordinator *batcher.CoordinatorContract
	Fallback    Terms
}

// Terms implements Terms.
func (st StoredTerms) Terms(ctx context.Context, job *queue.Job) (bindings.InferenceRequest, error) {
	r := job.Request
	if r.Deadline > 0 && r.ModelID != nil && r.Fee != nil && r.GasPrepaid != nil && r.MinWorkerStake != nil {
		tm := bindings.InferenceRequest{
			Requester: r.Requester, Nonce: r.Nonce, Deadline: new(big.Int).SetUint64(r.Deadline),
			CallbackGasLimit: uint32(r.CallbackGasLimit), ModelId: r.ModelID, ModelVersion: r.ModelVersion,
			MaxTokens: r.MaxTokens, PromptHash: r.PromptHash, Token: r.FeeToken, Fee: r.Fee, GasPrepaid: r.GasPrepaid,
			WeightsHash: r.WeightsHash, RuntimeMeasurement: r.RuntimeMeasurement, MaxOutputBytes: r.MaxOutputBytes,
			K: r.K, MinWorkerStake: r.MinWorkerStake,
			Split: bindings.FeeSplit{WorkersBps: r.Split.WorkersBps, HoldersBps: r.Split.HoldersBps,
				DataPoolBps: r.Split.DataPoolBps, TreasuryBps: r.Split.TreasuryBps},
			Treasury: r.Treasury, Distributor: r.Distributor, DataPool: r.DataPool,
		}
		if id, err := st.Coordinator.RequestID(tm); err == nil && id == r.RequestID && uint64(tm.CallbackGasLimit) == r.CallbackGasLimit {
			return tm, nil
		}
	}
	if st.Fallback == nil {
		return bindings.InferenceRequest{}, fmt.Errorf("%w: request %s: the stored terms do not give its id", errBadJob, r.RequestID)
	}
	return st.Fallback.Terms(ctx, job)
}

// EventTerms reads a request's terms from its InferenceRequested event, at
// the transaction and log index the watcher recorded.
type EventTerms struct {
	Chain interface {
		TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	}
	Coordinator common.Address
}

// Terms implements Terms.
func (e EventTerms) Terms(ctx context.Context, job *queue.Job) (bindings.InferenceRequest, error) {
	req := job.Request
	r, err := e.Chain.TransactionReceipt(ctx, req.TxHash)
	if err != nil {
		return bindings.InferenceRequest{}, fmt.Errorf("jobs: request %s: receipt of %s: %w", req.RequestID, req.TxHash, err)
	}
	c := bindings.NewInferenceCoordinator()
	for _, l := range r.Logs {
		if l.Index != req.LogIndex || l.Address != e.Coordinator {
			continue
		}
		ev, err := c.UnpackInferenceRequestedEvent(l)
		if err != nil {
			return bindings.InferenceRequest{}, fmt.Errorf("%w: request %s: log %d: %v", errBadJob, req.RequestID, l.Index, err)
		}
		if ev.RequestId != req.RequestID {
			return bindings.InferenceRequest{}, fmt.Errorf("%w: request %s: log %d is request %x", errBadJob, req.RequestID, l.Index, ev.RequestId)
		}
		return ev.Request, nil
	}
	return bindings.InferenceRequest{}, fmt.Errorf("%w: request %s: no InferenceRequested at log %d of %s", errBadJob, req.RequestID, req.LogIndex, req.TxHash)
}
