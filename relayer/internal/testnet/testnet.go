// Package testnet deploys the real InferenceCoordinator, ModelRegistry and
// WorkerRegistry (their generated bindings' creation code) onto a test chain
// (the simulated backend or anvil), registers a DAO, models and attested
// workers, and makes requests, so that relayer tests run against the
// contracts' real events.
//
// It is for tests only.
package testnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/contracts"
)

// Backend is what deploying and transacting needs: ethclient.Client and
// simulated.Client both are one.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Artifact is a contract's ABI and creation code.
type Artifact struct {
	ABI      abi.ABI
	Bytecode []byte
}

// artifact reads a contract's generated binding.
func artifact(tb testing.TB, m *bind.MetaData) Artifact {
	tb.Helper()
	a, err := m.ParseABI()
	if err != nil {
		tb.Fatal(err)
	}
	return Artifact{*a, common.FromHex(m.Bin)}
}

// The ABI's tuple types, field for field.
type (
	feeSplit          = contracts.FeeSplit
	coordinatorConfig struct {
		ModelRegistry       common.Address
		WorkerRegistry      common.Address
		Owner               common.Address
		Guardian            common.Address
		MaxPromptBytes      uint32
		MaxCallbackGasLimit uint32
		RequestTimeout      uint32
		FulfilGasOverhead   uint32
		PriorityFeeWei      uint64
	}
	modelVersion struct {
		WeightsHash        [32]byte
		RuntimeMeasurement [32]byte
		Uri                string //nolint:revive // the ABI's name
		MaxOutputBytes     uint32
		MaxTokens          uint32
		CreatedAt          uint64
	}
	price struct {
		Token       common.Address
		BaseFee     *big.Int
		PerTokenFee *big.Int
	}
	verificationPolicy struct {
		K              uint8
		N              uint8
		MinWorkerStake *big.Int
	}
)

// Stack is the deployed contracts and the keys that own them.
type Stack struct {
	tb      testing.TB
	B       Backend
	Mine    func() // mines a block on the simulated chain; nil on anvil (automine)
	ChainID *big.Int

	Coordinator, ModelRegistry, WorkerRegistry common.Address
	coordinator, models, workers               Artifact

	Owner     *ecdsa.PrivateKey // protocol owner and registrar (dev 0)
	Treasury  *ecdsa.PrivateKey // the DAO (dev 1)
	Operator  *ecdsa.PrivateKey // workers' operator (dev 4)
	Requester *ecdsa.PrivateKey // the dApp (dev 5)
	Authority *attest.Authority // the attestation verifier key
}

// MinWorkerStake is the stake every model here asks of a worker.
var MinWorkerStake = big.NewInt(1e18)

