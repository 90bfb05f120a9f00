// Package protocol deploys the MiniDAO protocol's shared contracts — the
// ModelRegistry, WorkerRegistry, InferenceCoordinator, the implementations
// every DAO is cloned from, and the MiniDAOFactory — and wires them together.
// It is the one Go deploy library: `minidao deploy protocol`, `minidao devnet`
// and the Go tests use it. Re-running it skips every contract already on the
// chain (same address, same code hash, same creation code) and every wiring
// step already done.
//
// It does not create DAOs (package dao does) and never picks keys itself.
package protocol

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/deploy/deployments"
)

// Contract names, as in deployments/<chainId>.json.
const (
	ModelRegistry        = "ModelRegistry"
	WorkerRegistry       = "WorkerRegistry"
	InferenceCoordinator = "InferenceCoordinator"
	TokenImpl            = "ManagementToken"
	TimelockImpl         = "DAOTimelock"
	GovernorImpl         = "MiniDAOGovernor"
	DistributorImpl      = "RevenueDistributor"
	BountyBoardImpl      = "DataBountyBoard"
	Factory              = "MiniDAOFactory"
)

// Names lists the protocol's contracts, the ones DAOs use first.
var Names = []string{
	ModelRegistry, WorkerRegistry, InferenceCoordinator, Factory,
	TokenImpl, TimelockImpl, GovernorImpl, DistributorImpl, BountyBoardImpl,
}

// ErrInsufficientFunds means the deployer cannot pay for the deployment.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Backend is what deploying needs of a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Params are the protocol's settings.
type Params struct {
	Owner               common.Address // protocol governance: owns registries and coordinator
	Guardian            common.Address // may pause new requests
	AttestationVerifier common.Address // the key whose countersigned attestations the WorkerRegistry trusts
	UnbondingDelay      uint64         // seconds
	MinWorkerStake      *big.Int       // wei
	ReporterBps         uint16         // share of a slashed stake for whoever proves equivocation
	MaxPromptBytes      uint32
	MaxCallbackGasLimit uint32
	RequestTimeout      uint32 // seconds from request to deadline
	FulfilGasOverhead   uint32 // gas prepaid per result besides the callback
	PriorityFeeWei      uint64
	SplitMin, SplitMax  bindings.FeeSplit // bounds every DAO's fee split must respect
}

// DevnetParams are settings for a local devnet, all roles held by owner.
// FulfilGasOverhead covers a result settled alone in a batch (about 131k gas,
// 199k for the first settlement on a fresh deployment), so that no request
// is held back for want of prepaid gas. contracts/script/DeployLib.sol's
// devnetParams must match (TestForgeScriptsDeployWhatGoReads fails if not).
func DevnetParams(owner, verifier common.Address) Params {
	return Params{
		Owner: owner, Guardian: owner, AttestationVerifier: verifier,
		UnbondingDelay: 60, MinWorkerStake: big.NewInt(1e17), ReporterBps: 5_000,
		MaxPromptBytes: 8_192, MaxCallbackGasLimit: 2_000_000, RequestTimeout: 600,
		FulfilGasOverhead: 200_000, PriorityFeeWei: 1_000_000_000,
		SplitMin: bindings.FeeSplit{},
		SplitMax: bindings.FeeSplit{WorkersBps: 10_000, HoldersBps: 10_000, DataPoolBps: 10_000, TreasuryBps: 10_000},
	}
}

// Step is one action of a deployment, reported as it happens.
type Step struct {
	Name    string
	Tx      common.Hash
	Address common.Address
	Gas     uint64
	Skipped bool // already done
}

// Deployer sends the protocol's transactions from one key, one at a time.
type Deployer struct {
	Backend Backend
	Key     *ecdsa.PrivateKey
	ChainID *big.Int
	DryRun  bool       // estimate gas, send nothing
	OnStep  func(Step) // progress; may be nil
	Timeout time.Duration
}

func (d *Deployer) from() common.Address { return crypto.PubkeyToAddress(d.Key.PublicKey) }

// From is the deployer's address.
func (d *Deployer) From() common.Address { return d.from() }

// Send sends data to c, waits for the receipt and reports the step as name.
// A revert is decoded into the contract's custom error.
func (d *Deployer) Send(ctx context.Context, name string, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	tx, err := bind.Transact(c, d.opts(ctx), data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, revert.Wrap(err))
	}
	rcpt, err := d.wait(ctx, tx)
	if err != nil {
		return rcpt, fmt.Errorf("%s: %w", name, err)
	}
	d.step(Step{Name: name, Tx: tx.Hash(), Gas: rcpt.GasUsed})
	return rcpt, nil
}

// Report passes a step made outside the Deployer's own methods (a
// dry run's plan line, for instance).
func (d *Deployer) Report(s Step) { d.step(s) }

