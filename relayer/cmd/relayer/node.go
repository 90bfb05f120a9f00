package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/api"
	"github.com/minidao/minidao/relayer/config"
	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/settings"
	"github.com/minidao/minidao/relayer/watcher"
	"github.com/minidao/minidao/relayer/workerset"
)

// node is the wired relayer: one of each component.
type node struct {
	cfg  config.Config
	log  *slog.Logger
	eth  *ethclient.Client
	rdb  redis.UniversalClient
	pool *dispatcher.Pool
	set  *workerset.Set
	w    *watcher.Watcher
	d    *dispatcher.Dispatcher
	srv  *http.Server
	ln   net.Listener
}

// handler passes the watcher's events to the terms cache and the pool.
type handler struct {
	*dispatcher.TermsCache
	*dispatcher.Pool
}

func newNode(ctx context.Context, cfg config.Config, log *slog.Logger) (n *node, err error) {
	n = &node{cfg: cfg, log: log}
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

	n.rdb = redis.NewUniversalClient(&redis.UniversalOptions{Addrs: cfg.RedisAddrs, Password: cfg.RedisPassword, DB: cfg.RedisDB})
	q, err := queue.New(n.rdb, queue.Config{Namespace: cfg.Namespace, VisibilityTimeout: cfg.VisibilityTimeout.D(), MaxAttempts: cfg.MaxAttempts})
	if err != nil {
		return nil, err
	}
	if err := q.Ping(dial); err != nil {
		return nil, err
	}

	coordinator, workerReg := config.Addr(cfg.Coordinator), config.Addr(cfg.WorkerRegistry)
	reg := contracts.NewWorkerRegistry(workerReg, n.eth)
	authority, err := reg.AttestationVerifier(dial)
	if err != nil {
		return nil, fmt.Errorf("worker_registry: %w", err)
	}
	ver := &attest.SoftwareVerifier{Authority: authority, Registry: attest.RegistryDomain(chainID, workerReg)}
	workers := &dispatcher.HTTPWorkers{}
	n.pool = dispatcher.NewPool(dispatcher.PoolConfig{AttestTTL: cfg.AttestTTL.D()}, reg, ver, workers)
	terms := dispatcher.NewTermsCache(&contracts.Coordinator{Address: coordinator, Logs: n.eth}, 0)
	metrics := api.NewMetrics(q)

	wcfg := watcher.Config{
		Coordinator: coordinator, WorkerRegistry: workerReg, StartBlock: cfg.StartBlock,
		Confirmations: cfg.Confirmations, PollInterval: cfg.PollInterval.D(), MaxRange: cfg.MaxLogRange,
	}
	if cfg.ModelRegistry != "" {
		wcfg.ModelRegistry = config.Addr(cfg.ModelRegistry)
	}
	if n.w, err = watcher.New(wcfg, n.eth, q, handler{terms, n.pool}, metrics, log); err != nil {
		return nil, err
	}
	n.d, err = dispatcher.New(dispatcher.Config{
		ChainID: chainID, Coordinator: coordinator, Models: cfg.ModelIDs(), Concurrency: cfg.Concurrency,
		WorkerTimeout: cfg.WorkerTimeout.D(), JobTimeout: cfg.JobTimeout.D(), ShutdownGrace: cfg.ShutdownGrace.D(),
	}, q, terms, n.pool, workers, metrics, log)
	if err != nil {
		return nil, err
	}

	checks := map[string]api.Check{
		"rpc":   func(ctx context.Context) error { _, err := n.eth.BlockNumber(ctx); return err },
		"redis": q.Ping,
		"workers": func(context.Context) error {
			if n.pool.Healthy() == 0 {
				return errors.New("no healthy worker")
			}
			return nil
		},
	}
	// The configured workers and the ones registered through the API, kept
	// in Redis for every relayer on it.
	n.set = workerset.New(workerset.Config{Namespace: cfg.Namespace, Static: cfg.Workers}, n.rdb, n.pool, log)
	a := api.New(api.Config{AdminToken: cfg.AdminToken}, q, n.set, checks, metrics, log)
	listen := cfg.Listen
	if listen == "" {
		listen = "127.0.0.1:8080"
	}
	n.srv = a.Server(listen)
	if n.ln, err = net.Listen("tcp", listen); err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	log.Info("relayer ready", "chain", chainID, "coordinator", coordinator, "api", n.ln.Addr().String(), "redis", cfg.RedisAddrs)
	return n, nil
}

// run serves until ctx ends, then shuts down gracefully.
func (n *node) run(ctx context.Context) error {
	defer n.close()
	var wg sync.WaitGroup
	srvErr := make(chan error, 1)
	go func() {
		if err := n.srv.Serve(n.ln); !errors.Is(err, http.ErrServerClosed) {
			srvErr <- err
		}
	}()
	work, cancel := context.WithCancel(ctx)
	defer cancel()
	wg.Add(3)
	go func() { defer wg.Done(); _ = n.w.Run(work) }()
	go func() { defer wg.Done(); _ = n.d.Run(work) }()
	go func() { defer wg.Done(); n.set.Run(work) }()

	var err error
	select {
	case <-ctx.Done():
		n.log.Info("shutting down: finishing or handing back jobs in flight")
	case err = <-srvErr:
		n.log.Error("the API server failed", "err", err)
	}
	cancel()
	wg.Wait()
	shut, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	_ = n.srv.Shutdown(shut)
	return err
}

func (n *node) close() {
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

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
