package main

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/jobs"
	"github.com/minidao/minidao/oracle/txmgr"
)

// metrics are the oracle's own collectors (txmgr registers its own).
type metrics struct {
	batches      *prometheus.CounterVec
	results      *prometheus.CounterVec
	gasPerResult prometheus.Histogram
	inFlight     prometheus.Gauge
	balance      *prometheus.GaugeVec
	followed     *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns = "minidao_oracle"
	m := &metrics{
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "batches_total",
			Help: "Fulfil transactions sent, by result: mined, reverted or error."}, []string{"result"}),
		results: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "results_total",
			Help: "Results by outcome: settled, rejected, held (prepaid gas short), expired, retry, unknown."}, []string{"outcome"}),
		gasPerResult: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "gas_per_result",
			Help:    "Gas used by a mined fulfil transaction divided by the results it carried.",
			Buckets: prometheus.ExponentialBuckets(20_000, 1.5, 12)}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "results_in_flight",
			Help: "Results leased from the queue and not yet recorded."}),
		balance: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "signer_balance_ether",
			Help: "Each signer's balance at the last /readyz."}, []string{"signer"}),
		followed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "followed_events_total",
			Help: "Settlement events the follower applied to the job store, reorgs, reconciliations and the jobs they reopened, refunded or withdrew."}, []string{"event"}),
	}
	for _, c := range []prometheus.Collector{m.batches, m.results, m.gasPerResult, m.inFlight, m.balance, m.followed} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// tracked wraps the job source to count what is in flight, to stop leasing
// on shutdown, and to know which jobs were never sent.
type tracked struct {
	src *jobs.Source
	m   *metrics

	mu       sync.Mutex
	sent     map[common.Hash]bool // leased jobs -> a transaction was recorded for it
	draining bool
	// drained ends when draining starts: it cuts short a blocking read of
	// the queue, so that nothing queued after the signal is leased.
	drained   context.Context
	stopReads context.CancelFunc
}

func newTracked(src *jobs.Source, m *metrics) *tracked {
	t := &tracked{src: src, m: m, sent: map[common.Hash]bool{}}
	t.drained, t.stopReads = context.WithCancel(context.Background())
	return t
}

func (t *tracked) Next(ctx context.Context, max int, wait time.Duration) ([]batcher.Item[bindings.InferenceResult], error) {
	t.mu.Lock()
	draining := t.draining
	t.mu.Unlock()
	if draining {
		select {
		case <-ctx.Done():
		case <-time.After(min(wait, 100*time.Millisecond)):
		}
		return nil, nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(t.drained, cancel)()
	items, err := t.src.Next(ctx, max, wait)
	if t.drained.Err() != nil && len(items) == 0 {
		err = nil // cut short by the drain
	}
	t.mu.Lock()
	for _, it := range items {
		t.sent[it.RequestID] = false
	}
	t.m.inFlight.Set(float64(len(t.sent)))
	t.mu.Unlock()
	return items, err
}

func (t *tracked) Submitting(ctx context.Context, ids []common.Hash, tx common.Hash) error {
	if err := t.src.Submitting(ctx, ids, tx); err != nil {
		return err
	}
	t.mu.Lock()
	for _, id := range ids {
		if _, ok := t.sent[id]; ok {
			t.sent[id] = true
		}
	}
	t.mu.Unlock()
	return nil
}

// Record records the outcome even when ctx has ended (a shutdown past its
// grace): a retry then hands the job back at once instead of leaving it
// leased until its lease expires.
func (t *tracked) Record(ctx context.Context, o batcher.Outcome) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	err := t.src.Record(ctx, o)
	t.m.results.WithLabelValues(string(o.Kind)).Inc()
	t.mu.Lock()
	delete(t.sent, o.RequestID)
	t.m.inFlight.Set(float64(len(t.sent)))
	t.mu.Unlock()
	return err
}

func (t *tracked) drain() {
	t.mu.Lock()
	t.draining = true
	t.mu.Unlock()
	t.stopReads()
}

func (t *tracked) inFlight() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.sent)
}

// idle is closed once nothing is in flight.
func (t *tracked) idle() <-chan struct{} {
	ch := make(chan struct{})
	go func() {
		for t.inFlight() > 0 {
			time.Sleep(50 * time.Millisecond)
		}
		close(ch)
	}()
	return ch
}

// unsent are the leased jobs for which no transaction was recorded.
func (t *tracked) unsent() []common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []common.Hash
	for id, sent := range t.sent {
		if !sent {
			out = append(out, id)
		}
	}
	return out
}

// countingSender counts fulfil batches and their gas per result.
type countingSender struct {
	next  txmgr.Sender
	coord *batcher.CoordinatorContract
	to    common.Address
	m     *metrics
}

func (s *countingSender) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	r, err := s.next.Send(ctx, c)
	if c.To == nil || *c.To != s.to {
		return r, err
	}
	switch {
	case err == nil:
		s.m.batches.WithLabelValues("mined").Inc()
		if out, oerr := s.coord.Outcomes(r); oerr == nil && len(out) > 0 {
			s.m.gasPerResult.Observe(float64(r.GasUsed) / float64(len(out)))
		}
	case errors.Is(err, txmgr.ErrReverted):
		s.m.batches.WithLabelValues("reverted").Inc()
	default:
		s.m.batches.WithLabelValues("error").Inc()
	}
	return r, err
}