// CheckFunds fails with ErrInsufficientFunds when the deployer cannot pay
// for gas units at the current gas price.
func (d *Deployer) CheckFunds(ctx context.Context, gas uint64) error {
	bal, err := d.Backend.BalanceAt(ctx, d.from(), nil)
	if err != nil {
		return err
	}
	price, err := d.Backend.SuggestGasPrice(ctx)
	if err != nil {
		return err
	}
	need := new(big.Int).Mul(price, new(big.Int).SetUint64(gas))
	if bal.Cmp(need) < 0 {
		return fmt.Errorf("%w: %s has %s wei, this needs about %s wei (%d gas at %s wei/gas)",
			ErrInsufficientFunds, d.from().Hex(), bal, need, gas, price)
	}
	return nil
}

func (d *Deployer) step(s Step) {
	if d.OnStep != nil {
		d.OnStep(s)
	}
}

// Protocol deploys and wires what f does not already hold, recording every
// contract in f. The caller saves f.
func (d *Deployer) Protocol(ctx context.Context, f *deployments.File, p Params) error {
	if p.Owner == (common.Address{}) || p.Guardian == (common.Address{}) || p.AttestationVerifier == (common.Address{}) {
		return errors.New("protocol: owner, guardian and attestation verifier must be set")
	}
	if err := d.checkFunds(ctx); err != nil {
		return err
	}
	reg := bindings.NewModelRegistry()
	wr := bindings.NewWorkerRegistry()
	coord := bindings.NewInferenceCoordinator()
	fac := bindings.NewMiniDAOFactory()

	type deployment struct {
		name string
		md   *bind.MetaData
		args func() []byte
	}
	plan := []deployment{
		{ModelRegistry, &bindings.ModelRegistryMetaData, func() []byte { return reg.PackConstructor(p.Owner, p.SplitMin, p.SplitMax) }},
		{WorkerRegistry, &bindings.WorkerRegistryMetaData, func() []byte {
			return wr.PackConstructor(p.Owner, p.AttestationVerifier, p.UnbondingDelay, p.MinWorkerStake, p.ReporterBps)
		}},
		{InferenceCoordinator, &bindings.InferenceCoordinatorMetaData, func() []byte {
			return coord.PackConstructor(bindings.CoordinatorConfig{
				ModelRegistry: f.Protocol[ModelRegistry].Address, WorkerRegistry: f.Protocol[WorkerRegistry].Address,
				Owner: p.Owner, Guardian: p.Guardian, MaxPromptBytes: p.MaxPromptBytes,
				MaxCallbackGasLimit: p.MaxCallbackGasLimit, RequestTimeout: p.RequestTimeout,
				FulfilGasOverhead: p.FulfilGasOverhead, PriorityFeeWei: p.PriorityFeeWei,
			})
		}},
		{TokenImpl, &bindings.ManagementTokenMetaData, nil},
		{TimelockImpl, &bindings.DAOTimelockMetaData, nil},
		{GovernorImpl, &bindings.MiniDAOGovernorMetaData, nil},
		{DistributorImpl, &bindings.RevenueDistributorMetaData, nil},
		{BountyBoardImpl, &bindings.DataBountyBoardMetaData, nil},
		{Factory, &bindings.MiniDAOFactoryMetaData, func() []byte {
			return fac.PackConstructor(f.Protocol[ModelRegistry].Address, bindings.IMiniDAOFactoryImplementations{
				Token: f.Protocol[TokenImpl].Address, Timelock: f.Protocol[TimelockImpl].Address,
				Governor: f.Protocol[GovernorImpl].Address, Distributor: f.Protocol[DistributorImpl].Address,
				BountyBoard: f.Protocol[BountyBoardImpl].Address,
			})
		}},
	}
	for _, c := range plan {
		var args []byte
		if c.args != nil {
			args = c.args()
		}
		if err := d.deploy(ctx, f, c.name, c.md, args); err != nil {
			return fmt.Errorf("deploy %s: %w", c.name, revert.Wrap(err))
		}
	}
	if d.DryRun {
		return nil
	}
	// Wiring: the factory registers DAOs; the worker registry trusts the
	// coordinator's result signatures for slashing.
	regAddr, wrAddr := f.Protocol[ModelRegistry].Address, f.Protocol[WorkerRegistry].Address
	facAddr, coordAddr := f.Protocol[Factory].Address, f.Protocol[InferenceCoordinator].Address
	isReg, err := bind.Call(reg.Instance(d.Backend, regAddr), &bind.CallOpts{Context: ctx}, reg.PackIsRegistrar(facAddr), reg.UnpackIsRegistrar)
	if err != nil {
		return fmt.Errorf("read ModelRegistry.isRegistrar: %w", err)
	}
	if err := d.wire(ctx, "ModelRegistry.setRegistrar(factory)", isReg, reg.Instance(d.Backend, regAddr), reg.PackSetRegistrar(facAddr, true)); err != nil {
		return err
	}
	trusted, err := bind.Call(wr.Instance(d.Backend, wrAddr), &bind.CallOpts{Context: ctx}, wr.PackIsTrustedCoordinator(coordAddr), wr.UnpackIsTrustedCoordinator)
	if err != nil {
		return fmt.Errorf("read WorkerRegistry.isTrustedCoordinator: %w", err)
	}
	return d.wire(ctx, "WorkerRegistry.setCoordinatorTrust(coordinator)", trusted, wr.Instance(d.Backend, wrAddr), wr.PackSetCoordinatorTrust(coordAddr, true))
}

