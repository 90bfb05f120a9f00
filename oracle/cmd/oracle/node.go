package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/keys"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/follower"
	"github.com/minidao/minidao/oracle/jobs"
	"github.com/minidao/minidao/oracle/txmgr"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/settings"
)

// node is the wired oracle: one of each component, a transaction manager
// per signer key.
type node struct {
	cfg         Config
	log         *slog.Logger
	eth         *ethclient.Client
	rdb         redis.UniversalClient
	q           *queue.Queue
	coordinator common.Address
	managers    []*txmgr.Manager
	pool        *txmgr.Pool
	src         *jobs.Source
	tracked     *tracked
	batcher     *batcher.Batcher[bindings.InferenceResult]
	follower    *follower.Follower
	metrics     *metrics
	reg         *prometheus.Registry
	minBalance  *big.Int
	reconciled  chan struct{}
	srv         *http.Server
	ln          net.Listener
}

func newNode(ctx context.Context, cfg Config, log *slog.Logger) (n *node, err error) {
	n = &node{cfg: cfg, log: log, reconciled: make(chan struct{})}
	defer func() {
		if err != nil {
			n.close()
		}
	}()
	dial, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	var chainID *big.Int
	if n.eth, chainID, err = settings.DialNode(dial, cfg.RPCURL, cfg.ChainID); err != nil {
		return nil, err
	}

	if n.coordinator, err = coordinatorAddress(cfg, chainID.Uint64()); err != nil {
		return nil, err
	}
	cb := bindings.NewInferenceCoordinator()
	ccfg, err := bindBack(dial, n.eth, n.coordinator, cb.PackConfig(), cb.UnpackConfig)
	if err != nil {
		return nil, fmt.Errorf("coordinator %s: reading its config (is it an InferenceCoordinator on chain %d?): %w", n.coordinator, chainID, err)
	}

	opt, err := redis.ParseURL(cfg.RedisURL)
	if err != nil {
		return nil, fmt.Errorf("redis_url: %w", err)
	}
	n.rdb = redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs: []string{opt.Addr}, Username: opt.Username, Password: opt.Password, DB: opt.DB, TLSConfig: opt.TLSConfig,
	})
	if n.q, err = queue.New(n.rdb, queue.Config{Namespace: cfg.Namespace, SettleLease: cfg.settleLease()}); err != nil {
		return nil, err
	}
	if err := n.q.Ping(dial); err != nil {
		return nil, fmt.Errorf("redis_url: %w", err)
	}

	n.reg = prometheus.NewRegistry()
	n.reg.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	tm, err := txmgr.NewPrometheusMetrics(n.reg, "minidao_oracle")
	if err != nil {
		return nil, err
	}
	if n.metrics, err = newMetrics(n.reg); err != nil {
		return nil, err
	}

	signers, err := loadSigners(cfg, chainID.Uint64())
	if err != nil {
		return nil, err
	}
	maxFee, _ := wei(cfg.MaxFeeCapWei)
	var minTip *big.Int
	if cfg.MinTipWei != "" {
		minTip, _ = wei(cfg.MinTipWei)
	}
	n.minBalance = big.NewInt(1e16)
	if cfg.MinBalance != "" {
		n.minBalance, _ = wei(cfg.MinBalance)
	}
	for _, k := range signers {
		from, sign := txmgr.PrivateKeySigner(k.Private, chainID)
		m, err := txmgr.New(ctx, txmgr.Config{
			MaxFeeCap: maxFee, MinTipCap: minTip, NumConfirmations: cfg.Confirmations,
			ResubmitAfter: cfg.ResubmitAfter.D(), PollInterval: cfg.PollInterval.D(),
			Logger: log.With("signer", from), Metrics: tm.For(from),
		}, n.eth, from, sign)
		if err != nil {
			return nil, fmt.Errorf("signer %s: %w", k, err)
		}
		n.managers = append(n.managers, m)
	}
	if n.pool, err = txmgr.NewPool(n.managers...); err != nil {
		return nil, err
	}

	coord, err := batcher.NewCoordinatorContract(n.coordinator, chainID, n.eth)
	if err != nil {
		return nil, err
	}
	consumer := cfg.Consumer
	if consumer == "" {
		host, _ := os.Hostname()
		consumer = host + "-" + strconv.Itoa(os.Getpid())
	}
	jcfg := jobs.Config{Consumer: consumer, FulfilGasOverhead: ccfg.FulfilGasOverhead, Logger: log}
	if base := strings.TrimRight(cfg.OutputURL, "/"); base != "" {
		jcfg.OutputURI = func(id common.Hash) string { return base + "/v1/requests/" + id.Hex() + "/output" }
	}
	if n.src, err = jobs.New(n.q, coord, jobs.StoredTerms{Coordinator: coord,
		Fallback: jobs.EventTerms{Chain: n.eth, Coordinator: n.coordinator}}, jcfg); err != nil {
		return nil, err
	}
	n.tracked = newTracked(n.src, n.metrics)
	send := &countingSender{next: n.pool, coord: coord, to: n.coordinator, m: n.metrics}
	inFlight := cfg.MaxInFlight
	if inFlight == 0 {
		head, err := n.eth.HeaderByNumber(dial, nil)
		if err != nil {
			return nil, fmt.Errorf("rpc_url: reading the block gas limit: %w", err)
		}
		inFlight = inFlightFor(head.GasLimit, cfg.BatchSize)
		log.Info("max_in_flight sized to fill blocks", "max_in_flight", inFlight, "block_gas_limit", head.GasLimit)
	}
	if n.batcher, err = batcher.New[bindings.InferenceResult](batcher.Config{
		MaxBatch: cfg.BatchSize, MaxWait: cfg.BatchWait.D(), MaxInFlight: inFlight, Logger: log,
	}, n.tracked, coord, n.eth, send, n.managers[0].From(), n.tracked); err != nil {
		return nil, err
	}
	if n.follower, err = follower.New(follower.Config{
		Coordinator: n.coordinator, Confirmations: cfg.Confirmations, ReorgWindow: cfg.ReorgWindow,
		ReconcileInterval: cfg.Reconcile.D(), PollInterval: cfg.PollInterval.D(),
		Logger:  log.With("component", "follower"),
		OnEvent: func(kind string) { n.metrics.followed.WithLabelValues(kind).Inc() },
	}, n.eth, n.q); err != nil {
		return nil, err
	}

	listen := cfg.Listen
	if listen == "" {
		listen = "127.0.0.1:8090"
	}
	n.srv = &http.Server{Handler: n.routes(), ReadHeaderTimeout: 5 * time.Second}
	if n.ln, err = net.Listen("tcp", listen); err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	addrs := make([]string, len(n.managers))
	for i, m := range n.managers {
		addrs[i] = m.From().Hex()
	}
	log.Info("oracle ready", "chain", chainID, "coordinator", n.coordinator, "signers", addrs,
		"http", n.ln.Addr().String(), "redis", opt.Addr, "consumer", consumer)
	return n, nil
}

