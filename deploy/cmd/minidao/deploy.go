package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/dao"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/deploy/spec"
)

func runDeploy(ctx context.Context, args []string, out, errOut io.Writer) error {
	sub := map[string]func(context.Context, []string, io.Writer, io.Writer) error{
		"protocol": runDeployProtocol,
		"dao":      runDeployDAO,
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintln(errOut, "usage: minidao deploy protocol [flags]   deploy the shared contracts, write deployments/<chainId>.json")
		fmt.Fprintln(errOut, "       minidao deploy dao --spec FILE    create a MiniDAO from a spec (examples/dao.yaml)")
		if len(args) == 0 {
			return fmt.Errorf("%w: deploy what? protocol or dao", errUsage)
		}
		return nil
	}
	f, ok := sub[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown deploy target %q (want protocol or dao)", errUsage, args[0])
	}
	return f(ctx, args[1:], out, errOut)
}

func runDeployProtocol(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := newFlags("deploy protocol", errOut)
	cf := addChainFlags(fs, true)
	dryRun := fs.Bool("dry-run", false, "print the plan and gas estimates; send nothing")
	verifier := fs.String("attestation-verifier", envOr("MINIDAO_ATTESTATION_VERIFIER", ""), "address whose countersigned worker attestations the WorkerRegistry trusts (default: the deployer) [$MINIDAO_ATTESTATION_VERIFIER]")
	pf := addParamFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *verifier != "" && !common.IsHexAddress(*verifier) {
		return fmt.Errorf("%w: --attestation-verifier %q is not an address", errUsage, *verifier)
	}
	if err := pf.check(); err != nil {
		return err
	}
	conn, f, err := cf.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	d, k, err := cf.deployer(conn, *dryRun, out)
	if err != nil {
		return err
	}
	v := k.Address
	if *verifier != "" {
		v = common.HexToAddress(*verifier)
	}
	fmt.Fprintf(out, "deploy protocol: chain %d at %s, from %s\n", f.ChainID, cf.rpc, k)
	var total uint64
	on := d.OnStep
	d.OnStep = func(s protocol.Step) { total += s.Gas; on(s) }
	if err := d.Protocol(ctx, f, pf.params(k.Address, v)); err != nil {
		return err
	}
	if *dryRun {
		fmt.Fprintf(out, "dry run: about %d gas in all; nothing sent\n", total)
		return nil
	}
	if err := f.Save(cf.deployments); err != nil {
		return err
	}
	fmt.Fprintf(out, "protocol deployed: %d gas in this run; recorded in %s\n", total, deployments.Path(cf.deployments, f.ChainID))
	for _, n := range protocol.Names {
		fmt.Fprintf(out, "  %-22s %s\n", n, f.Protocol[n].Address.Hex())
	}
	return nil
}

