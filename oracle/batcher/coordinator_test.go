package batcher_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/txmgr"
)

const fulfilGasOverhead = 60_000

// deployCoordinator deploys a real InferenceCoordinator through the
// manager. Its registries are placeholder addresses: the tests below only
// reach checks that come before any registry call.
func deployCoordinator(t *testing.T, ctx context.Context, e *env, caller batcher.ContractCaller) *batcher.CoordinatorContract {
	t.Helper()
	b := bindings.NewInferenceCoordinator()
	data := append(common.FromHex(bindings.InferenceCoordinatorMetaData.Bin), b.PackConstructor(bindings.CoordinatorConfig{
		ModelRegistry:       common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		WorkerRegistry:      common.HexToAddress("0x00000000000000000000000000000000000000a2"),
		Owner:               e.mgr.From(),
		Guardian:            e.mgr.From(),
		MaxPromptBytes:      4096,
		MaxCallbackGasLimit: 1_000_000,
		RequestTimeout:      3600,
		FulfilGasOverhead:   fulfilGasOverhead,
		PriorityFeeWei:      1e9,
	})...)
	r, err := e.mgr.Send(ctx, txmgr.TxCandidate{Data: data})
	if err != nil {
		t.Fatalf("deploy the coordinator: %v", err)
	}
	chainID, err := e.client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := batcher.NewCoordinatorContract(r.ContractAddress, chainID, caller)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func fakeRequest(nonce uint64, deadline time.Time) bindings.InferenceRequest {
	return bindings.InferenceRequest{
		Requester:        common.HexToAddress("0x00000000000000000000000000000000000000b0"),
		Nonce:            nonce,
		Deadline:         big.NewInt(deadline.Unix()),
		CallbackGasLimit: 100_000,
		ModelId:          big.NewInt(1),
		ModelVersion:     1,
		MaxTokens:        16,
		Fee:              big.NewInt(0),
		GasPrepaid:       big.NewInt(1e16),
		MaxOutputBytes:   1024,
		K:                1,
		MinWorkerStake:   big.NewInt(0),
		Split:            bindings.FeeSplit{WorkersBps: 10_000},
	}
}

func TestRequestIDMatchesTheContract(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	coord := deployCoordinator(t, ctx, e, nil)
	inst := bindings.NewInferenceCoordinator().Instance(e.client, coord.Address())
	for nonce := range uint64(3) {
		req := fakeRequest(nonce, time.Unix(1_900_000_000+int64(nonce), 0))
		got, err := coord.RequestID(req)
		if err != nil {
			t.Fatal(err)
		}
		want, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, bindings.NewInferenceCoordinator().PackRequestIdOf(req),
			bindings.NewInferenceCoordinator().UnpackRequestIdOf)
		if err != nil {
			t.Fatalf("requestIdOf: %v", err)
		}
		if got != common.Hash(want) {
			t.Fatalf("nonce %d: RequestID = %s, the contract says %x", nonce, got, want)
		}
		if _, err := coord.Item(got, bindings.InferenceResult{Request: req}, fulfilGasOverhead); err != nil {
			t.Fatalf("Item with the right id: %v", err)
		}
		if _, err := coord.Item(common.Hash{1}, bindings.InferenceResult{Request: req}, fulfilGasOverhead); err == nil {
			t.Fatal("Item accepted an id its terms do not give")
		}
	}
}

