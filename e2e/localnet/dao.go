package localnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/protocol"
)

// Roles: anvil's development accounts 0-4 run the system, 5-9 are users.
var (
	DeployerKey = devchain.DevKey(0) // protocol owner, attestation authority, oracle submitter
	Holder1Key  = devchain.DevKey(1) // 60% of MT (examples/dao.yaml)
	Holder2Key  = devchain.DevKey(2) // 40% of MT
	CuratorKey  = devchain.DevKey(3) // the bounty board's curator
	OperatorKey = devchain.DevKey(4) // stakes the workers
)

// The example DAO's governance periods (examples/dao.yaml), which tests
// skip over with Advance.
const (
	VotingDelay   = 1 * time.Second
	VotingPeriod  = 300 * time.Second
	TimelockDelay = 60 * time.Second
	StreamPeriod  = time.Hour // the distributor streams revenue in over this (its minimum)
)

// FulfilGasOverhead is the coordinator's per-result gas prepayment beside
// the callback's gas limit.
const FulfilGasOverhead = 200_000

// Split is the example DAO's fee split (examples/dao.yaml), in basis points.
var Split = bindings.FeeSplit{WorkersBps: 5000, HoldersBps: 2500, DataPoolBps: 1500, TreasuryBps: 1000}

// Holdings are the initial MT allocations of Holder1 and Holder2.
var Holdings = []*big.Int{ether(600_000), ether(400_000)}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// DeployProtocol deploys the shared contracts from DeployerKey, with
// DeployerKey's address as the attestation authority.
func DeployProtocol(ctx context.Context, c *Chain, onStep func(protocol.Step)) (*deployments.File, error) {
	f := &deployments.File{ChainID: c.ChainID.Uint64(), Protocol: map[string]deployments.Contract{}}
	d := &protocol.Deployer{Backend: c, Key: DeployerKey, ChainID: c.ChainID, OnStep: onStep, Timeout: time.Minute}
	owner := Address(DeployerKey)
	p := protocol.DevnetParams(owner, owner)
	// The per-result gas prepaid beside the callback must cover a batch of
	// one (21,000 intrinsic gas and the calldata included), or the oracle
	// holds lone results back as unprofitable: devnets see mostly lone
	// requests.
	p.FulfilGasOverhead = FulfilGasOverhead
	if err := d.Protocol(ctx, f, p); err != nil {
		return nil, err
	}
	return f, nil
}

// DAO is a created DAO's contracts.
type DAO = bindings.IMiniDAOFactoryDAOAddresses

// CreateDAO creates the example DAO through the factory.
func CreateDAO(ctx context.Context, c *Chain, f *deployments.File, name, symbol string) (DAO, *types.Receipt, error) {
	fac := bindings.NewMiniDAOFactory()
	cfg := bindings.IMiniDAOFactoryDAOConfig{
		Name: name, Symbol: symbol,
		Holders:           []common.Address{Address(Holder1Key), Address(Holder2Key)},
		Amounts:           Holdings,
		BountyMintBudget:  ether(50_000),
		VotingDelay:       big.NewInt(int64(VotingDelay / time.Second)),
		VotingPeriod:      uint32(VotingPeriod / time.Second),
		ProposalThreshold: ether(1000),
		QuorumNumerator:   big.NewInt(4),
		TimelockDelay:     big.NewInt(int64(TimelockDelay / time.Second)),
		StreamPeriod:      big.NewInt(int64(StreamPeriod / time.Second)),
		Curators:          []common.Address{Address(CuratorKey)},
		Split:             Split,
	}
	r, err := c.Send(ctx, DeployerKey, f.Protocol[protocol.Factory].Address, nil, fac.PackCreateDAO(cfg))
	if err != nil {
		return DAO{}, nil, fmt.Errorf("createDAO: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := fac.UnpackDAOCreatedEvent(l); err == nil {
			return DAO{Token: ev.Token, Timelock: ev.Timelock, Governor: ev.Governor, Distributor: ev.Distributor, BountyBoard: ev.BountyBoard}, r, nil
		}
	}
	return DAO{}, r, fmt.Errorf("createDAO: %w (DAOCreated)", errNoEvent)
}

// Govern has the DAO do one call to `to` through its governance: Holder1
// proposes, both holders vote for, the chain's clock is moved past the
// voting period and the timelock delay, and the proposal is queued and
// executed. Returns the execution's receipt.
func Govern(ctx context.Context, c *Chain, dao DAO, to common.Address, data []byte, description string) (*types.Receipt, error) {
	return GovernValue(ctx, c, dao, to, big.NewInt(0), data, description)
}

