package protocol_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/protocol"
)

// chains gives the test the embedded chain (over RPC) and anvil.
func chains(t *testing.T) map[string]*ethclient.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out := map[string]*ethclient.Client{}
	e, err := devchain.StartEmbedded(devchain.EmbeddedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Stop() })
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	for name, url := range map[string]string{"the simulated chain": e.URL, "anvil": a.URL} {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		out[name] = c
	}
	return out
}

func TestDeployProtocol(t *testing.T) {
	for name, c := range chains(t) {
		t.Run("deploys, wires and skips on a re-run on "+name, func(t *testing.T) {
			ctx := context.Background()
			chainID, err := c.ChainID(ctx)
			if err != nil {
				t.Fatal(err)
			}
			owner := devchain.DevAddress(0)
			d := &protocol.Deployer{Backend: c, Key: devchain.DevKey(0), ChainID: chainID}
			var steps []protocol.Step
			d.OnStep = func(s protocol.Step) { steps = append(steps, s) }
			f := &deployments.File{ChainID: chainID.Uint64(), Protocol: map[string]deployments.Contract{}}
			if err := d.Protocol(ctx, f, protocol.DevnetParams(owner, devchain.DevAddress(1))); err != nil {
				t.Fatal(err)
			}
			if len(steps) != 11 {
				t.Fatalf("%d steps, want 9 deployments and 2 wiring calls: %+v", len(steps), steps)
			}
			for _, s := range steps {
				if s.Skipped || s.Tx == ([32]byte{}) {
					t.Fatalf("first run: step %+v was skipped or sent no transaction", s)
				}
			}
			// Wired: the factory is a registrar, the coordinator is trusted.
			reg := bindings.NewModelRegistry()
			isReg, err := bind.Call(reg.Instance(c, f.Protocol[protocol.ModelRegistry].Address), nil,
				reg.PackIsRegistrar(f.Protocol[protocol.Factory].Address), reg.UnpackIsRegistrar)
			if err != nil || !isReg {
				t.Fatalf("factory is registrar: %v, %v", isReg, err)
			}
			coord := bindings.NewInferenceCoordinator()
			cfg, err := bind.Call(coord.Instance(c, f.Protocol[protocol.InferenceCoordinator].Address), nil, coord.PackConfig(), coord.UnpackConfig)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.ModelRegistry != f.Protocol[protocol.ModelRegistry].Address || cfg.WorkerRegistry != f.Protocol[protocol.WorkerRegistry].Address {
				t.Fatalf("coordinator config %+v does not point at the registries", cfg)
			}

			steps = nil
			if err := d.Protocol(ctx, f, protocol.DevnetParams(owner, devchain.DevAddress(1))); err != nil {
				t.Fatal(err)
			}
			for _, s := range steps {
				if !s.Skipped {
					t.Fatalf("second run: step %s was not skipped", s.Name)
				}
			}
		})
	}
}

func TestDryRunSendsNothing(t *testing.T) {
	sim := devchain.Simulated()
	defer sim.Close()
	c := sim.Client()
	ctx := context.Background()
	var gas uint64
	d := &protocol.Deployer{Backend: c, Key: devchain.DevKey(0), ChainID: big.NewInt(1337), DryRun: true,
		OnStep: func(s protocol.Step) { gas += s.Gas }}
	f := &deployments.File{ChainID: 1337, Protocol: map[string]deployments.Contract{}}
	if err := d.Protocol(ctx, f, protocol.DevnetParams(devchain.DevAddress(0), devchain.DevAddress(1))); err != nil {
		t.Fatal(err)
	}
	if gas < 1_000_000 {
		t.Fatalf("estimated %d gas for the protocol; want the sum of real estimates", gas)
	}
	n, err := c.PendingNonceAt(ctx, devchain.DevAddress(0))
	if err != nil || n != 0 {
		t.Fatalf("nonce %d, %v: a dry run sent transactions", n, err)
	}
}

func TestInsufficientFundsIsAClearError(t *testing.T) {
	sim := devchain.Simulated()
	defer sim.Close()
	poor, _ := crypto.GenerateKey()
	d := &protocol.Deployer{Backend: sim.Client(), Key: poor, ChainID: big.NewInt(1337)}
	f := &deployments.File{ChainID: 1337, Protocol: map[string]deployments.Contract{}}
	err := d.Protocol(context.Background(), f, protocol.DevnetParams(devchain.DevAddress(0), devchain.DevAddress(1)))
	if !errors.Is(err, protocol.ErrInsufficientFunds) {
		t.Fatalf("err = %v, want ErrInsufficientFunds", err)
	}
}
