// Package contracts is the relayer's view of the chain: the events of the
// InferenceCoordinator, ModelRegistry and WorkerRegistry it follows, decoded
// into Go types, and the few views it calls (a worker's eligibility and
// record, a request's status).
//
// It wraps the generated bindings (github.com/minidao/minidao/bindings) in
// the few calls the relayer makes; it is not a general binding.
package contracts

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
)

// The contracts' ABIs, from the generated bindings.
var (
	CoordinatorABI    = mustABI(&bindings.InferenceCoordinatorMetaData)
	ModelRegistryABI  = mustABI(&bindings.ModelRegistryMetaData)
	WorkerRegistryABI = mustABI(&bindings.WorkerRegistryMetaData)

	coordinator = bindings.NewInferenceCoordinator()
)

func mustABI(m *bind.MetaData) abi.ABI {
	a, err := m.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("contracts: generated ABI: %v", err)) // generated code: cannot fail at run time
	}
	return *a
}

// Event topics the watcher filters on.
var (
	TopicRequested      = CoordinatorABI.Events["InferenceRequested"].ID
	TopicFulfilled      = CoordinatorABI.Events["InferenceFulfilled"].ID
	TopicRefunded       = CoordinatorABI.Events["InferenceRefunded"].ID
	TopicResultRejected = CoordinatorABI.Events["InferenceResultRejected"].ID
)

// ErrUnknownEvent: a log that is none of the events this package decodes.
var ErrUnknownEvent = errors.New("unknown event")

// The contracts' structs, as generated.
type (
	// InferenceRequest is the terms of one request as InferenceRequested
	// emitted them, which the oracle passes back to fulfill.
	InferenceRequest = bindings.InferenceRequest
	FeeSplit         = bindings.FeeSplit
	Attestation      = bindings.Attestation
	// WorkerInfo is the registry's record of a worker; Operator is zero for
	// an unregistered signer.
	WorkerInfo = bindings.WorkerInfo
)

// Registered reports whether the worker is registered, bonded and unslashed.
func Registered(w WorkerInfo) bool {
	return w.Operator != (common.Address{}) && w.UnbondingEndsAt == 0 && !w.Slashed
}

// Requested is one InferenceRequested event.
type Requested struct {
	RequestID common.Hash
	ModelID   *big.Int
	Requester common.Address
	Seed      uint64
	Prompt    []byte
	Request   InferenceRequest
	Log       types.Log
}

// Fulfilled is one InferenceFulfilled event.
type Fulfilled struct {
	RequestID  common.Hash
	OutputHash common.Hash
	Workers    []common.Address
	Log        types.Log
}

// Refunded is one InferenceRefunded event.
type Refunded struct {
	RequestID common.Hash
	Requester common.Address
	Log       types.Log
}

// ResultRejected is one InferenceResultRejected event: a submitted result
// was skipped; Reason is the encoded custom error.
type ResultRejected struct {
	RequestID common.Hash
	Reason    []byte
	Log       types.Log
}

// WorkerChanged is any WorkerRegistry event about one worker (registered,
// re-attested, stake added, unbonding, withdrawn, slashed): what the relayer
// believes about the worker's eligibility must be checked again.
type WorkerChanged struct {
	Event  string // the event's name
	Signer common.Address
	Log    types.Log
}

// ModelChanged is any ModelRegistry event about one model's versions or
// policy (version published or activated, policy set, paused).
type ModelChanged struct {
	Event   string
	ModelID *big.Int
	Version uint32 // for VersionPublished and ActiveVersionChanged
	Log     types.Log
}