// deploy deploys one contract unless f records it with the same creation
// code (the binding's bytecode and constructor arguments) and the chain has
// code with the recorded hash at its address.
func (d *Deployer) deploy(ctx context.Context, f *deployments.File, name string, md *bind.MetaData, args []byte) error {
	code := append(common.FromHex(md.Bin), args...)
	initHash := crypto.Keccak256Hash(code)
	if c, ok := f.Protocol[name]; ok && c.InitHash == initHash {
		onChain, err := d.Backend.CodeAt(ctx, c.Address, nil)
		if err != nil {
			return err
		}
		if len(onChain) > 0 && crypto.Keccak256Hash(onChain) == c.CodeHash {
			d.step(Step{Name: name, Address: c.Address, Skipped: true})
			return nil
		}
	}
	if d.DryRun {
		gas, err := d.Backend.EstimateGas(ctx, ethereum.CallMsg{From: d.from(), Data: code})
		if err != nil {
			return err
		}
		// Later constructors take these addresses: give the plan placeholders.
		f.Protocol[name] = deployments.Contract{Address: crypto.CreateAddress(d.from(), uint64(len(f.Protocol)))}
		d.step(Step{Name: name, Gas: gas})
		return nil
	}
	opts := d.opts(ctx)
	addr, tx, err := bind.DeployContract(opts, common.FromHex(md.Bin), d.Backend, args)
	if err != nil {
		return err
	}
	rcpt, err := d.wait(ctx, tx)
	if err != nil {
		return err
	}
	onChain, err := d.Backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return err
	}
	f.Protocol[name] = deployments.Contract{Address: addr, CodeHash: crypto.Keccak256Hash(onChain), InitHash: initHash, Tx: tx.Hash()}
	d.step(Step{Name: name, Address: addr, Tx: tx.Hash(), Gas: rcpt.GasUsed})
	return nil
}

func (d *Deployer) wire(ctx context.Context, name string, done bool, c *bind.BoundContract, data []byte) error {
	if done {
		d.step(Step{Name: name, Skipped: true})
		return nil
	}
	tx, err := bind.Transact(c, d.opts(ctx), data)
	if err != nil {
		return fmt.Errorf("%s: %w", name, revert.Wrap(err))
	}
	rcpt, err := d.wait(ctx, tx)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d.step(Step{Name: name, Tx: tx.Hash(), Gas: rcpt.GasUsed})
	return nil
}

func (d *Deployer) opts(ctx context.Context) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(d.Key, d.ChainID)
	o.Context = ctx
	return o
}

// wait waits for the receipt and turns a failed transaction into an error.
func (d *Deployer) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	timeout := d.Timeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// bind.WaitMined polls once a second; devnets mine in milliseconds.
	var rcpt *types.Receipt
	for poll := time.NewTicker(50 * time.Millisecond); ; {
		r, err := d.Backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			rcpt = r
			poll.Stop()
			break
		}
		select {
		case <-ctx.Done():
			poll.Stop()
			return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), ctx.Err())
		case <-poll.C:
		}
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("transaction %s failed", tx.Hash())
	}
	return rcpt, nil
}

// checkFunds fails early, with the numbers, when the deployer has no ETH for gas.
func (d *Deployer) checkFunds(ctx context.Context) error {
	bal, err := d.Backend.BalanceAt(ctx, d.from(), nil)
	if err != nil {
		return err
	}
	price, err := d.Backend.SuggestGasPrice(ctx)
	if err != nil {
		return err
	}
	// The whole protocol costs about 26M gas (25.7M measured on anvil); ask
	// for a little more up front.
	need := new(big.Int).Mul(price, big.NewInt(27_000_000))
	if bal.Cmp(need) < 0 {
		return fmt.Errorf("%w: %s has %s wei, the protocol needs about %s wei at %s wei/gas",
			ErrInsufficientFunds, d.from().Hex(), bal, need, price)
	}
	return nil
}