// bindBack calls a view function and unpacks its result.
func bindBack[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// coordinatorAddress is the configured address, or the one deployments
// records for the chain.
func coordinatorAddress(cfg Config, chainID uint64) (common.Address, error) {
	if cfg.Coordinator != "" {
		return common.HexToAddress(cfg.Coordinator), nil
	}
	f, err := deployments.Load(cfg.Deployments, chainID)
	if err != nil {
		return common.Address{}, fmt.Errorf("deployments: %w", err)
	}
	c, ok := f.Protocol[protocol.InferenceCoordinator]
	if !ok || c.Address == (common.Address{}) {
		return common.Address{}, fmt.Errorf("deployments: %s records no %s", deployments.Path(cfg.Deployments, chainID), protocol.InferenceCoordinator)
	}
	return c.Address, nil
}

// loadSigners loads every configured key; errors name the source, never
// the secret.
func loadSigners(cfg Config, chainID uint64) ([]*keys.Key, error) {
	var srcs []keys.Source
	for _, p := range cfg.Keystores {
		srcs = append(srcs, keys.Source{Keystore: p, PasswordFile: cfg.PasswordFile, DevAccount: -1})
	}
	for _, e := range cfg.KeyEnvs {
		srcs = append(srcs, keys.Source{Env: e, DevAccount: -1})
	}
	for _, a := range cfg.DevAccounts {
		i, _ := strconv.Atoi(a)
		srcs = append(srcs, keys.Source{DevAccount: i})
	}
	seen := map[common.Address]bool{}
	var out []*keys.Key
	for _, s := range srcs {
		k, err := keys.Load(s, chainID)
		if err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
		if seen[k.Address] {
			return nil, fmt.Errorf("signer %s: given twice (one transaction manager per key)", k)
		}
		seen[k.Address] = true
		out = append(out, k)
	}
	return out, nil
}

// run reconciles, then settles until ctx ends, then shuts down gracefully:
// no new jobs are leased, batches in flight get shutdown_grace to finish,
// and jobs not yet sent are handed back to the queue.
func (n *node) run(ctx context.Context) error {
	defer n.close()
	srvErr := make(chan error, 1)
	go func() {
		if err := n.srv.Serve(n.ln); !errors.Is(err, http.ErrServerClosed) {
			srvErr <- err
		}
	}()
	defer func() {
		shut, done := context.WithTimeout(context.Background(), 5*time.Second)
		defer done()
		_ = n.srv.Shutdown(shut)
	}()

	// Whatever a previous run left pending is mined or replaced first, so
	// that the chain says which requests are settled before anything new
	// is sent.
	n.log.Info("reconciling each signer with the chain")
	if err := n.pool.Reconcile(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("reconcile: %w", err)
	}
	close(n.reconciled)
	n.log.Info("reconciled; taking new work")

	// work outlives ctx by up to shutdown_grace, so that batches in flight
	// can be mined and recorded.
	work, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	var wg sync.WaitGroup
	bErr := make(chan error, 1)
	wg.Go(func() { bErr <- n.batcher.Run(work) })
	wg.Go(func() { n.src.KeepLeases(work, n.cfg.settleLease()/3) })
	wg.Go(func() { n.follower.Run(work) })

	var err error
	select {
	case <-ctx.Done():
		n.log.Info("shutting down: finishing batches in flight")
	case err = <-srvErr:
		n.log.Error("the HTTP server failed", "err", err)
	case err = <-bErr:
		n.log.Error("the batcher stopped", "err", err)
	}
	n.tracked.drain()
	grace := n.cfg.ShutdownGrace.D()
	if grace == 0 {
		grace = 30 * time.Second
	}
	select {
	case <-n.tracked.idle():
	case <-time.After(grace):
		n.log.Warn("shutdown grace over: handing back jobs not sent", "in_flight", n.tracked.inFlight())
	}
	stopWork()
	wg.Wait()
	release, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	for _, id := range n.tracked.unsent() {
		if err := n.src.Release(release, id, "oracle shutting down"); err != nil {
			n.log.Warn("handing a job back", "request", id, "err", err)
		}
	}
	return err
}

func (n *node) close() {
	for _, m := range n.managers {
		m.Close()
	}
	if n.ln != nil {
		_ = n.ln.Close()
	}
	if n.rdb != nil {
		_ = n.rdb.Close()
	}
	if n.eth != nil {
		n.eth.Close()
	}
}

// routes serves /livez, /readyz and /metrics.
func (n *node) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		checks := map[string]string{}
		ok := true
		fail := func(name string, err error) {
			if err != nil {
				checks[name], ok = err.Error(), false
			} else {
				checks[name] = "ok"
			}
		}
		_, err := n.eth.BlockNumber(ctx)
		fail("rpc", err)
		fail("redis", n.q.Ping(ctx))
		fail("signers", n.funded(ctx))
		select {
		case <-n.reconciled:
			fail("reconciled", nil)
		default:
			fail("reconciled", errors.New("reconciling with the chain"))
		}
		status, code := "ok", http.StatusOK
		if !ok {
			status, code = "unavailable", http.StatusServiceUnavailable
		}
		writeJSON(w, code, map[string]any{"status": status, "checks": checks})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found: the oracle serves /livez, /readyz and /metrics"})
	})
	return mux
}

