package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/chain"
	"github.com/minidao/minidao/deploy/dao"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/devmodel"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/deploy/spec"
)

// devRuntime is the runtime measurement the devnet's DAO approves when none
// is given: a name, not a real worker's hash. Workers of a devnet run with it
// configured; a real DAO approves its worker binary's sha256.
var devRuntime = crypto.Keccak256Hash([]byte("minidao devnet runtime"))

// devnetSetup deploys the protocol and the example DAO on a fresh devnet, and
// on a restarted one (--state) checks that the deployments file and the
// chain agree, deploying only what is missing.
type devnetSetup struct {
	stateDir, deployments string
	spec                  *spec.DAO
	runtime               dao.Options
}

func (d devnetSetup) run(ctx context.Context, net *devnet, out io.Writer) error {
	conn, err := chain.Dial(ctx, net.URL, 10*time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	chainID := conn.ChainID.Uint64()
	f := &deployments.File{ChainID: chainID, Protocol: map[string]deployments.Contract{}}
	if d.stateDir != "" {
		if f, err = deployments.Load(d.deployments, chainID); err != nil {
			return err
		}
		// A DAO recorded for a chain that no longer has it is forgotten.
		kept := f.DAOs[:0]
		for _, x := range f.DAOs {
			if code, err := conn.CodeAt(ctx, x.Timelock, nil); err == nil && len(code) > 0 {
				kept = append(kept, x)
			} else if err != nil {
				return err
			}
		}
		f.DAOs = kept
	} else {
		fmt.Fprintf(out, "devnet: a new chain; %s starts afresh\n", deployments.Path(d.deployments, chainID))
	}
	dep := &protocol.Deployer{Backend: conn, Key: devchain.DevKey(0), ChainID: conn.ChainID, OnStep: printStep(out)}
	fmt.Fprintf(out, "devnet: protocol, from dev account 0 (%s)\n", devchain.DevAddress(0).Hex())
	if err := dep.Protocol(ctx, f, protocol.DevnetParams(devchain.DevAddress(0), devchain.DevAddress(0))); err != nil {
		return err
	}
	if err := f.Save(d.deployments); err != nil {
		return err
	}
	for _, n := range protocol.Names {
		fmt.Fprintf(out, "  %-22s %s\n", n, f.Protocol[n].Address.Hex())
	}
	if d.spec == nil {
		return nil
	}
	for _, x := range f.DAOs {
		if x.Name == d.spec.Name {
			fmt.Fprintf(out, "devnet: DAO %q is already deployed\n", x.Name)
			printDAO(out, x)
			return nil
		}
	}
	if err := d.weights(out); err != nil {
		return err
	}
	opts := d.runtime
	if opts.RuntimeMeasurement == ([32]byte{}) {
		opts.RuntimeMeasurement = devRuntime
		fmt.Fprintf(out, "devnet: models approve the devnet runtime %s (keccak256 of \"minidao devnet runtime\"; give --worker-binary for a real worker's sha256)\n", devRuntime.Hex())
	}
	fmt.Fprintf(out, "devnet: DAO %q from the spec\n", d.spec.Name)
	res, err := dao.Create(ctx, dep, f, d.spec, opts)
	if err != nil {
		return err
	}
	if err := f.Save(d.deployments); err != nil {
		return err
	}
	printBountyNote(out, res.PendingBounties)
	printDAO(out, res.DAO)
	return nil
}

// weights gives every model whose weights file is missing the devnet's
// seeded random model, written next to the chain's state.
func (d devnetSetup) weights(out io.Writer) error {
	dir := d.stateDir
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "minidao-devnet")
	}
	for i := range d.spec.Models {
		m := &d.spec.Models[i]
		p := m.Weights
		if !filepath.IsAbs(p) {
			p = filepath.Join(d.spec.Dir, p)
		}
		if _, err := os.Stat(p); err == nil {
			continue
		}
		gen, err := filepath.Abs(filepath.Join(dir, "models", "devnet-example.gguf"))
		if err != nil {
			return err
		}
		if err := devmodel.Write(gen); err != nil {
			return err
		}
		fmt.Fprintf(out, "devnet: %s not found: models[%d] gets the devnet's seeded random model %s\n", p, i, gen)
		m.Weights = gen
	}
	return nil
}
