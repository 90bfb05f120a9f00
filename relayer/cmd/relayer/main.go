// Command relayer is the node a MiniDAO operator runs: it follows the
// InferenceCoordinator's requests on chain into a Redis job queue, runs each
// job on attested workers (k-of-n when the model asks) and hands the signed
// results to the oracle through the queue, with an HTTP API for health,
// metrics, request state and the worker set.
//
//	relayer --config relayer.yaml
//	MINIDAO_RELAYER_RPC_URL=ws://127.0.0.1:8545 ... relayer
//
// Settings come from one YAML file, MINIDAO_RELAYER_* environment variables
// and flags (see `relayer -h`); they are checked before anything starts.
// SIGINT or SIGTERM stops it gracefully: no new jobs are leased, jobs in
// flight get shutdown_grace to finish and are handed back to the queue
// otherwise, and the API drains.
//
// Scale-out: run as many relayers on one Redis (or Redis Cluster) as you
// like. Each job is leased to one dispatcher at a time through the queue's
// consumer group, with a fencing token that the holder extends while its
// workers run; a dispatcher that dies loses its leases after
// visibility_timeout and another one reclaims the jobs, and a stale holder's
// results are refused. Settlement goes through the oracle's own lease the
// same way. Watchers are idempotent (enqueue keyed by request id, checkpoint
// saved after the enqueue), so every relayer may run one.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/minidao/minidao/relayer/config"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	cfg, err := config.Load(args, os.Getenv, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "relayer:", err)
		return 2
	}
	if err := cfg.Check(); err != nil {
		fmt.Fprintf(os.Stderr, "relayer: bad configuration:\n%v\n", err)
		return 2
	}
	log := newLogger(cfg, os.Stderr)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	n, err := newNode(ctx, cfg, log)
	if err != nil {
		log.Error("starting the relayer failed", "err", err)
		return 1
	}
	if err := n.run(ctx); err != nil {
		log.Error("the relayer stopped on an error", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}