// GovernValue is Govern for a call that sends value wei from the timelock.
func GovernValue(ctx context.Context, c *Chain, dao DAO, to common.Address, value *big.Int, data []byte, description string) (*types.Receipt, error) {
	g := bindings.NewMiniDAOGovernor()
	targets, values, calls := []common.Address{to}, []*big.Int{value}, [][]byte{data}
	descHash := crypto.Keccak256Hash([]byte(description))
	// Votes count as of the second before the proposal: let one pass since
	// the last transfer.
	if err := c.Advance(ctx, time.Second); err != nil {
		return nil, err
	}
	r, err := c.Send(ctx, Holder1Key, dao.Governor, nil, g.PackPropose(targets, values, calls, description))
	if err != nil {
		return nil, fmt.Errorf("propose: %w", err)
	}
	var id *big.Int
	for _, l := range r.Logs {
		if ev, err := g.UnpackProposalCreatedEvent(l); err == nil {
			id = ev.ProposalId
		}
	}
	if id == nil {
		return nil, fmt.Errorf("propose: %w (ProposalCreated)", errNoEvent)
	}
	if err := c.Advance(ctx, VotingDelay+time.Second); err != nil {
		return nil, err
	}
	for _, k := range []*ecdsa.PrivateKey{Holder1Key, Holder2Key} {
		if _, err := c.Send(ctx, k, dao.Governor, nil, g.PackCastVote(id, 1)); err != nil {
			return nil, fmt.Errorf("castVote by %s: %w", Address(k), err)
		}
	}
	if err := c.Advance(ctx, VotingPeriod+time.Second); err != nil {
		return nil, err
	}
	if _, err := c.Send(ctx, Holder1Key, dao.Governor, nil, g.PackQueue(targets, values, calls, descHash)); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	if err := c.Advance(ctx, TimelockDelay+time.Second); err != nil {
		return nil, err
	}
	r, err = c.Send(ctx, Holder1Key, dao.Governor, nil, g.PackExecute(targets, values, calls, descHash))
	if err != nil {
		return nil, fmt.Errorf("execute: %w", err)
	}
	return r, nil
}

// ModelSpec is what registering a model needs.
type ModelSpec struct {
	WeightsHash, Runtime common.Hash
	URI                  string
	MaxTokens            uint32
	K, N                 uint8
}

// Price of the example model: base fee + per-token fee x maxTokens.
var (
	BaseFee     = big.NewInt(1e14) // 0.0001 ether
	PerTokenFee = big.NewInt(1e9)  // 1 gwei
	MinStake    = big.NewInt(1e17) // 0.1 ether
)

func (m ModelSpec) version() bindings.ModelVersion {
	return bindings.ModelVersion{WeightsHash: m.WeightsHash, RuntimeMeasurement: m.Runtime, Uri: m.URI,
		MaxOutputBytes: 1024, MaxTokens: m.MaxTokens}
}

// RegisterModel registers m through the DAO's governance and returns its id.
func RegisterModel(ctx context.Context, c *Chain, f *deployments.File, dao DAO, m ModelSpec) (*big.Int, error) {
	reg := bindings.NewModelRegistry()
	data := reg.PackRegisterModel(m.version(), bindings.Price{BaseFee: BaseFee, PerTokenFee: PerTokenFee},
		bindings.VerificationPolicy{K: m.K, N: m.N, MinWorkerStake: MinStake})
	r, err := Govern(ctx, c, dao, f.Protocol[protocol.ModelRegistry].Address, data, "Register model "+m.URI)
	if err != nil {
		return nil, fmt.Errorf("register model: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := reg.UnpackModelRegisteredEvent(l); err == nil {
			return ev.ModelId, nil
		}
	}
	return nil, fmt.Errorf("register model: %w (ModelRegistered)", errNoEvent)
}

// PublishVersion publishes and activates a new version of model id through
// governance.
func PublishVersion(ctx context.Context, c *Chain, f *deployments.File, dao DAO, id *big.Int, m ModelSpec) error {
	reg := bindings.NewModelRegistry()
	_, err := Govern(ctx, c, dao, f.Protocol[protocol.ModelRegistry].Address,
		reg.PackPublishVersion(id, m.version(), true), "Upgrade model "+id.String()+" to "+m.URI)
	return err
}

// DeployAskTheDAO deploys the example dApp for model id; its beneficiary
// is the deployer.
func DeployAskTheDAO(ctx context.Context, c *Chain, f *deployments.File, id *big.Int, maxTokens, callbackGas uint32) (common.Address, error) {
	a := bindings.NewAskTheDAO()
	return c.Deploy(ctx, DeployerKey, &bindings.AskTheDAOMetaData,
		a.PackConstructor(f.Protocol[protocol.InferenceCoordinator].Address, id, maxTokens, callbackGas, Address(DeployerKey)))
}