// Results for requests the coordinator never saw are skipped one by one
// with CoordinatorRequestNotPending: the batch is mined, and each verdict
// is read from the receipt's logs and recorded with its decoded reason.
// (Without a caller, the adapter does not check statuses before sending.)
func TestVerdictsAreReadFromTheCoordinatorsLogs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	coord := deployCoordinator(t, ctx, e, nil)
	its := unknownRequests(t, coord, 5)
	store := newStore(len(its))
	b, err := batcher.New[bindings.InferenceResult](batcher.Config{Logger: quiet(t)}, &emptySource{}, coord, e.client, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(ctx, its)
	store.wait(t, ctx)

	store.mu.Lock()
	defer store.mu.Unlock()
	if len(store.submitting) != 1 {
		t.Fatalf("%d transactions, want one batch", len(store.submitting))
	}
	for _, it := range its {
		o := store.outcomes[it.RequestID]
		if o.Kind != batcher.Rejected || !strings.Contains(o.Reason, "CoordinatorRequestNotPending") {
			t.Fatalf("%s: %+v, want rejected with CoordinatorRequestNotPending", it.RequestID, o)
		}
		r, err := e.client.TransactionReceipt(ctx, o.Tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("batch tx %s: %v %v", o.Tx, r, err)
		}
	}
}

// With a caller, resumed results (a transaction was recorded for them
// before) of requests that are not pending on-chain are refused before
// anything is sent.
func TestResultsOfRequestsNotPendingAreNotSent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	coord := deployCoordinator(t, ctx, e, e.client)
	its := unknownRequests(t, coord, 3)
	for i := range its {
		its[i].Resumed = true
	}
	store := newStore(len(its))
	b, err := batcher.New[bindings.InferenceResult](batcher.Config{Logger: quiet(t)}, &emptySource{}, coord, e.client, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(ctx, its)
	store.wait(t, ctx)
	store.mu.Lock()
	defer store.mu.Unlock()
	if len(store.submitting) != 0 {
		t.Fatalf("%d transactions sent, want none", len(store.submitting))
	}
	for _, it := range its {
		if o := store.outcomes[it.RequestID]; o.Kind != batcher.Rejected || o.Reason != "not pending on-chain: none" {
			t.Fatalf("%s: %+v, want rejected as not pending", it.RequestID, o)
		}
	}
}

// unknownRequests are n well-formed results for requests never made.
func unknownRequests(t *testing.T, coord *batcher.CoordinatorContract, n int) []batcher.Item[bindings.InferenceResult] {
	t.Helper()
	var its []batcher.Item[bindings.InferenceResult]
	for nonce := range uint64(n) {
		req := fakeRequest(nonce, time.Now().Add(time.Hour))
		id, err := coord.RequestID(req)
		if err != nil {
			t.Fatal(err)
		}
		it, err := coord.Item(id, bindings.InferenceResult{Request: req, Output: []byte("forty-two"), Signatures: make([]byte, 65)}, fulfilGasOverhead)
		if err != nil {
			t.Fatal(err)
		}
		its = append(its, it)
	}
	return its
}

func TestOutcomesIgnoresOtherContractsAndDecodesReasons(t *testing.T) {
	coordAddr := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	c, err := batcher.NewCoordinatorContract(coordAddr, big.NewInt(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	parsed := bindings.NewInferenceCoordinator().GetABI()
	rejected := parsed.Events["InferenceResultRejected"]
	custom := parsed.Errors["CoordinatorTooFewSignatures"]
	id := common.Hash{7}
	args, err := custom.Inputs.Pack([32]byte(id), big.NewInt(1), big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	data, err := rejected.Inputs.NonIndexed().Pack(append(custom.ID[:4:4], args...))
	if err != nil {
		t.Fatal(err)
	}
	log := &types.Log{Address: coordAddr, Topics: []common.Hash{rejected.ID, id}, Data: data}
	foreign := &types.Log{Address: common.Address{9}, Topics: []common.Hash{rejected.ID, {8}}, Data: data}
	got, err := c.Outcomes(&types.Receipt{Logs: []*types.Log{foreign, log}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("outcomes %v, want only the coordinator's", got)
	}
	var re *revert.Error
	if !errors.As(got[id], &re) || re.Name != "CoordinatorTooFewSignatures" {
		t.Fatalf("reason %v, want CoordinatorTooFewSignatures decoded", got[id])
	}
}

type emptySource struct{}

func (emptySource) Next(context.Context, int, time.Duration) ([]batcher.Item[bindings.InferenceResult], error) {
	return nil, nil
}
