package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrRequestNotFound: no InferenceRequested for the id in the given block
// (the block was reorged out, or the id is wrong).
var ErrRequestNotFound = errors.New("request event not found")

// Attestation is IWorkerRegistry's Attestation.
type Attestation struct {
	Signer             common.Address
	RuntimeMeasurement [32]byte
	WeightsHash        [32]byte
	HardwareClass      [32]byte
	ReportHash         [32]byte
	IssuedAt           uint64
}

// WorkerInfo is IWorkerRegistry's WorkerInfo; Operator is zero for an
// unregistered signer.
type WorkerInfo struct {
	Operator        common.Address
	Stake           *big.Int
	UnbondingEndsAt uint64
	Slashed         bool
	Attestation     Attestation
}

// Registered reports whether the worker is registered, bonded and unslashed.
func (w WorkerInfo) Registered() bool {
	return w.Operator != (common.Address{}) && w.UnbondingEndsAt == 0 && !w.Slashed
}

// WorkerRegistry calls the WorkerRegistry's views.
type WorkerRegistry struct{ c *bind.BoundContract }

// NewWorkerRegistry binds the registry at addr on a node.
func NewWorkerRegistry(addr common.Address, caller bind.ContractCaller) *WorkerRegistry {
	return &WorkerRegistry{bind.NewBoundContract(addr, WorkerRegistryABI, caller, nil, nil)}
}

// Address is the registry's address.
func (r *WorkerRegistry) Address() common.Address { return r.c.Address() }

// IsEligible reports whether signer may sign results for a version with this
// runtime and weights and a minimum stake of minStake.
func (r *WorkerRegistry) IsEligible(ctx context.Context, signer common.Address, runtime, weights common.Hash, minStake *big.Int) (bool, error) {
	if minStake == nil {
		minStake = new(big.Int)
	}
	var out []any
	if err := r.c.Call(&bind.CallOpts{Context: ctx}, &out, "isEligible", signer, runtime, weights, minStake); err != nil {
		return false, fmt.Errorf("contracts: isEligible(%s): %w", signer, err)
	}
	ok, _ := out[0].(bool)
	return ok, nil
}

// Worker returns the registry's record of signer (zero Operator when none).
func (r *WorkerRegistry) Worker(ctx context.Context, signer common.Address) (WorkerInfo, error) {
	var out []any
	if err := r.c.Call(&bind.CallOpts{Context: ctx}, &out, "worker", signer); err != nil {
		return WorkerInfo{}, fmt.Errorf("contracts: worker(%s): %w", signer, err)
	}
	w, ok := abi.ConvertType(out[0], new(WorkerInfo)).(*WorkerInfo)
	if !ok {
		return WorkerInfo{}, fmt.Errorf("contracts: worker(%s): unexpected reply %T", signer, out[0])
	}
	return *w, nil
}

// LogFilterer is the one RPC method RequestAt needs.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Coordinator reads the InferenceCoordinator's events back from the chain.
type Coordinator struct {
	Address common.Address
	Logs    LogFilterer
}

// RequestAt returns the InferenceRequested event of rid in the block with the
// given hash: the request's full terms, exactly as emitted. A block hash
// query is atomic, so the terms are those of that block or none.
func (c *Coordinator) RequestAt(ctx context.Context, block common.Hash, rid common.Hash) (*Requested, error) {
	logs, err := c.Logs.FilterLogs(ctx, ethereum.FilterQuery{
		BlockHash: &block,
		Addresses: []common.Address{c.Address},
		Topics:    [][]common.Hash{{TopicRequested}, {rid}},
	})
	if err != nil {
		return nil, fmt.Errorf("contracts: logs of block %s: %w", block, err)
	}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		return decodeRequested(l)
	}
	return nil, fmt.Errorf("contracts: request %s in block %s: %w", rid, block, ErrRequestNotFound)
}

// AttestationVerifier is the authority whose countersigned records the
// registry accepts: the address the relayer's attestation check trusts.
func (r *WorkerRegistry) AttestationVerifier(ctx context.Context) (common.Address, error) {
	var out []any
	if err := r.c.Call(&bind.CallOpts{Context: ctx}, &out, "attestationVerifier"); err != nil {
		return common.Address{}, fmt.Errorf("contracts: attestationVerifier(): %w", err)
	}
	a, _ := out[0].(common.Address)
	return a, nil
}
