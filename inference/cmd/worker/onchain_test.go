package main

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/worker"
)

var oneEther = big.NewInt(1e18)

// deployRegistry starts an embedded devnet (chain id 1337) and deploys a
// WorkerRegistry whose attestation verifier is dev account 0.
func deployRegistry(t *testing.T) (url string, registry common.Address) {
	t.Helper()
	chain, err := devchain.StartEmbedded(devchain.EmbeddedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Stop() })
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, chain.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	owner := bind.NewKeyedTransactor(devchain.DevKey(0), big.NewInt(1337))
	wr := bindings.NewWorkerRegistry()
	ctor := wr.PackConstructor(devchain.DevAddress(0), devchain.DevAddress(0), 3600, oneEther, 2000)
	addr, tx, err := bind.DeployContract(owner, common.FromHex(bindings.WorkerRegistryMetaData.Bin), client, ctor)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return chain.URL, addr
}

func TestRegisterOnChain(t *testing.T) {
	url, registry := deployRegistry(t)
	models, weights := modelsFile(t, "")
	records := filepath.Join(t.TempDir(), "records.json")
	register := func(extra ...string) (int, string, string) {
		args := append([]string{"register", "--rpc", url, "--registry", registry.Hex(), "--models", models, "--records", records,
			"--dev-account", "4", "--authority-dev-account", "0", "--operator-dev-account", "5"}, extra...)
		return runCmd(t, context.Background(), args...)
	}

	t.Run("refuses a stake below the registry's minimum", func(t *testing.T) {
		code, _, stderr := register("--stake", "1000")
		if code != 1 || !strings.Contains(stderr, "below the registry's minimum") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
	t.Run("refuses an authority the registry does not trust", func(t *testing.T) {
		code, _, stderr := runCmd(t, context.Background(), "register", "--rpc", url, "--registry", registry.Hex(), "--models", models,
			"--records", records, "--dev-account", "4", "--authority-dev-account", "3")
		if code != 1 || !strings.Contains(stderr, "the registry's attestation verifier is "+devchain.DevAddress(0).Hex()) {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
	t.Run("refuses a chain id the node does not serve", func(t *testing.T) {
		code, _, stderr := register("--chain-id", "31337")
		if code != 1 || !strings.Contains(stderr, "--rpc serves chain 1337") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})

	var out struct {
		Signer  common.Address
		OnChain registration
	}
	t.Run("stakes and registers the worker", func(t *testing.T) {
		code, stdout, stderr := register("--stake", "2000000000000000000")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if err := json.Unmarshal([]byte(stdout), &out); err != nil {
			t.Fatalf("%v: %s", err, stdout)
		}
		if out.Signer != devchain.DevAddress(4) || out.OnChain.Action != "register" || out.OnChain.Stake != "2000000000000000000" {
			t.Fatalf("printed %s", stdout)
		}
	})
	t.Run("leaves an unchanged worker alone", func(t *testing.T) {
		code, stdout, stderr := register()
		if code != 0 || !strings.Contains(stdout, `"action":"unchanged"`) {
			t.Fatalf("exit %d: %s %s", code, stdout, stderr)
		}
	})
	t.Run("re-attests a registered worker that serves new weights", func(t *testing.T) {
		upgraded, newWeights := modelsFileSeed(t, "", 4)
		code, stdout, stderr := runCmd(t, context.Background(), "register", "--rpc", url, "--registry", registry.Hex(),
			"--models", upgraded, "--records", filepath.Join(t.TempDir(), "r.json"),
			"--dev-account", "4", "--authority-dev-account", "0", "--operator-dev-account", "5")
		if code != 0 || !strings.Contains(stdout, `"action":"re-attest"`) || !strings.Contains(stdout, newWeights.Hex()) {
			t.Fatalf("exit %d: %s %s", code, stdout, stderr)
		}
		// and back to the first weights, for the checks below
		if code, stdout, stderr := register(); code != 0 || !strings.Contains(stdout, `"action":"re-attest"`) {
			t.Fatalf("exit %d: %s %s", code, stdout, stderr)
		}
	})
	t.Run("refuses to re-attest from another operator", func(t *testing.T) {
		code, _, stderr := register("--operator-dev-account", "6")
		if code != 1 || !strings.Contains(stderr, "is registered by operator "+devchain.DevAddress(5).Hex()) {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})

	// The record on chain is the one in the records file, and the worker is eligible.
	recs, err := worker.ReadRecords(records)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	wr := bindings.NewWorkerRegistry()
	info, err := bind.Call(wr.Instance(client, registry), nil, wr.PackWorker(devchain.DevAddress(4)), wr.UnpackWorker)
	if err != nil {
		t.Fatal(err)
	}
	rec := recs.Models[0].Record
	if info.Operator != devchain.DevAddress(5) || info.Attestation != toBinding(*rec) || common.Hash(info.Attestation.WeightsHash) != weights {
		t.Fatalf("on chain %+v, records file %+v", info, rec)
	}
	measurement, _ := attest.MeasureExecutable()
	ok, err := bind.Call(wr.Instance(client, registry), nil, wr.PackIsEligible(devchain.DevAddress(4), measurement, weights, oneEther), wr.UnpackIsEligible)
	if err != nil || !ok {
		t.Fatalf("isEligible = %v, %v", ok, err)
	}
}
