package main

// A minimal protocol stack on anvil for the binary's tests: the protocol
// deployed by deploy/protocol, one DAO with one model (k = 1), one attested
// worker, requests from a dApp account, and the jobs the relayer would put
// in the queue for them (results collected, signed by the worker). Written
// for these tests on the bindings; relayer/internal/testnet (internal to the
// relayer module, on forge artifacts) does the same for the relayer's.

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/queue"
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
	reg, wr, coord := bindings.NewModelRegistry(), bindings.NewWorkerRegistry(), bindings.NewInferenceCoordinator()
	regAddr, wrAddr := s.addr(protocol.ModelRegistry), s.addr(protocol.WorkerRegistry)

	// A DAO (dev 1's treasury) and its model.
	s.send(ctx, owner, regAddr, nil, reg.PackSetRegistrar(d.From(), true))
	s.send(ctx, owner, regAddr, nil, reg.PackRegisterDAO(devchain.DevAddress(1), devchain.DevAddress(2), devchain.DevAddress(3),
		bindings.FeeSplit{WorkersBps: 5000, HoldersBps: 2500, DataPoolBps: 1000, TreasuryBps: 1500}))
	weights, runtime := crypto.Keccak256Hash([]byte("weights")), crypto.Keccak256Hash([]byte("runtime"))
	r := s.send(ctx, devchain.DevKey(1), regAddr, nil, reg.PackRegisterModel(
		bindings.ModelVersion{WeightsHash: weights, RuntimeMeasurement: runtime, Uri: "ipfs://weights", MaxOutputBytes: 1024, MaxTokens: 512},
		bindings.Price{BaseFee: big.NewInt(1e15), PerTokenFee: big.NewInt(1e12)},
		bindings.VerificationPolicy{K: 1, N: 1, MinWorkerStake: big.NewInt(1e17)}))
	for _, l := range r.Logs {
		if l.Address == regAddr && l.Topics[0] == reg.GetABI().Events["ModelRegistered"].ID {
			s.modelID = new(big.Int).SetBytes(l.Topics[1][:])
		}
	}
	if s.modelID == nil {
		t.Fatal("registerModel: no ModelRegistered event")
	}

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
	_ = coord
	return s
}

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
