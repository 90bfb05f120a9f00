package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
)

// ErrRequestNotFound: no InferenceRequested for the id in the given block
// (the block was reorged out, or the id is wrong).
var ErrRequestNotFound = errors.New("request event not found")

// WorkerRegistry calls the WorkerRegistry's views.
type WorkerRegistry struct {
	c *bind.BoundContract
	b *bindings.WorkerRegistry
}

// NewWorkerRegistry binds the registry at addr on a node.
func NewWorkerRegistry(addr common.Address, caller bind.ContractCaller) *WorkerRegistry {
	b := bindings.NewWorkerRegistry()
	return &WorkerRegistry{bind.NewBoundContract(addr, WorkerRegistryABI, caller, nil, nil), b}
}

// Address is the registry's address.
func (r *WorkerRegistry) Address() common.Address { return r.c.Address() }

// IsEligible reports whether signer may sign results for a version with this
// runtime and weights and a minimum stake of minStake.
func (r *WorkerRegistry) IsEligible(ctx context.Context, signer common.Address, runtime, weights common.Hash, minStake *big.Int) (bool, error) {
	if minStake == nil {
		minStake = new(big.Int)
	}
	ok, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.b.PackIsEligible(signer, runtime, weights, minStake), r.b.UnpackIsEligible)
	if err != nil {
		return false, fmt.Errorf("contracts: isEligible(%s): %w", signer, err)
	}
	return ok, nil
}

// Worker returns the registry's record of signer (zero Operator when none).
func (r *WorkerRegistry) Worker(ctx context.Context, signer common.Address) (WorkerInfo, error) {
	w, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.b.PackWorker(signer), r.b.UnpackWorker)
	if err != nil {
		return WorkerInfo{}, fmt.Errorf("contracts: worker(%s): %w", signer, err)
	}
	return w, nil
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
		if msg := strings.ToLower(err.Error()); strings.Contains(msg, "unknown block") || strings.Contains(msg, "block not found") {
			// The node does not know the block: reorged out (or never was).
			return nil, fmt.Errorf("contracts: request %s in block %s: %w (%v)", rid, block, ErrRequestNotFound, err)
		}
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
	a, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.b.PackAttestationVerifier(), r.b.UnpackAttestationVerifier)
	if err != nil {
		return common.Address{}, fmt.Errorf("contracts: attestationVerifier(): %w", err)
	}
	return a, nil
}
