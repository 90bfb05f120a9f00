package api

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/minidao/minidao/relayer/queue"
)

// Metrics is the relayer's Prometheus metrics. It is the watcher's and the
// dispatcher's Metrics, and reads the queue's depth at each scrape.
type Metrics struct {
	Registry *prometheus.Registry

	seen, enqueued   prometheus.Counter
	outcomes         *prometheus.CounterVec
	reorgs           prometheus.Counter
	withdrawn        prometheus.Counter
	checkpoint, head prometheus.Gauge
	stage            *prometheus.HistogramVec
	workerCalls      *prometheus.CounterVec
	jobs             *prometheus.CounterVec
}

// StatsSource is the queue's snapshot for the depth gauges.
type StatsSource interface {
	Stats(ctx context.Context) (*queue.Stats, error)
}

// NewMetrics registers the metrics (and Go and process collectors) on a new
// registry; q may be nil.
func NewMetrics(q StatsSource) *Metrics {
	r := prometheus.NewRegistry()
	f := func(c prometheus.Collector) { r.MustRegister(c) }
	m := &Metrics{Registry: r}
	const ns = "minidao_relayer"
	m.seen = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "requests_seen_total", Help: "InferenceRequested events read (replays included)."})
	m.enqueued = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "requests_enqueued_total", Help: "Requests enqueued as new jobs."})
	m.outcomes = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "settlement_outcomes_total", Help: "Outcome events seen on chain: settled, refunded, rejected."}, []string{"outcome"})
	m.reorgs = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "reorgs_total", Help: "Reorgs handled by the watcher."})
	m.withdrawn = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "reorg_withdrawn_jobs_total", Help: "Jobs withdrawn because their request was reorged out."})
	m.checkpoint = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "checkpoint_block", Help: "Last block the watcher committed."})
	m.head = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "head_block", Help: "Last chain head the watcher saw."})
	m.stage = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: ns, Name: "stage_seconds", Help: "Latency per stage: enqueue_to_dispatch, worker_call, dispatch (lease to end).",
		Buckets: []float64{.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120},
	}, []string{"stage"})
	m.workerCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "worker_calls_total", Help: "Worker calls by worker and outcome (ok, timeout, bad_answer, disagreed, failed)."}, []string{"worker", "outcome"})
	m.jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "jobs_total", Help: "Dispatched jobs by how they ended: collected, retried, dead, failed, released, lost."}, []string{"outcome"})
	for _, c := range []prometheus.Collector{m.seen, m.enqueued, m.outcomes, m.reorgs, m.withdrawn, m.checkpoint, m.head, m.stage, m.workerCalls, m.jobs,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{})} {
		f(c)
	}
	if q != nil {
		f(&queueCollector{q: q})
	}
	return m
}

// RequestsSeen implements watcher.Metrics.
func (m *Metrics) RequestsSeen(total, created int) {
	m.seen.Add(float64(total))
	m.enqueued.Add(float64(created))
}

// Outcome implements watcher.Metrics.
func (m *Metrics) Outcome(o string) { m.outcomes.WithLabelValues(o).Inc() }

// Reorg implements watcher.Metrics.
func (m *Metrics) Reorg(_ uint64, withdrawn int) {
	m.reorgs.Inc()
	m.withdrawn.Add(float64(withdrawn))
}

// Checkpoint implements watcher.Metrics.
func (m *Metrics) Checkpoint(number, head uint64) {
	m.checkpoint.Set(float64(number))
	m.head.Set(float64(head))
}

// Dispatched implements dispatcher.Metrics.
func (m *Metrics) Dispatched(wait time.Duration) {
	m.stage.WithLabelValues("enqueue_to_dispatch").Observe(wait.Seconds())
}

// WorkerCall implements dispatcher.Metrics.
func (m *Metrics) WorkerCall(endpoint, outcome string, latency time.Duration) {
	m.workerCalls.WithLabelValues(endpoint, outcome).Inc()
	if outcome == "ok" {
		m.stage.WithLabelValues("worker_call").Observe(latency.Seconds())
	}
}

// JobDone implements dispatcher.Metrics.
func (m *Metrics) JobDone(outcome string, took time.Duration) {
	m.jobs.WithLabelValues(outcome).Inc()
	m.stage.WithLabelValues("dispatch").Observe(took.Seconds())
}

// queueCollector reads the queue's depth at scrape time.
type queueCollector struct{ q StatsSource }

var (
	descWaiting  = prometheus.NewDesc("minidao_relayer_queue_waiting", "Jobs waiting in a stream (not yet leased).", []string{"stream"}, nil)
	descInFlight = prometheus.NewDesc("minidao_relayer_queue_in_flight", "Jobs leased and not finished.", []string{"stream"}, nil)
	descDelayed  = prometheus.NewDesc("minidao_relayer_queue_delayed", "Jobs waiting out a retry backoff.", []string{"stream"}, nil)
	descLag      = prometheus.NewDesc("minidao_relayer_queue_oldest_waiting_seconds", "Age of the oldest waiting job.", []string{"stream"}, nil)
	descDead     = prometheus.NewDesc("minidao_relayer_queue_dead_letters", "Entries in the dead-letter stream.", nil, nil)
	descStates   = prometheus.NewDesc("minidao_relayer_jobs", "Jobs per state (a running total for the final states).", []string{"state"}, nil)
	descUp       = prometheus.NewDesc("minidao_relayer_queue_up", "Whether the last scrape could read the queue.", nil, nil)
)

func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descWaiting, descInFlight, descDelayed, descLag, descDead, descStates, descUp} {
		ch <- d
	}
}

func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := c.q.Stats(ctx)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 1)
	emit := func(name string, s queue.StreamStats) {
		ch <- prometheus.MustNewConstMetric(descWaiting, prometheus.GaugeValue, float64(s.Waiting), name)
		ch <- prometheus.MustNewConstMetric(descInFlight, prometheus.GaugeValue, float64(s.InFlight), name)
		ch <- prometheus.MustNewConstMetric(descDelayed, prometheus.GaugeValue, float64(s.Delayed), name)
		ch <- prometheus.MustNewConstMetric(descLag, prometheus.GaugeValue, s.OldestWaiting.Seconds(), name)
	}
	for model, s := range st.Models {
		emit("model:"+model, s)
	}
	emit("settle", st.Settle)
	ch <- prometheus.MustNewConstMetric(descDead, prometheus.GaugeValue, float64(st.DeadLetters))
	for state, n := range st.States {
		ch <- prometheus.MustNewConstMetric(descStates, prometheus.GaugeValue, float64(n), string(state))
	}
}
