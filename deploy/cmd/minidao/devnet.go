package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/spec"
)

// devnet is a running local chain of either kind.
type devnet struct {
	URL, WSURL string
	ChainID    uint64
	stop       func() error
}

func startDevnet(ctx context.Context, embedded bool, port int, stateDir string, blockTime time.Duration) (*devnet, error) {
	if embedded {
		if stateDir != "" {
			return nil, fmt.Errorf("%w: --state keeps an anvil chain; the in-process chain (--embedded) is always new", errUsage)
		}
		e, err := devchain.StartEmbedded(devchain.EmbeddedOptions{Port: port, BlockTime: blockTime})
		if err != nil {
			return nil, err
		}
		return &devnet{URL: e.URL, WSURL: e.WSURL, ChainID: 1337, stop: e.Stop}, nil
	}
	opts := devchain.AnvilOptions{Port: port, BlockTime: blockTime}
	if stateDir != "" {
		if err := os.MkdirAll(stateDir, 0o755); err != nil {
			return nil, fmt.Errorf("--state %s: %w", stateDir, err)
		}
		opts.StateFile = filepath.Join(stateDir, "anvil-state.json")
	}
	a, err := devchain.StartAnvil(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &devnet{URL: a.URL, WSURL: a.WSURL, ChainID: 31337, stop: func() error { a.Stop(); return nil }}, nil
}

func runDevnet(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := newFlags("devnet", errOut)
	defPort, _ := strconv.Atoi(envOr("MINIDAO_PORT", "8545"))
	embedded := fs.Bool("embedded", false, "run go-ethereum's simulated chain in this process instead of anvil")
	port := fs.Int("port", defPort, "JSON-RPC port on 127.0.0.1 (HTTP and WebSocket) [$MINIDAO_PORT]")
	state := fs.String("state", envOr("MINIDAO_STATE", ""), "keep the chain in this folder across restarts (anvil only) [$MINIDAO_STATE]")
	blockTime := fs.Duration("block-time", 0, "seal a block at this interval (0: one block per transaction)")
	deploymentsDir := fs.String("deployments", envOr("MINIDAO_DEPLOYMENTS", "deployments"), "folder of the <chainId>.json deployment records [$MINIDAO_DEPLOYMENTS]")
	specPath := fs.String("spec", envOr("MINIDAO_SPEC", "examples/dao.yaml"), "the DAO to create on the devnet (\"\" for none) [$MINIDAO_SPEC]")
	rt := addRuntimeFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	// Checked before the chain starts.
	if *port <= 0 || *port > 65535 {
		return fmt.Errorf("%w: --port %d is not a TCP port", errUsage, *port)
	}
	if *embedded && *state != "" {
		return fmt.Errorf("%w: --state keeps an anvil chain; the in-process chain (--embedded) is always new", errUsage)
	}
	var s *spec.DAO
	if *specPath != "" {
		var err error
		if s, err = spec.Load(*specPath); err != nil {
			return fmt.Errorf("--spec: %w (run from the repository root, or give --spec FILE, or --spec \"\" for no DAO)", err)
		}
	}
	rtOpts, err := rt.options()
	if err != nil {
		return err
	}
	net, err := startDevnet(ctx, *embedded, *port, *state, *blockTime)
	if err != nil {
		return err
	}
	defer func() {
		fmt.Fprintln(errOut, "devnet: stopping")
		if err := net.stop(); err != nil {
			fmt.Fprintf(errOut, "devnet: stop: %v\n", err)
		}
	}()
	kind := "anvil"
	if *embedded {
		kind = "in-process simulated chain"
	}
	setup := devnetSetup{stateDir: *state, deployments: *deploymentsDir, spec: s, runtime: rtOpts}
	if err := setup.run(ctx, net, out); err != nil {
		return err
	}
	fmt.Fprintf(out, "devnet: %s, chain id %d\n", kind, net.ChainID)
	fmt.Fprintf(out, "  RPC        %s\n  WebSocket  %s\n", net.URL, net.WSURL)
	fmt.Fprintln(out, "Development accounts (10,000 ETH each; their keys are public, never use them elsewhere):")
	for i := range devchain.DevKeys {
		fmt.Fprintf(out, "  (%d) %s  0x%s\n", i, devchain.DevAddress(i).Hex(), devchain.DevKeys[i])
	}
	fmt.Fprintln(out, "Press Ctrl-C to stop.")
	<-ctx.Done()
	return nil
}
