// Command oracle settles the agreed inference results that relayers leave in
// the Redis job queue: it leases them, builds fulfil batches bounded in size
// and waiting time, holds back results whose prepaid gas does not cover
// their share, sends each batch to the InferenceCoordinator through a
// nonce-owning transaction manager (one per signer key), records each job's
// outcome in the queue, and follows the coordinator's settlement events to
// confirm outcomes and re-submit what a reorg dropped.
//
//	oracle --config oracle.yaml
//	MINIDAO_ORACLE_RPC_URL=ws://127.0.0.1:8545 MINIDAO_ORACLE_KEY_ENVS=ORACLE_KEY ... oracle
//
// Settings come from one YAML file, MINIDAO_ORACLE_* environment variables
// and flags (see `oracle -h`); they are checked before anything starts.
// Start-up reconciles every signer with the chain (what a previous run left
// pending is mined or replaced and buried) before any new work is taken.
// /livez, /readyz (RPC, Redis, signers funded, reconciled) and /metrics are
// served on a loopback address. SIGINT or SIGTERM stops it gracefully: no
// new jobs are leased, batches in flight get shutdown_grace to be mined and
// recorded, and jobs not yet sent are handed back to the queue.
//
// Keys are never logged: signers appear by address and source only.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command: 0 on a clean stop, 2 on bad settings, 1 when
// starting or running failed.
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) int {
	cfg, err := loadConfig(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "oracle:", err)
		return 2
	}
	if err := cfg.Check(); err != nil {
		fmt.Fprintf(stderr, "oracle: bad configuration:\n%v\n", err)
		return 2
	}
	log := newLogger(cfg, stderr)
	n, err := newNode(ctx, cfg, log)
	if err != nil {
		log.Error("starting the oracle failed", "err", err)
		return 1
	}
	if err := n.run(ctx); err != nil {
		log.Error("the oracle stopped on an error", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}
