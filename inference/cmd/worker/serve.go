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
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/deploy/keys"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/engine"
	"github.com/minidao/minidao/inference/worker"
)

// ServeConfig is `worker serve`'s configuration.
type ServeConfig struct {
	Listen          string
	ModelsFile      string
	RPC             string // with ModelRegistry: check the models against the chain
	ModelRegistry   string
	RecordsFile     string
	SignedLog       string // keeps the signed outputHash of recent requests across restarts
	Key             keys.Source
	ChainID         uint64 // with Coordinator: the only domain results are signed for; also guards dev accounts
	Coordinator     string
	MaxConcurrent   int
	MaxQueue        int
	Threads         int // per job
	MaxPromptBytes  int
	JobTimeout      time.Duration
	ShutdownTimeout time.Duration
	HardwareClass   string
	LogLevel        string
}

// Check returns the first problem with the configuration, naming the flag.
func (c *ServeConfig) Check() error {
	switch {
	case c.Listen == "":
		return errors.New("--listen is required")
	case c.ModelsFile == "":
		return errors.New("--models is required: a JSON file listing {modelId, version, weightsHash, path}")
	case c.MaxConcurrent < 1:
		return fmt.Errorf("--max-concurrent %d: want at least 1", c.MaxConcurrent)
	case c.MaxQueue < 0:
		return fmt.Errorf("--max-queue %d: want 0 or more", c.MaxQueue)
	case c.Threads < 1:
		return fmt.Errorf("--threads %d: want at least 1", c.Threads)
	case c.MaxPromptBytes < 1:
		return fmt.Errorf("--max-prompt-bytes %d: want at least 1", c.MaxPromptBytes)
	case c.JobTimeout <= 0:
		return fmt.Errorf("--job-timeout %s: want a positive duration", c.JobTimeout)
	case c.ShutdownTimeout <= 0:
		return fmt.Errorf("--shutdown-timeout %s: want a positive duration", c.ShutdownTimeout)
	case len(c.HardwareClass) > 32:
		return fmt.Errorf("--hardware-class %q: at most 32 bytes (a bytes32 on chain)", c.HardwareClass)
	case (c.ChainID == 0) != (c.Coordinator == ""):
		return errors.New("--chain-id and --coordinator go together: give both or neither")
	case c.Coordinator != "" && !common.IsHexAddress(c.Coordinator):
		return fmt.Errorf("--coordinator %q is not an address", c.Coordinator)
	case (c.RPC == "") != (c.ModelRegistry == ""):
		return errors.New("--rpc and --model-registry go together: give both (to check the models against the chain) or neither")
	case c.ModelRegistry != "" && !common.IsHexAddress(c.ModelRegistry):
		return fmt.Errorf("--model-registry %q is not an address", c.ModelRegistry)
	}
	if _, err := newLogger(io.Discard, c.LogLevel); err != nil {
		return err
	}
	return nil
}

func serveFlags(stderr io.Writer) (*ServeConfig, func([]string) error) {
	c := &ServeConfig{}
	fs := newFlagSet("serve", "--models FILE (--keystore FILE | --key-env VAR | --dev-account N) [flags]", stderr)
	fs.StringVar(&c.Listen, "listen", "127.0.0.1:8090", "`address` to listen on")
	fs.StringVar(&c.ModelsFile, "models", "", "JSON `file`: [{modelId, version, weightsHash, path, maxTokens, sampling}]; paths relative to the file")
	fs.StringVar(&c.RPC, "rpc", "", "JSON-RPC `url` of the chain, with --model-registry")
	fs.StringVar(&c.ModelRegistry, "model-registry", "", "ModelRegistry `address`: each model's weightsHash (and maxTokens) is read from, and checked against, the chain")
	fs.StringVar(&c.RecordsFile, "records", "", "records `file` written by `worker register` (countersigned attestation records)")
	fs.StringVar(&c.SignedLog, "signed-log", "", "`file` keeping what the worker signed for recent requests, so that a restart never signs a second output for one (equivocation is slashed); recommended")
	keyFlags(fs, &c.Key, "", "worker's signing key")
	fs.Uint64Var(&c.ChainID, "chain-id", 0, "with --coordinator: sign results for this chain only (also required for --dev-account)")
	fs.StringVar(&c.Coordinator, "coordinator", "", "with --chain-id: sign results for this InferenceCoordinator `address` only")
	fs.IntVar(&c.MaxConcurrent, "max-concurrent", 1, "jobs running at once")
	fs.IntVar(&c.MaxQueue, "max-queue", 4, "jobs waiting for a slot; beyond that a job is refused with 429")
	fs.IntVar(&c.Threads, "threads", max(1, runtime.NumCPU()), "threads per job (results do not depend on it)")
	fs.IntVar(&c.MaxPromptBytes, "max-prompt-bytes", 16384, "largest prompt in bytes")
	fs.DurationVar(&c.JobTimeout, "job-timeout", 5*time.Minute, "longest a job runs, whatever its deadline")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", 30*time.Second, "how long running jobs may finish on SIGINT/SIGTERM")
	fs.StringVar(&c.HardwareClass, "hardware-class", "cpu-"+runtime.GOARCH, "hardware class label in attestation reports")
	fs.StringVar(&c.LogLevel, "log-level", "info", "debug, info, warn or error")
	return c, func(args []string) error {
		return parseOrUsage(fs, args)
	}
}