// Decode decodes a log of the coordinator or a registry into one of
// *Requested, *Fulfilled, *Refunded, *ResultRejected, *WorkerChanged or
// *ModelChanged. It does not check the emitter: filter by address first.
func Decode(l types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("contracts: log %d of tx %s: %w (no topics)", l.Index, l.TxHash, ErrUnknownEvent)
	}
	switch l.Topics[0] {
	case TopicRequested:
		return decodeRequested(l)
	case TopicFulfilled:
		if len(l.Topics) != 2 {
			return nil, badTopics(l, "InferenceFulfilled")
		}
		e, err := coordinator.UnpackInferenceFulfilledEvent(&l)
		if err != nil {
			return nil, unpackErr(l, "InferenceFulfilled", err)
		}
		return &Fulfilled{RequestID: e.RequestId, OutputHash: e.OutputHash, Workers: e.Workers, Log: l}, nil
	case TopicRefunded:
		if len(l.Topics) != 3 {
			return nil, badTopics(l, "InferenceRefunded")
		}
		return &Refunded{RequestID: l.Topics[1], Requester: common.BytesToAddress(l.Topics[2][:]), Log: l}, nil
	case TopicResultRejected:
		if len(l.Topics) != 2 {
			return nil, badTopics(l, "InferenceResultRejected")
		}
		e, err := coordinator.UnpackInferenceResultRejectedEvent(&l)
		if err != nil {
			return nil, unpackErr(l, "InferenceResultRejected", err)
		}
		return &ResultRejected{RequestID: e.RequestId, Reason: e.Reason, Log: l}, nil
	}
	if name, ok := workerEvents[l.Topics[0]]; ok {
		if len(l.Topics) < 2 {
			return nil, badTopics(l, name)
		}
		return &WorkerChanged{Event: name, Signer: common.BytesToAddress(l.Topics[1][:]), Log: l}, nil
	}
	if name, ok := modelEvents[l.Topics[0]]; ok {
		if len(l.Topics) < 2 {
			return nil, badTopics(l, name)
		}
		mc := &ModelChanged{Event: name, ModelID: new(big.Int).SetBytes(l.Topics[1][:]), Log: l}
		if len(l.Topics) > 2 {
			mc.Version = uint32(new(big.Int).SetBytes(l.Topics[2][:]).Uint64())
		}
		return mc, nil
	}
	return nil, fmt.Errorf("contracts: log %d of tx %s: %w (topic %s)", l.Index, l.TxHash, ErrUnknownEvent, l.Topics[0])
}

func decodeRequested(l types.Log) (*Requested, error) {
	if len(l.Topics) != 4 {
		return nil, badTopics(l, "InferenceRequested")
	}
	e, err := coordinator.UnpackInferenceRequestedEvent(&l)
	if err != nil {
		return nil, unpackErr(l, "InferenceRequested", err)
	}
	return &Requested{
		RequestID: e.RequestId, ModelID: e.ModelId, Requester: e.Requester,
		Seed: e.Seed, Prompt: e.Prompt, Request: e.Request, Log: l,
	}, nil
}

func unpackErr(l types.Log, event string, err error) error {
	return fmt.Errorf("contracts: %s in log %d of tx %s: %w", event, l.Index, l.TxHash, err)
}

func badTopics(l types.Log, event string) error {
	return fmt.Errorf("contracts: %s in log %d of tx %s: %d topics", event, l.Index, l.TxHash, len(l.Topics))
}

// The registry events that change what a worker may serve (first topic:
// the signer) and what a model's requests need (first topic: the model id).
var (
	workerEvents = topics(WorkerRegistryABI, "WorkerRegistered", "WorkerAttested", "WorkerStakeAdded",
		"WorkerUnbondingStarted", "WorkerWithdrawn", "WorkerSlashed")
	modelEvents = topics(ModelRegistryABI, "ModelRegistered", "VersionPublished", "ActiveVersionChanged",
		"PolicySet", "ModelPausedSet")
)

func topics(a abi.ABI, names ...string) map[common.Hash]string {
	m := make(map[common.Hash]string, len(names))
	for _, n := range names {
		e, ok := a.Events[n]
		if !ok {
			panic("contracts: the generated ABI has no event " + n) // caught by any test
		}
		m[e.ID] = n
	}
	return m
}

// RegistryTopics are the topics of every registry event Decode knows.
func RegistryTopics() []common.Hash {
	var out []common.Hash
	for _, m := range []map[common.Hash]string{workerEvents, modelEvents} {
		for t := range m {
			out = append(out, t)
		}
	}
	return out
}
