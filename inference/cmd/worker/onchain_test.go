package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/engine"
	"github.com/minidao/minidao/inference/worker"
)

var oneEther = big.NewInt(1e18)

// devnet is a chain for the on-chain tests: the embedded chain (chain id
// 1337) or anvil (31337).
type devnet struct {
	url     string
	chainID uint64
}

// devnets starts both chains (anvil only when installed).
func devnets(t *testing.T) map[string]devnet {
	t.Helper()
	nets := map[string]devnet{}
	emb, err := devchain.StartEmbedded(devchain.EmbeddedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Stop() })
	nets["embedded"] = devnet{emb.URL, 1337}
	anvil, err := devchain.StartAnvil(context.Background(), devchain.AnvilOptions{})
	switch {
	case errors.Is(err, devchain.ErrNoAnvil):
		t.Log("anvil not installed: the on-chain tests run on the embedded chain only")
	case err != nil:
		t.Fatal(err)
	default:
		t.Cleanup(anvil.Stop)
		nets["anvil"] = devnet{anvil.URL, 31337}
	}
	return nets
}

// deployRegistry deploys a WorkerRegistry whose owner and attestation
// verifier are dev account 0.
func deployRegistry(t *testing.T, net devnet) common.Address {
	t.Helper()
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, net.url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	owner := bind.NewKeyedTransactor(devchain.DevKey(0), new(big.Int).SetUint64(net.chainID))
	wr := bindings.NewWorkerRegistry()
	ctor := wr.PackConstructor(devchain.DevAddress(0), devchain.DevAddress(0), 3600, oneEther, 2000)
	addr, tx, err := bind.DeployContract(owner, common.FromHex(bindings.WorkerRegistryMetaData.Bin), client, ctor)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return addr
}

func TestRegisterOnChain(t *testing.T) {
	for name, net := range devnets(t) {
		t.Run("on the "+name+" chain", func(t *testing.T) { testRegisterOnChain(t, net) })
	}
}

