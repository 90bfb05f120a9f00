package main

// A minimal protocol stack on anvil for the binary's tests: the protocol
// deployed by deploy/protocol, one DAO with one model (k = 1) created by
// deploy/dao from a spec, one attested worker, requests from a dApp
// account, and the jobs the relayer would put in the queue for them
// (results collected, signed by the worker).

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/dao"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/deploy/spec"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

type stack struct {
	t       testing.TB
	eth     *ethclient.Client
	chainID *big.Int
	file    *deployments.File
	coord   common.Address
	modelID *big.Int
	worker  *ecdsa.PrivateKey
}

// newRig starts what most tests here run against: a redis-server, anvil
// mining a block per transaction with the protocol deployed, and a queue
// over that Redis with cfg.
func newRig(t *testing.T, ctx context.Context, cfg queue.Config) (*redistest.Server, *devchain.Anvil, *stack, *queue.Queue) {
	t.Helper()
	rs := redistest.Start(t)
	a := startAnvil(t, ctx, 0)
	s := newStack(t, ctx, a.URL)
	q, err := queue.New(rs.Client(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return rs, a, s, q
}

func (s *stack) addr(name string) common.Address { return s.file.Protocol[name].Address }

// send sends data to `to` from key with value and waits for success.
func (s *stack) send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	s.t.Helper()
	opts := bind.NewKeyedTransactor(key, s.chainID)
	opts.Context, opts.Value = ctx, value
	c := bind.NewBoundContract(to, bindings.NewInferenceCoordinator().GetABI(), s.eth, s.eth, s.eth)
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		s.t.Fatalf("send to %s: %v", to, err)
	}
	for {
		r, err := s.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				s.t.Fatalf("tx %s to %s reverted", tx.Hash(), to)
			}
			return r
		}
		select {
		case <-ctx.Done():
			s.t.Fatalf("tx %s: %v", tx.Hash(), ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// newStack deploys and registers everything on the chain at url.
func newStack(t testing.TB, ctx context.Context, url string) *stack {
	t.Helper()
	eth, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	authKey, _ := crypto.GenerateKey()
	owner := devchain.DevKey(0)
	d := &protocol.Deployer{Backend: eth, Key: owner, ChainID: chainID}
	f := &deployments.File{ChainID: chainID.Uint64(), Protocol: map[string]deployments.Contract{}}
	if err := d.Protocol(ctx, f, protocol.DevnetParams(d.From(), crypto.PubkeyToAddress(authKey.PublicKey))); err != nil {
		t.Fatalf("deploy the protocol: %v", err)
	}
	s := &stack{t: t, eth: eth, chainID: chainID, file: f, coord: f.Protocol[protocol.InferenceCoordinator].Address}
	wr := bindings.NewWorkerRegistry()
	wrAddr := s.addr(protocol.WorkerRegistry)

	// A DAO with one model, created by the factory as `minidao deploy dao`
	// does: its fee split pays a real treasury, distributor and data pool.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "model.gguf"), []byte("the oracle tests' model weights"), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := spec.Parse(strings.NewReader(testDAO))
	if err != nil {
		t.Fatalf("the test DAO's spec: %v", err)
	}
	sp.Dir = dir
	runtime := crypto.Keccak256Hash([]byte("runtime"))
	res, err := dao.Create(ctx, d, f, sp, dao.Options{RuntimeMeasurement: runtime})
	if err != nil {
		t.Fatalf("create the DAO: %v", err)
	}
	s.modelID = new(big.Int).SetUint64(res.DAO.Models[0].ID)
	weights := res.DAO.Models[0].WeightsHash

	// An attested worker, staked by its operator (dev 4).
	s.worker, _ = crypto.GenerateKey()
	nonce := crypto.Keccak256Hash([]byte(t.Name()))
	rep, err := attest.NewAttester(s.worker, runtime, "cpu").Report(nonce, []attest.Model{{WeightsHash: weights}})
	if err != nil {
		t.Fatal(err)
	}
	rec, sig, err := attest.NewAuthority(authKey, attest.RegistryDomain(chainID, wrAddr)).Countersign(rep, nonce, weights)
	if err != nil {
		t.Fatal(err)
	}
	s.send(ctx, devchain.DevKey(4), wrAddr, big.NewInt(1e17), wr.PackRegister(bindings.Attestation{
		Signer: rec.Signer, RuntimeMeasurement: rec.RuntimeMeasurement, WeightsHash: rec.WeightsHash,
		HardwareClass: rec.HardwareClass, ReportHash: rec.ReportHash, IssuedAt: rec.IssuedAt,
	}, sig))
	return s
}

// testDAO is the stack's DAO: holders dev 1 and 2, one model served by one
// worker (k = 1), a fee of 0.001 ETH plus 1,000 gwei a token.
const testDAO = `
name: Oracle Test DAO
symbol: OTD
allocations:
  - {address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", amount: 600000 ether}
  - {address: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", amount: 400000 ether}
governance: {voting_delay: 1, voting_period: 300, timelock_delay: 60, quorum_percent: 4, proposal_threshold: 1000 ether}
revenue_split: {workers: 5000, holders: 2500, data_pool: 1000, treasury: 1500}
bounty_mint_budget: 1000 ether
models:
  - name: oracle-test-model
    weights: model.gguf
    uri: ipfs://weights
    max_output_bytes: 1024
    max_tokens: 512
    price: {base_fee: 0.001 ether, per_token_fee: 1000 gwei}
    verification: {k: 1, n: 1, min_worker_stake: 0.1 ether}
`

// request makes a request from the dApp (dev 5) and returns its event. The
// request prepays callbackGas besides the coordinator's per-result overhead
// (the devnet's 120,000 gas does not cover a batch of one, ~174,000 gas: the
// oracle holds such a result back).
func (s *stack) request(ctx context.Context, prompt string, callbackGas uint32) (*bindings.InferenceCoordinatorInferenceRequested, *types.Log) {
	s.t.Helper()
	c := bindings.NewInferenceCoordinator()
	fee, err := bind.Call(c.Instance(s.eth, s.coord), &bind.CallOpts{Context: ctx}, c.PackQuote(s.modelID, 16, callbackGas), c.UnpackQuote)
	if err != nil {
		s.t.Fatalf("quote: %v", err)
	}
	fee.Mul(fee, big.NewInt(2)) // the gas part follows the base fee; the excess comes back
	r := s.send(ctx, devchain.DevKey(5), s.coord, fee, c.PackRequestInference(s.modelID, []byte(prompt), 16, callbackGas))
	for _, l := range r.Logs {
		if ev, err := c.UnpackInferenceRequestedEvent(l); err == nil {
			return ev, l
		}
	}
	s.t.Fatal("requestInference: no InferenceRequested event")
	return nil, nil
}

// enqueueCollected puts the request in the queue as the relayer leaves it
// for the oracle: results collected, the worker's signature over output.
func (s *stack) enqueueCollected(ctx context.Context, q *queue.Queue, ev *bindings.InferenceCoordinatorInferenceRequested, l *types.Log, output []byte) common.Hash {
	s.t.Helper()
	rq := ev.Request
	rid := common.Hash(ev.RequestId)
	if _, err := q.Enqueue(ctx, queueRequest(ev, l, false)); err != nil {
		s.t.Fatal(err)
	}
	ds, err := q.Next(ctx, "test-dispatcher", []*big.Int{rq.ModelId}, 1, time.Second)
	if err != nil || len(ds) != 1 {
		s.t.Fatalf("dispatch: %v %v", ds, err)
	}
	digest := attest.ResultDigest(attest.CoordinatorDomain(s.chainID, s.coord), rid, rq.ModelVersion, crypto.Keccak256Hash(output))
	sig, err := attest.Sign(s.worker, digest)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := q.Collect(ctx, ds[0].Lease, &queue.Results{Output: output, OutputHash: crypto.Keccak256Hash(output),
		Workers: []queue.WorkerResult{{Worker: crypto.PubkeyToAddress(s.worker.PublicKey), Signature: sig, Agreed: true}}}); err != nil {
		s.t.Fatal(err)
	}
	return rid
}

// status is the request's on-chain status name.
func (s *stack) status(ctx context.Context, rid common.Hash) string {
	s.t.Helper()
	c := bindings.NewInferenceCoordinator()
	rec, err := bind.Call(c.Instance(s.eth, s.coord), &bind.CallOpts{Context: ctx}, c.PackRequest(rid), c.UnpackRequest)
	if err != nil {
		s.t.Fatal(err)
	}
	return [...]string{"none", "pending", "fulfilled", "refunded"}[rec.Status]
}

// queueRequest is the queue's request for an InferenceRequested event. With
// all, it carries every term of the request, as a watcher that fills them
// leaves it (the oracle then reads no receipt); without, only the fields
// the relayer's watcher fills today (the oracle reads the terms from the
// event).
func queueRequest(ev *bindings.InferenceCoordinatorInferenceRequested, l *types.Log, all bool) *queue.Request {
	rq := ev.Request
	r := &queue.Request{
		RequestID: common.Hash(ev.RequestId), ModelID: rq.ModelId, ModelVersion: rq.ModelVersion, Requester: rq.Requester,
		Prompt: ev.Prompt, MaxTokens: rq.MaxTokens, Deadline: rq.Deadline.Uint64(),
		CallbackGasLimit: uint64(rq.CallbackGasLimit), Fee: rq.Fee, FeeToken: rq.Token, GasPrepaid: rq.GasPrepaid, K: rq.K,
		BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index,
	}
	if all {
		r.Nonce, r.PromptHash, r.WeightsHash, r.RuntimeMeasurement = rq.Nonce, rq.PromptHash, rq.WeightsHash, rq.RuntimeMeasurement
		r.MaxOutputBytes, r.MinWorkerStake = rq.MaxOutputBytes, rq.MinWorkerStake
		r.Split = queue.FeeSplit{WorkersBps: rq.Split.WorkersBps, HoldersBps: rq.Split.HoldersBps,
			DataPoolBps: rq.Split.DataPoolBps, TreasuryBps: rq.Split.TreasuryBps}
		r.Treasury, r.Distributor, r.DataPool = rq.Treasury, rq.Distributor, rq.DataPool
	}
	return r
}
