package txmgr

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics receives the manager's measurements. Implementations must be safe
// for concurrent use and must not block.
type Metrics interface {
	// RecordNonce is called with each nonce a Send takes.
	RecordNonce(nonce uint64)
	// RecordPublish is called after each eth_sendRawTransaction with the
	// version sent and the node's answer: "ok", "already_known",
	// "nonce_too_low", "underpriced", "rejected" or "unknown".
	RecordPublish(tx *types.Transaction, answer string)
	// RecordConfirmed is called when a receipt is confirmed, with the number
	// of versions published and the time since the first.
	RecordConfirmed(r *types.Receipt, versions int, latency time.Duration)
	// RecordInFlight is called with the number of nonces being followed.
	RecordInFlight(n int)
	// RecordRPCError counts failed calls to the node.
	RecordRPCError()
}

// NoMetrics discards every measurement.
type NoMetrics struct{}

func (NoMetrics) RecordNonce(uint64)                                 {}
func (NoMetrics) RecordPublish(*types.Transaction, string)           {}
func (NoMetrics) RecordConfirmed(*types.Receipt, int, time.Duration) {}
func (NoMetrics) RecordInFlight(int)                                 {}
func (NoMetrics) RecordRPCError()                                    {}

// PrometheusMetrics holds the managers' Prometheus collectors, labelled by
// the sending address; For gives each manager of a Pool its own view.
type PrometheusMetrics struct {
	nonce     *prometheus.GaugeVec
	published *prometheus.CounterVec
	feeCap    *prometheus.GaugeVec
	tip       *prometheus.GaugeVec
	confirmed *prometheus.CounterVec
	versions  *prometheus.HistogramVec
	latency   *prometheus.HistogramVec
	inFlight  *prometheus.GaugeVec
	rpcErrors *prometheus.CounterVec
}

// NewPrometheusMetrics registers the collectors on reg under namespace (for
// example "oracle") and subsystem "txmgr".
func NewPrometheusMetrics(reg prometheus.Registerer, namespace string) (*PrometheusMetrics, error) {
	const sub = "txmgr"
	from := []string{"from"}
	m := &PrometheusMetrics{
		nonce: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub,
			Name: "nonce", Help: "Last nonce taken by a send."}, from),
		published: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "published_total", Help: "Transactions sent to the node, by the node's answer."},
			[]string{"from", "answer"}),
		feeCap: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub,
			Name: "fee_cap_wei", Help: "Max fee per gas of the last version published."}, from),
		tip: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub,
			Name: "tip_cap_wei", Help: "Max priority fee per gas of the last version published."}, from),
		confirmed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "confirmed_total", Help: "Transactions confirmed, by receipt status."},
			[]string{"from", "status"}),
		versions: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Subsystem: sub,
			Name: "versions", Help: "Versions published per confirmed transaction (1 = no fee bump).",
			Buckets: []float64{1, 2, 3, 4, 6, 8, 12, 16}}, from),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Subsystem: sub,
			Name: "confirmation_seconds", Help: "Time from first publish to confirmation.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 10)}, from),
		inFlight: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub,
			Name: "in_flight", Help: "Nonces being followed."}, from),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "rpc_errors_total", Help: "Failed calls to the node."}, from),
	}
	for _, c := range []prometheus.Collector{m.nonce, m.published, m.feeCap, m.tip, m.confirmed,
		m.versions, m.latency, m.inFlight, m.rpcErrors} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// For returns the Metrics of the manager sending from addr.
func (m *PrometheusMetrics) For(addr common.Address) Metrics {
	return promView{m: m, from: addr.Hex()}
}

type promView struct {
	m    *PrometheusMetrics
	from string
}

func (v promView) RecordNonce(n uint64) { v.m.nonce.WithLabelValues(v.from).Set(float64(n)) }

func (v promView) RecordPublish(tx *types.Transaction, answer string) {
	v.m.published.WithLabelValues(v.from, answer).Inc()
	fc, _ := tx.GasFeeCap().Float64()
	tip, _ := tx.GasTipCap().Float64()
	v.m.feeCap.WithLabelValues(v.from).Set(fc)
	v.m.tip.WithLabelValues(v.from).Set(tip)
}

func (v promView) RecordConfirmed(r *types.Receipt, versions int, latency time.Duration) {
	status := "success"
	if r.Status != types.ReceiptStatusSuccessful {
		status = "reverted"
	}
	v.m.confirmed.WithLabelValues(v.from, status).Inc()
	v.m.versions.WithLabelValues(v.from).Observe(float64(versions))
	v.m.latency.WithLabelValues(v.from).Observe(latency.Seconds())
}

func (v promView) RecordInFlight(n int) { v.m.inFlight.WithLabelValues(v.from).Set(float64(n)) }
func (v promView) RecordRPCError()      { v.m.rpcErrors.WithLabelValues(v.from).Inc() }