// funded fails when a signer's balance is under min_balance_wei.
func (n *node) funded(ctx context.Context) error {
	var errs []error
	for _, m := range n.managers {
		bal, err := n.eth.BalanceAt(ctx, m.From(), nil)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", m.From(), err))
			continue
		}
		n.metrics.balance.WithLabelValues(m.From().Hex()).Set(weiToEther(bal))
		if bal.Cmp(n.minBalance) < 0 {
			errs = append(errs, fmt.Errorf("%s holds %s wei, under min_balance_wei %s", m.From(), bal, n.minBalance))
		}
	}
	return errors.Join(errs...)
}

func weiToEther(v *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18)).Float64()
	return f
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func newLogger(cfg Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

// gasPerResultGuess sizes the default max_in_flight: about what one result
// of a full batch costs (37,692 gas measured in batches of 50 with the
// example dApp's callback, BenchmarkGasPerResult), rounded up.
const gasPerResultGuess = 40_000

// inFlightFor is the default max_in_flight: enough batches awaiting receipts
// to fill a block of gasLimit (a batch waits about a block for its receipt),
// plus one, within [4, 64]. With anvil's 30M gas and batches of 50: 16, the
// count at which BenchmarkSettlementThroughput reaches 98.8% of the
// gas-bound rate (4, the former default, reached 24.7%).
func inFlightFor(gasLimit uint64, batchSize int) int {
	if batchSize <= 0 {
		batchSize = 50 // the batcher's default
	}
	n := gasLimit/(uint64(batchSize)*gasPerResultGuess) + 1
	return int(min(max(n, 4), 64))
}