// Deploy deploys the stack on b. mine is called after each transaction
// (simulated chains); pass nil for anvil.
func Deploy(tb testing.TB, b Backend, mine func()) *Stack {
	tb.Helper()
	ctx := context.Background()
	chainID, err := b.ChainID(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	s := &Stack{
		tb: tb, B: b, Mine: mine, ChainID: chainID,
		coordinator: artifact(tb, &bindings.InferenceCoordinatorMetaData),
		models:      artifact(tb, &bindings.ModelRegistryMetaData),
		workers:     artifact(tb, &bindings.WorkerRegistryMetaData),
		Owner:       devchain.DevKey(0), Treasury: devchain.DevKey(1),
		Operator: devchain.DevKey(4), Requester: devchain.DevKey(5),
	}
	authKey, _ := crypto.GenerateKey()
	owner := addr(s.Owner)

	zero := feeSplit{}
	full := feeSplit{WorkersBps: 10000, HoldersBps: 10000, DataPoolBps: 10000, TreasuryBps: 10000}
	s.ModelRegistry = s.deploy(s.models, owner, zero, full)
	s.WorkerRegistry = s.deploy(s.workers, owner, crypto.PubkeyToAddress(authKey.PublicKey), uint64(7*24*3600), big.NewInt(1e17), uint16(1000))
	s.Authority = attest.NewAuthority(authKey, attest.RegistryDomain(chainID, s.WorkerRegistry))
	s.Coordinator = s.deploy(s.coordinator, coordinatorConfig{
		ModelRegistry: s.ModelRegistry, WorkerRegistry: s.WorkerRegistry, Owner: owner, Guardian: owner,
		MaxPromptBytes: 4096, MaxCallbackGasLimit: 2_000_000, RequestTimeout: 3600,
		FulfilGasOverhead: 150_000, PriorityFeeWei: 1e9,
	})
	s.Transact(s.Owner, s.WorkerRegistry, s.workers, nil, "setCoordinatorTrust", s.Coordinator, true)
	s.Transact(s.Owner, s.ModelRegistry, s.models, nil, "setRegistrar", owner, true)
	s.Transact(s.Owner, s.ModelRegistry, s.models, nil, "registerDAO", addr(s.Treasury),
		devchain.DevAddress(2), devchain.DevAddress(3),
		feeSplit{WorkersBps: 5000, HoldersBps: 2500, DataPoolBps: 1000, TreasuryBps: 1500})
	return s
}

// deploy sends a creation transaction.
func (s *Stack) deploy(a Artifact, args ...any) common.Address {
	s.tb.Helper()
	input, err := a.ABI.Pack("", args...)
	if err != nil {
		s.tb.Fatalf("packing constructor: %v", err)
	}
	opts := s.opts(s.Owner, nil)
	c := bind.NewBoundContract(common.Address{}, a.ABI, s.B, s.B, s.B)
	tx, err := c.RawCreationTransact(opts, append(append([]byte{}, a.Bytecode...), input...))
	if err != nil {
		s.tb.Fatalf("deploying: %v", err)
	}
	r := s.wait(tx)
	return r.ContractAddress
}

func (s *Stack) opts(key *ecdsa.PrivateKey, value *big.Int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(key, s.ChainID)
	o.Value = value
	o.Context = context.Background()
	return o
}

// Transact calls method on the contract at to and waits for a successful
// receipt.
func (s *Stack) Transact(key *ecdsa.PrivateKey, to common.Address, a Artifact, value *big.Int, method string, args ...any) *types.Receipt {
	s.tb.Helper()
	r, err := s.TryTransact(key, to, a, value, method, args...)
	if err != nil {
		s.tb.Fatal(err)
	}
	return r
}

// TryTransact is Transact returning the error.
func (s *Stack) TryTransact(key *ecdsa.PrivateKey, to common.Address, a Artifact, value *big.Int, method string, args ...any) (*types.Receipt, error) {
	input, err := a.ABI.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("packing %s: %w", method, err)
	}
	c := bind.NewBoundContract(to, a.ABI, s.B, s.B, s.B)
	tx, err := c.RawTransact(s.opts(key, value), input)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	r := s.wait(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted", method, tx.Hash())
	}
	return r, nil
}

