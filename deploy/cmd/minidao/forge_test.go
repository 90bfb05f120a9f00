package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/chain"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/status"
)

// TestForgeScriptsDeployWhatGoReads runs the Foundry path (contracts/script)
// against anvil and reads the result back with the Go status code; then the
// Go deployer, given the file the script wrote, finds everything in place.
func TestForgeScriptsDeployWhatGoReads(t *testing.T) {
	root, _ := filepath.Abs("../../..")
	forge := filepath.Join(root, "node_modules/.bin/forge")
	if _, err := os.Stat(forge); err != nil {
		t.Skip("forge is not installed (run make setup)")
	}
	if _, err := os.Stat(filepath.Join(root, "contracts/out/DeployProtocol.s.sol/DeployProtocol.json")); err != nil {
		t.Skip("contracts are not built: run `make build` first (forge would compile for minutes here)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()

	// The scripts may write under deployments/ only (foundry.toml's
	// fs_permissions); *.local.json there is ignored by git.
	if err := os.MkdirAll(filepath.Join(root, "deployments"), 0o755); err != nil {
		t.Fatal(err)
	}
	rel := fmt.Sprintf("deployments/go-test-%d.local.json", os.Getpid())
	t.Cleanup(func() { os.Remove(filepath.Join(root, rel)) })
	key := "0x" + devchain.DevKeys[0]
	forgeScript := func(script string, env ...string) {
		t.Helper()
		cmd := exec.CommandContext(ctx, forge, "script", "contracts/script/"+script,
			"--rpc-url", a.URL, "--broadcast", "--private-key", key)
		cmd.Dir = root
		// node_modules/.bin/forge is a Node wrapper around the binary: when
		// the context kills the wrapper, do not wait for the orphan's pipes.
		cmd.WaitDelay = 5 * time.Second
		cmd.Env = append(os.Environ(), append(env, "MINIDAO_DEPLOYMENTS_FILE="+rel)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("forge script %s: %v\n%s", script, err, out)
		}
	}
	forgeScript("DeployProtocol.s.sol")
	staleBindings(t, root) // the script compiled the working tree first

	b, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "31337.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	conn, err := chain.Dial(ctx, a.URL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	f, err := deployments.Load(dir, 31337)
	if err != nil {
		t.Fatal(err)
	}
	r, err := status.Read(ctx, conn, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Protocol) != 9 || r.Owner != devchain.DevAddress(0).Hex() {
		t.Fatalf("status after the forge script: %+v", r)
	}
	for _, c := range r.Protocol {
		if !c.OnChain {
			t.Fatalf("%s is not on chain with the recorded code hash", c.Name)
		}
	}

	// Same creation code and arguments: the Go deployer skips all of it.
	code, out, errOut := cli(t, "deploy", "protocol", "--rpc", a.URL, "--dev-account", "0", "--deployments", dir)
	if code != 0 || strings.Contains(out, "deploy  ") || strings.Contains(out, "send    ") {
		t.Fatalf("the Go deployer redeployed what the forge script deployed (exit %d):\n%s\n%s", code, out, errOut)
	}

	weights := crypto.Keccak256Hash([]byte("weights"))
	forgeScript("DeployDAO.s.sol", "MINIDAO_WEIGHTS_HASH="+weights.Hex(), "MINIDAO_RUNTIME_MEASUREMENT="+common.HexToHash(testRuntime).Hex())
	if r, err = status.Read(ctx, conn, f); err != nil {
		t.Fatal(err)
	}
	if len(r.DAOs) != 1 || r.DAOs[0].Name != "Tiny Stories DAO" || len(r.DAOs[0].Models) != 1 || r.DAOs[0].Models[0].WeightsHash != weights {
		t.Fatalf("status after DeployDAO.s.sol: %+v", r.DAOs)
	}
}

// staleBindings skips the test when a contract in the working tree no longer
// compiles to the bytecode of its Go binding (someone is editing it, and
// TestBindingsUpToDate reports the drift): the two deploy paths would differ.
func staleBindings(t *testing.T, root string) {
	t.Helper()
	for name, md := range map[string]*bind.MetaData{
		"ModelRegistry": &bindings.ModelRegistryMetaData, "WorkerRegistry": &bindings.WorkerRegistryMetaData,
		"InferenceCoordinator": &bindings.InferenceCoordinatorMetaData, "ManagementToken": &bindings.ManagementTokenMetaData,
		"DAOTimelock": &bindings.DAOTimelockMetaData, "MiniDAOGovernor": &bindings.MiniDAOGovernorMetaData,
		"RevenueDistributor": &bindings.RevenueDistributorMetaData, "DataBountyBoard": &bindings.DataBountyBoardMetaData,
		"MiniDAOFactory": &bindings.MiniDAOFactoryMetaData,
	} {
		b, err := os.ReadFile(filepath.Join(root, "contracts/out", name+".sol", name+".json"))
		if err != nil {
			t.Skipf("no forge artifact for %s: run `make build` first", name)
		}
		var art struct {
			Bytecode struct{ Object string } `json:"bytecode"`
		}
		if err := json.Unmarshal(b, &art); err != nil {
			t.Fatal(err)
		}
		if !strings.EqualFold(strings.TrimPrefix(art.Bytecode.Object, "0x"), strings.TrimPrefix(md.Bin, "0x")) {
			t.Skipf("%s in the working tree differs from its Go binding (run `make bindings`); the forge and Go paths would deploy different code", name)
		}
	}
}