func runDeployDAO(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := newFlags("deploy dao", errOut)
	cf := addChainFlags(fs, true)
	specPath := fs.String("spec", "", "the DAO's spec `file` (see examples/dao.yaml)")
	asJSON := fs.Bool("json", false, "print the result as JSON on stdout (progress goes to stderr)")
	dryRun := fs.Bool("dry-run", false, "print the plan and the gas estimate; send nothing")
	rt := addRuntimeFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *specPath == "" {
		return fmt.Errorf("%w: --spec FILE is required", errUsage)
	}
	// Everything that needs no chain is checked first.
	s, err := spec.Load(*specPath)
	if err != nil {
		return err
	}
	opts, err := rt.options()
	if err != nil {
		return err
	}
	if _, _, err := dao.Config(s, opts); err != nil {
		return err
	}
	progress := out
	if *asJSON {
		progress = errOut
	}
	conn, f, err := cf.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	d, k, err := cf.deployer(conn, *dryRun, progress)
	if err != nil {
		return err
	}
	fmt.Fprintf(progress, "deploy dao %q: chain %d at %s, from %s\n", s.Name, f.ChainID, cf.rpc, k)
	res, err := dao.Create(ctx, d, f, s, opts)
	if err != nil {
		return err
	}
	if *dryRun {
		if *asJSON {
			return writeJSON(out, map[string]any{"dryRun": true, "name": s.Name, "models": len(s.Models), "gasEstimate": res.Gas, "pendingBounties": res.PendingBounties})
		}
		fmt.Fprintf(out, "dry run: createDAO with %d model(s), about %d gas; nothing sent\n", len(s.Models), res.Gas)
		printBountyNote(out, res.PendingBounties)
		return nil
	}
	if err := f.Save(cf.deployments); err != nil {
		return err
	}
	printBountyNote(progress, res.PendingBounties)
	if *asJSON {
		return writeJSON(out, map[string]any{"chainId": f.ChainID, "dao": res.DAO, "gasUsed": res.Gas, "pendingBounties": res.PendingBounties})
	}
	printDAO(out, res.DAO)
	fmt.Fprintf(out, "  gas used    %d; recorded in %s\n", res.Gas, deployments.Path(cf.deployments, f.ChainID))
	return nil
}

func printBountyNote(w io.Writer, n int) {
	if n > 0 {
		fmt.Fprintf(w, "note: the spec's %d bounty(ies) were not posted: DataBountyBoard.postBounty is for the DAO's timelock only, so post them by a governance proposal\n", n)
	}
}

func printDAO(w io.Writer, d deployments.DAO) {
	fmt.Fprintf(w, "DAO %s (%s)\n", d.Name, d.Symbol)
	fmt.Fprintf(w, "  token       %s\n  timelock    %s (treasury)\n  governor    %s\n  distributor %s\n  bountyBoard %s\n",
		d.Token.Hex(), d.Timelock.Hex(), d.Governor.Hex(), d.Distributor.Hex(), d.BountyBoard.Hex())
	for _, m := range d.Models {
		fmt.Fprintf(w, "  model %d     %s weightsHash %s\n", m.ID, m.Name, m.WeightsHash.Hex())
	}
	if d.Tx != (common.Hash{}) {
		fmt.Fprintf(w, "  tx          %s\n", d.Tx.Hex())
	}
}

// runtimeFlags say which worker runtime a DAO's models approve when the spec
// does not.
type runtimeFlags struct{ measurement, binary *string }

func addRuntimeFlags(fs interface {
	String(name, value, usage string) *string
}) runtimeFlags {
	return runtimeFlags{
		measurement: fs.String("runtime-measurement", envOr("MINIDAO_RUNTIME_MEASUREMENT", ""), "0x… 32-byte hash of the approved worker runtime, for models whose spec has none [$MINIDAO_RUNTIME_MEASUREMENT]"),
		binary:      fs.String("worker-binary", envOr("MINIDAO_WORKER_BINARY", ""), "the worker `binary` whose sha256 is the approved runtime (what the software attester reports) [$MINIDAO_WORKER_BINARY]"),
	}
}

func (r runtimeFlags) options() (dao.Options, error) {
	var o dao.Options
	switch {
	case *r.measurement != "" && *r.binary != "":
		return o, fmt.Errorf("%w: give --runtime-measurement or --worker-binary, not both", errUsage)
	case *r.measurement != "":
		b := common.FromHex(*r.measurement)
		if len(b) != 32 || !strings.HasPrefix(*r.measurement, "0x") {
			return o, fmt.Errorf("%w: --runtime-measurement wants 0x and 32 bytes of hex", errUsage)
		}
		o.RuntimeMeasurement = common.BytesToHash(b)
	case *r.binary != "":
		h, err := sha256File(*r.binary)
		if err != nil {
			return o, fmt.Errorf("--worker-binary: %w", err)
		}
		o.RuntimeMeasurement = h
	}
	return o, nil
}

func sha256File(path string) (common.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(h.Sum(nil)), nil
}
