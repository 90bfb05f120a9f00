// Command oracle is the e2e suite's thinnest oracle process: txmgr (owns the
// submitter's nonce), batcher (fulfils agreed results in batches) and
// oracle/jobs (leases collected jobs from the relayer's Redis queue), wired
// and nothing more. It exists because the oracle service binary is not in
// the tree yet; when oracle/cmd/oracle lands, the suite should run that one.
//
//	oracle --rpc http://127.0.0.1:8545 --coordinator 0x… --redis 127.0.0.1:6379 --key-env ORACLE_KEY
//
// SIGINT or SIGTERM stops it: batches in flight finish first.
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/jobs"
	"github.com/minidao/minidao/oracle/txmgr"
	"github.com/minidao/minidao/relayer/queue"
)

// config is the command line.
type config struct {
	RPC, Coordinator, Redis, KeyEnv, Consumer, Namespace string
	MaxWait, DeadlineMargin                              time.Duration
	MaxBatch                                             int
	MaxFeeGwei                                           int64
}

func (c *config) check() error {
	var errs []error
	if c.RPC == "" {
		errs = append(errs, errors.New("--rpc: the chain's JSON-RPC url is required"))
	}
	if !common.IsHexAddress(c.Coordinator) {
		errs = append(errs, fmt.Errorf("--coordinator %q: want the InferenceCoordinator's 0x address", c.Coordinator))
	}
	if c.Redis == "" {
		errs = append(errs, errors.New("--redis: the relayer's Redis host:port is required"))
	}
	if c.KeyEnv == "" {
		errs = append(errs, errors.New("--key-env: name the environment variable holding the submitter's key"))
	}
	return errors.Join(errs...)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stderr io.Writer) int {
	var c config
	fs := flag.NewFlagSet("oracle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.RPC, "rpc", "", "JSON-RPC `url` of the chain")
	fs.StringVar(&c.Coordinator, "coordinator", "", "InferenceCoordinator `address`")
	fs.StringVar(&c.Redis, "redis", "", "the relayer's Redis `host:port`")
	fs.StringVar(&c.Namespace, "namespace", "", "the relayer's key namespace in Redis (default: the queue's)")
	fs.StringVar(&c.KeyEnv, "key-env", "", "environment `variable` holding the submitter's private key as hex")
	fs.StringVar(&c.Consumer, "consumer", "oracle-1", "this process's `name` in the queue")
	fs.DurationVar(&c.MaxWait, "max-wait", 500*time.Millisecond, "how long a batch's first result waits for others")
	fs.DurationVar(&c.DeadlineMargin, "deadline-margin", 30*time.Second, "results closer than this to their deadline are not sent")
	fs.Int64Var(&c.MaxFeeGwei, "max-fee-gwei", 500, "highest fee per gas the submitter pays, in `gwei`")
	fs.IntVar(&c.MaxBatch, "max-batch", 50, "most results in one transaction")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if err := c.check(); err != nil {
		fmt.Fprintf(stderr, "oracle: bad configuration:\n%v\n", err)
		return 2
	}
	key, err := loadKey(c.KeyEnv)
	if err != nil {
		fmt.Fprintln(stderr, "oracle:", err)
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if err := serve(ctx, c, key, log); err != nil {
		log.Error("the oracle stopped on an error", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

func loadKey(env string) (*ecdsa.PrivateKey, error) {
	hex := strings.TrimPrefix(strings.TrimSpace(os.Getenv(env)), "0x")
	if hex == "" {
		return nil, fmt.Errorf("$%s is empty: it must hold the submitter's private key", env)
	}
	key, err := crypto.HexToECDSA(hex)
	if err != nil {
		return nil, fmt.Errorf("$%s: not a private key in hex", env)
	}
	return key, nil
}

func serve(ctx context.Context, c config, key *ecdsa.PrivateKey, log *slog.Logger) error {
	eth, err := ethclient.DialContext(ctx, c.RPC)
	if err != nil {
		return fmt.Errorf("dial %s: %w", c.RPC, err)
	}
	defer eth.Close()
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	addr := common.HexToAddress(c.Coordinator)
	coord, err := batcher.NewCoordinatorContract(addr, chainID, eth)
	if err != nil {
		return err
	}
	cb := bindings.NewInferenceCoordinator()
	cfg, err := bind.Call(cb.Instance(eth, addr), &bind.CallOpts{Context: ctx}, cb.PackConfig(), cb.UnpackConfig)
	if err != nil {
		return fmt.Errorf("read the coordinator's config at %s: %w", addr, err)
	}
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{c.Redis}})
	defer rdb.Close()
	q, err := queue.New(rdb, queue.Config{Namespace: c.Namespace})
	if err != nil {
		return err
	}
	from, sign := txmgr.PrivateKeySigner(key, chainID)
	m, err := txmgr.New(ctx, txmgr.Config{Logger: log, MaxFeeCap: new(big.Int).Mul(big.NewInt(c.MaxFeeGwei), big.NewInt(1e9)), ResubmitAfter: 3 * time.Second, PollInterval: 100 * time.Millisecond}, eth, from, sign)
	if err != nil {
		return fmt.Errorf("txmgr: %w", err)
	}
	defer m.Close()
	if err := m.Reconcile(ctx); err != nil {
		return fmt.Errorf("txmgr: settling a previous run's transactions: %w", err)
	}
	src, err := jobs.New(q, coord, jobs.EventTerms{Chain: eth, Coordinator: addr},
		jobs.Config{Consumer: c.Consumer, FulfilGasOverhead: cfg.FulfilGasOverhead, Logger: log})
	if err != nil {
		return err
	}
	b, err := batcher.New(batcher.Config{MaxBatch: c.MaxBatch, MaxWait: c.MaxWait, DeadlineMargin: c.DeadlineMargin, Logger: log},
		src, coord, eth, m, from, src)
	if err != nil {
		return err
	}
	log.Info("oracle ready", "chain", chainID, "coordinator", addr, "submitter", from, "redis", c.Redis)
	return b.Run(ctx)
}