func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	cfg, parseArgs := serveFlags(stderr)
	if err := parseArgs(args); err != nil {
		return err
	}
	if err := cfg.Check(); err != nil {
		return usageError{err}
	}
	log, _ := newLogger(stderr, cfg.LogLevel)
	s, err := NewServer(ctx, cfg, log)
	if err != nil {
		return err
	}
	if err := s.Start(); err != nil {
		s.Stop(context.Background())
		return err
	}
	select {
	case <-ctx.Done():
		log.Info("shutting down", "grace", cfg.ShutdownTimeout.String())
	case err = <-s.Done():
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	return errors.Join(err, s.Stop(stopCtx))
}

// Server is the running worker: models, service, HTTP server.
type Server struct {
	cfg    *ServeConfig
	log    *slog.Logger
	svc    *worker.Service
	models []*worker.Model
	http   *http.Server
	ln     net.Listener
	done   chan error
}

// NewServer loads the key, verifies and loads the models and builds the service.
func NewServer(ctx context.Context, cfg *ServeConfig, log *slog.Logger) (*Server, error) {
	key, err := keys.Load(cfg.Key, cfg.ChainID)
	if err != nil {
		return nil, fmt.Errorf("worker key: %w", err)
	}
	measurement, err := attest.MeasureExecutable()
	if err != nil {
		return nil, err
	}
	var client *ethclient.Client
	if cfg.RPC != "" {
		if client, err = dial(ctx, cfg.RPC); err != nil {
			return nil, err
		}
		defer client.Close()
	}
	specs, err := readModels(ctx, cfg.ModelsFile, client, cfg.ModelRegistry, measurement, log)
	if err != nil {
		return nil, err
	}
	var records *worker.Records
	if cfg.RecordsFile != "" {
		if records, err = worker.ReadRecords(cfg.RecordsFile); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	models, err := worker.LoadModels(specs, worker.EngineLoader(engine.Options{Threads: cfg.Threads, MaxConcurrent: cfg.MaxConcurrent}))
	if err != nil {
		return nil, err
	}
	wcfg := worker.Config{
		MaxConcurrent: cfg.MaxConcurrent, MaxQueue: cfg.MaxQueue, MaxPromptBytes: cfg.MaxPromptBytes, JobTimeout: cfg.JobTimeout,
		SignedLog: cfg.SignedLog,
	}
	if cfg.Coordinator != "" {
		wcfg.ChainID, wcfg.Coordinator = new(big.Int).SetUint64(cfg.ChainID), common.HexToAddress(cfg.Coordinator)
	}
	svc, err := worker.New(wcfg, log, key.Private, attest.NewAttester(key.Private, measurement, cfg.HardwareClass), models, records)
	if err != nil {
		worker.CloseModels(models)
		return nil, err
	}
	for _, m := range models {
		log.Info("model loaded", "model", m.Spec.ModelID, "version", m.Spec.Version, "weightsHash", m.Spec.WeightsHash, "path", m.Spec.Path)
	}
	log.Info("worker ready", "signer", key.Address, "keyFrom", key.From, "runtimeMeasurement", measurement,
		"models", len(models), "loadTime", time.Since(start).Round(time.Millisecond).String())
	readHeader, read, write, idle := worker.ServerTimeouts(cfg.JobTimeout)
	return &Server{
		cfg: cfg, log: log, svc: svc, models: models, done: make(chan error, 1),
		http: &http.Server{
			Handler:           worker.Handler(svc, worker.HandlerConfig{}),
			ReadHeaderTimeout: readHeader, ReadTimeout: read, WriteTimeout: write, IdleTimeout: idle,
			ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		},
	}, nil
}

// Start listens and serves in the background.
func (s *Server) Start() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("--listen %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	s.log.Info("listening", "addr", ln.Addr().String())
	go func() {
		if err := s.http.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.done <- fmt.Errorf("http server: %w", err)
		}
	}()
	return nil
}

// Addr is the address the server listens on (after Start).
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Done reports a server that stopped on its own.
func (s *Server) Done() <-chan error { return s.done }

// Stop stops taking jobs (readyz fails), lets running jobs finish until ctx
// ends, then closes the models.
func (s *Server) Stop(ctx context.Context) error {
	s.svc.Drain()
	var err error
	if s.ln != nil {
		if err = s.http.Shutdown(ctx); err != nil {
			s.http.Close() // cancels the jobs still running
			err = fmt.Errorf("shutdown: %w", err)
		}
	}
	return errors.Join(err, s.svc.Close(), worker.CloseModels(s.models))
}