func (s *Stack) wait(tx *types.Transaction) *types.Receipt {
	s.tb.Helper()
	if s.Mine != nil {
		s.Mine()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := bind.WaitMined(ctx, s.B, tx.Hash())
	if err != nil {
		s.tb.Fatalf("waiting for %s: %v", tx.Hash(), err)
	}
	return r
}

// Model is a registered model's terms as the tests set them.
type Model struct {
	ID          *big.Int
	WeightsHash common.Hash
	Runtime     common.Hash
	K           uint8
}

// RegisterModel registers a model whose active version needs weights and
// runtime, with a k-of-n policy.
func (s *Stack) RegisterModel(weights, runtime common.Hash, k, n uint8) Model {
	s.tb.Helper()
	r := s.Transact(s.Treasury, s.ModelRegistry, s.models, nil, "registerModel",
		modelVersion{WeightsHash: weights, RuntimeMeasurement: runtime, Uri: "ipfs://weights", MaxOutputBytes: 1024, MaxTokens: 512},
		price{BaseFee: big.NewInt(1e15), PerTokenFee: big.NewInt(1e12)},
		verificationPolicy{K: k, N: n, MinWorkerStake: MinWorkerStake})
	for _, l := range r.Logs {
		if l.Topics[0] == s.models.ABI.Events["ModelRegistered"].ID {
			return Model{ID: new(big.Int).SetBytes(l.Topics[1][:]), WeightsHash: weights, Runtime: runtime, K: k}
		}
	}
	s.tb.Fatal("registerModel: no ModelRegistered event")
	return Model{}
}

// PublishVersion publishes and activates a new version of m with new weights.
func (s *Stack) PublishVersion(m Model, weights common.Hash) {
	s.tb.Helper()
	s.Transact(s.Treasury, s.ModelRegistry, s.models, nil, "publishVersion", m.ID,
		modelVersion{WeightsHash: weights, RuntimeMeasurement: m.Runtime, Uri: "ipfs://weights2", MaxOutputBytes: 1024, MaxTokens: 512},
		true)
}

// Record has the authority countersign a worker's report for weights, as
// `worker register` does.
func (s *Stack) Record(a *attest.Attester, weights common.Hash) (attest.Record, []byte) {
	s.tb.Helper()
	nonce := common.BytesToHash(crypto.Keccak256([]byte(time.Now().String())))
	rep, err := a.Report(nonce, []attest.Model{{WeightsHash: weights}})
	if err != nil {
		s.tb.Fatal(err)
	}
	rec, sig, err := s.Authority.Countersign(rep, nonce, weights)
	if err != nil {
		s.tb.Fatal(err)
	}
	return rec, sig
}

// RegisterWorker registers the attester's key on chain with the minimum
// model stake, for weights.
func (s *Stack) RegisterWorker(rec attest.Record, sig []byte) {
	s.tb.Helper()
	s.Transact(s.Operator, s.WorkerRegistry, s.workers, MinWorkerStake, "register", contracts.Attestation{
		Signer: rec.Signer, RuntimeMeasurement: rec.RuntimeMeasurement, WeightsHash: rec.WeightsHash,
		HardwareClass: rec.HardwareClass, ReportHash: rec.ReportHash, IssuedAt: rec.IssuedAt,
	}, sig)
}

// BeginUnbonding makes a worker ineligible.
func (s *Stack) BeginUnbonding(signer common.Address) {
	s.tb.Helper()
	s.Transact(s.Operator, s.WorkerRegistry, s.workers, nil, "beginUnbonding", signer)
}

// Request makes a request for model m with the quoted fee and returns its id
// and the receipt.
func (s *Stack) Request(m Model, prompt string, maxTokens uint32) (common.Hash, *types.Receipt) {
	s.tb.Helper()
	rid, r, err := s.TryRequest(m, prompt, maxTokens)
	if err != nil {
		s.tb.Fatal(err)
	}
	return rid, r
}

// TryRequest is Request returning the error.
func (s *Stack) TryRequest(m Model, prompt string, maxTokens uint32) (common.Hash, *types.Receipt, error) {
	fee, err := s.Quote(m, maxTokens)
	if err != nil {
		return common.Hash{}, nil, err
	}
	fee.Mul(fee, big.NewInt(2)) // the gas part follows the base fee: the excess comes back
	r, err := s.TryTransact(s.Requester, s.Coordinator, s.coordinator, fee, "requestInference", m.ID, []byte(prompt), maxTokens, uint32(0))
	if err != nil {
		return common.Hash{}, nil, err
	}
	for _, l := range r.Logs {
		if l.Topics[0] == contracts.TopicRequested {
			return l.Topics[1], r, nil
		}
	}
	return common.Hash{}, r, fmt.Errorf("requestInference: no InferenceRequested event")
}

// Quote is the coordinator's quote for a request of m.
func (s *Stack) Quote(m Model, maxTokens uint32) (*big.Int, error) {
	c := bind.NewBoundContract(s.Coordinator, s.coordinator.ABI, s.B, s.B, s.B)
	var out []any
	if err := c.Call(&bind.CallOpts{}, &out, "quote", m.ID, maxTokens, uint32(0)); err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	return out[0].(*big.Int), nil
}

// CoordinatorArtifact is the coordinator's artifact (for fulfil and refund
// calls in tests).
func (s *Stack) CoordinatorArtifact() Artifact { return s.coordinator }

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

type inferenceResult struct {
	Request    contracts.InferenceRequest
	Output     []byte
	OutputHash [32]byte
	OutputUri  string //nolint:revive // the ABI's name
	Signatures []byte
}

// Fulfill submits one inline result with the given signatures (65 bytes
// each, in ascending signer order) from the owner's account.
func (s *Stack) Fulfill(req contracts.InferenceRequest, output []byte, sigs ...[]byte) *types.Receipt {
	s.tb.Helper()
	var all []byte
	for _, sig := range sigs {
		all = append(all, sig...)
	}
	return s.Transact(s.Owner, s.Coordinator, s.coordinator, nil, "fulfill",
		[]inferenceResult{{Request: req, Output: output, Signatures: all}})
}

// Refund refunds an expired request.
func (s *Stack) Refund(rid common.Hash) *types.Receipt {
	s.tb.Helper()
	return s.Transact(s.Owner, s.Coordinator, s.coordinator, nil, "refund", rid)
}

// SignResult signs a result as a worker does.
func (s *Stack) SignResult(key *ecdsa.PrivateKey, rid common.Hash, version uint32, output []byte) []byte {
	s.tb.Helper()
	d := attest.ResultDigest(attest.CoordinatorDomain(s.ChainID, s.Coordinator), rid, version, crypto.Keccak256Hash(output))
	sig, err := attest.Sign(key, d)
	if err != nil {
		s.tb.Fatal(err)
	}
	return sig
}