func testRegisterOnChain(t *testing.T, net devnet) {
	url, registry := net.url, deployRegistry(t, net)
	otherDevChain := map[uint64]string{1337: "31337", 31337: "1337"}[net.chainID]
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
		code, _, stderr := register("--chain-id", otherDevChain)
		if code != 1 || !strings.Contains(stderr, fmt.Sprintf("--rpc serves chain %d", net.chainID)) {
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
	t.Run("the registry recovers the worker's result signatures (two outputs for one request get it slashed)", func(t *testing.T) {
		testEquivocationIsSlashable(t, net, registry, models)
	})
}

// The WorkerRegistry recovers the worker's result signatures with the
// coordinator's EIP-712 code (ResultTypedData): two different outputs signed
// by one worker for one request get it slashed. One service refuses to sign
// them (409); two instances with the same key are what a careless operator
// would run.
func testEquivocationIsSlashable(t *testing.T, net devnet, registry common.Address, models string) {
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, net.url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	chainID := new(big.Int).SetUint64(net.chainID)
	wr := bindings.NewWorkerRegistry()
	inst := wr.Instance(client, registry)
	send := func(from int, data []byte) {
		t.Helper()
		tx, err := bind.Transact(inst, bind.NewKeyedTransactor(devchain.DevKey(from), chainID), data)
		if err != nil {
			t.Fatal(revert.Wrap(err))
		}
		if rc, err := bind.WaitMined(ctx, client, tx.Hash()); err != nil || rc.Status != 1 {
			t.Fatalf("receipt %+v, %v", rc, err)
		}
	}
	send(0, wr.PackSetCoordinatorTrust(coordinator, true))

	specs, err := worker.ReadModelsFile(models)
	if err != nil {
		t.Fatal(err)
	}
	requestID := common.Hash{0xee}
	var results [2]*worker.Result
	for i, prompt := range []string{"one question", "another question"} {
		ms, err := worker.LoadModels(specs, worker.EngineLoader(engine.Options{Threads: 1}))
		if err != nil {
			t.Fatal(err)
		}
		defer worker.CloseModels(ms)
		key := devchain.DevKey(4)
		svc, err := worker.New(worker.Config{}, slog.New(slog.NewTextHandler(io.Discard, nil)), key, attest.NewAttester(key, common.Hash{}, "cpu"), ms, nil)
		if err != nil {
			t.Fatal(err)
		}
		results[i], err = svc.Run(ctx, &worker.Job{
			RequestID: requestID, ModelID: specs[0].ModelID, ModelVersion: specs[0].Version, Prompt: []byte(prompt),
			MaxTokens: 6, Deadline: uint64(time.Now().Add(time.Minute).Unix()), ChainID: worker.Uint256{Int: chainID}, Coordinator: coordinator,
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	a, b := results[0], results[1]
	if a.OutputHash == b.OutputHash {
		t.Fatal("the two prompts gave the same output: pick others")
	}
	send(7, wr.PackSlashEquivocation(coordinator, requestID, specs[0].Version, a.OutputHash, a.Signature, b.OutputHash, b.Signature))
	info, err := bind.Call(inst, nil, wr.PackWorker(devchain.DevAddress(4)), wr.UnpackWorker)
	if err != nil || !info.Slashed {
		t.Fatalf("after slashEquivocation: %+v, %v", info, err)
	}
}

// deployModelRegistry deploys a ModelRegistry with one DAO (treasury dev 1)
// and one model (id 1) whose version 1 is weights, approved for runtime.
func deployModelRegistry(t *testing.T, net devnet, weights, runtime common.Hash) common.Address {
	t.Helper()
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, net.url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	chainID := new(big.Int).SetUint64(net.chainID)
	mr := bindings.NewModelRegistry()
	wide := bindings.FeeSplit{WorkersBps: 10000, HoldersBps: 10000, DataPoolBps: 10000, TreasuryBps: 10000}
	addr, tx, err := bind.DeployContract(bind.NewKeyedTransactor(devchain.DevKey(0), chainID), common.FromHex(bindings.ModelRegistryMetaData.Bin), client,
		mr.PackConstructor(devchain.DevAddress(0), bindings.FeeSplit{}, wide))
	if err != nil {
		t.Fatal(revert.Wrap(err))
	}
	if _, err := bind.WaitDeployed(ctx, client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	inst := mr.Instance(client, addr)
	for _, step := range []struct {
		from int
		data []byte
	}{
		{0, mr.PackSetRegistrar(devchain.DevAddress(0), true)},
		{0, mr.PackRegisterDAO(devchain.DevAddress(1), devchain.DevAddress(2), devchain.DevAddress(3),
			bindings.FeeSplit{WorkersBps: 7000, HoldersBps: 1000, DataPoolBps: 1000, TreasuryBps: 1000})},
		{1, mr.PackRegisterModel(
			bindings.ModelVersion{WeightsHash: weights, RuntimeMeasurement: runtime, Uri: "ipfs://tiny", MaxOutputBytes: 4096, MaxTokens: 24},
			bindings.Price{BaseFee: big.NewInt(1), PerTokenFee: big.NewInt(1)}, bindings.VerificationPolicy{K: 1, N: 1, MinWorkerStake: oneEther})},
	} {
		tx, err := bind.Transact(inst, bind.NewKeyedTransactor(devchain.DevKey(step.from), chainID), step.data)
		if err != nil {
			t.Fatal(revert.Wrap(err))
		}
		if rc, err := bind.WaitMined(ctx, client, tx.Hash()); err != nil || rc.Status != 1 {
			t.Fatalf("receipt %+v, %v", rc, err)
		}
	}
	return addr
}

func TestModelsAreCheckedAgainstTheModelRegistry(t *testing.T) {
	emb, err := devchain.StartEmbedded(devchain.EmbeddedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Stop()
	net := devnet{emb.URL, 1337}
	_, weights := modelsFile(t, "")
	measurement, err := attest.MeasureExecutable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEST_WORKER_KEY", devchain.DevKeys[4])
	modelRegistry := deployModelRegistry(t, net, weights, measurement).Hex()
	registry := deployRegistry(t, net).Hex()

	// A models file for model 1 version 1 without a weightsHash: the chain's is used.
	noHash, _ := modelsFile(t, "")
	body, _ := os.ReadFile(noHash)
	os.WriteFile(noHash, []byte(strings.Replace(strings.Replace(string(body), `"weightsHash": "`+weights.Hex()+`", `, "", 1), `"modelId": "5"`, `"modelId": "1"`, 1)), 0o600)
	wrong, _ := modelsFile(t, "0x"+strings.Repeat("11", 32))
	body, _ = os.ReadFile(wrong)
	os.WriteFile(wrong, []byte(strings.Replace(string(body), `"modelId": "5"`, `"modelId": "1"`, 1)), 0o600)

	t.Run("register takes the weightsHash from the chain", func(t *testing.T) {
		records := filepath.Join(t.TempDir(), "records.json")
		code, stdout, stderr := runCmd(t, context.Background(), "register", "--rpc", net.url, "--registry", registry, "--model-registry", modelRegistry,
			"--models", noHash, "--records", records, "--dev-account", "4", "--authority-dev-account", "0")
		if code != 0 || !strings.Contains(stdout, weights.Hex()) {
			t.Fatalf("exit %d: %s %s", code, stdout, stderr)
		}
	})
	t.Run("serve refuses a models file that contradicts the chain", func(t *testing.T) {
		code, _, stderr := runCmd(t, context.Background(), "serve", "--rpc", net.url, "--model-registry", modelRegistry,
			"--models", wrong, "--key-env", "TEST_WORKER_KEY", "--listen", "127.0.0.1:0")
		if code != 1 || !strings.Contains(stderr, "models file contradicts the chain") || !strings.Contains(stderr, weights.Hex()) {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
	t.Run("serve caps maxTokens at the version's", func(t *testing.T) {
		cfg, parseArgs := serveFlags(io.Discard)
		if err := parseArgs([]string{"--rpc", net.url, "--model-registry", modelRegistry, "--models", noHash, "--key-env", "TEST_WORKER_KEY", "--listen", "127.0.0.1:0"}); err != nil {
			t.Fatal(err)
		}
		s, err := NewServer(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Stop(context.Background())
		if got := s.models[0].Spec; got.WeightsHash != weights || got.MaxTokens != 24 {
			t.Fatalf("serving %+v", got)
		}
	})
	t.Run("serve refuses an unknown version with the registry's error", func(t *testing.T) {
		unknown, _ := modelsFile(t, "") // model 5
		code, _, stderr := runCmd(t, context.Background(), "serve", "--rpc", net.url, "--model-registry", modelRegistry,
			"--models", unknown, "--key-env", "TEST_WORKER_KEY", "--listen", "127.0.0.1:0")
		if code != 1 || !strings.Contains(stderr, "RegistryUnknownModel") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
}
