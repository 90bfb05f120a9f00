// Package contracts is the relayer's view of the chain: the events of the
// InferenceCoordinator, ModelRegistry and WorkerRegistry it follows, decoded
// into Go types, and the few views it calls (a worker's eligibility and
// record, a request's status).
//
// The ABI fragments in abi/ are copied from the forge artifacts (a test checks
// them against contracts/out when it is built); they give way to the
// generated bindings in github.com/minidao/minidao/bindings once those list
// the three contracts. It is not a general binding: only what the relayer
// reads is here.
package contracts

import (
	"embed"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

//go:embed abi/*.json
var abiFiles embed.FS

// The parsed ABI fragments.
var (
	CoordinatorABI    = mustABI("InferenceCoordinator")
	ModelRegistryABI  = mustABI("ModelRegistry")
	WorkerRegistryABI = mustABI("WorkerRegistry")
)

func mustABI(name string) abi.ABI {
	f, err := abiFiles.Open("abi/" + name + ".json")
	if err != nil {
		panic(err) // embedded at build time: cannot fail at run time
	}
	defer f.Close()
	a, err := abi.JSON(f)
	if err != nil {
		panic(fmt.Sprintf("contracts: embedded ABI %s: %v", name, err))
	}
	return a
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

// FeeSplit is the DAO's fee split in basis points.
type FeeSplit struct {
	WorkersBps  uint16
	HoldersBps  uint16
	DataPoolBps uint16
	TreasuryBps uint16
}

// InferenceRequest is IInferenceCoordinator's InferenceRequest, field for
// field: the terms of one request as InferenceRequested emitted them, which
// the oracle passes back to fulfill.
type InferenceRequest struct {
	Requester          common.Address
	Nonce              uint64
	Deadline           *big.Int // uint40, unix seconds
	CallbackGasLimit   uint32
	ModelId            *big.Int //nolint:revive // the ABI's name
	ModelVersion       uint32
	MaxTokens          uint32
	PromptHash         [32]byte
	Token              common.Address
	Fee                *big.Int
	GasPrepaid         *big.Int
	WeightsHash        [32]byte
	RuntimeMeasurement [32]byte
	MaxOutputBytes     uint32
	K                  uint8
	MinWorkerStake     *big.Int // uint96
	Split              FeeSplit
	Treasury           common.Address
	Distributor        common.Address
	DataPool           common.Address
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
		var out struct {
			OutputHash [32]byte
			Output     []byte
			OutputUri  string //nolint:revive // the ABI's name
			Workers    []common.Address
		}
		if err := unpack(CoordinatorABI, "InferenceFulfilled", &out, l, 2); err != nil {
			return nil, err
		}
		return &Fulfilled{RequestID: l.Topics[1], OutputHash: out.OutputHash, Workers: out.Workers, Log: l}, nil
	case TopicRefunded:
		if len(l.Topics) != 3 {
			return nil, badTopics(l, "InferenceRefunded")
		}
		return &Refunded{RequestID: l.Topics[1], Requester: common.BytesToAddress(l.Topics[2][:]), Log: l}, nil
	case TopicResultRejected:
		var out struct{ Reason []byte }
		if err := unpack(CoordinatorABI, "InferenceResultRejected", &out, l, 2); err != nil {
			return nil, err
		}
		return &ResultRejected{RequestID: l.Topics[1], Reason: out.Reason, Log: l}, nil
	}
	if ev, err := WorkerRegistryABI.EventByID(l.Topics[0]); err == nil {
		if len(l.Topics) < 2 {
			return nil, badTopics(l, ev.Name)
		}
		return &WorkerChanged{Event: ev.Name, Signer: common.BytesToAddress(l.Topics[1][:]), Log: l}, nil
	}
	if ev, err := ModelRegistryABI.EventByID(l.Topics[0]); err == nil {
		if len(l.Topics) < 2 {
			return nil, badTopics(l, ev.Name)
		}
		mc := &ModelChanged{Event: ev.Name, ModelID: new(big.Int).SetBytes(l.Topics[1][:]), Log: l}
		if len(l.Topics) > 2 {
			mc.Version = uint32(new(big.Int).SetBytes(l.Topics[2][:]).Uint64())
		}
		return mc, nil
	}
	return nil, fmt.Errorf("contracts: log %d of tx %s: %w (topic %s)", l.Index, l.TxHash, ErrUnknownEvent, l.Topics[0])
}

func decodeRequested(l types.Log) (*Requested, error) {
	var out struct {
		Seed    uint64
		Prompt  []byte
		Request InferenceRequest
	}
	if err := unpack(CoordinatorABI, "InferenceRequested", &out, l, 4); err != nil {
		return nil, err
	}
	return &Requested{
		RequestID: l.Topics[1],
		ModelID:   new(big.Int).SetBytes(l.Topics[2][:]),
		Requester: common.BytesToAddress(l.Topics[3][:]),
		Seed:      out.Seed,
		Prompt:    out.Prompt,
		Request:   out.Request,
		Log:       l,
	}, nil
}

func unpack(a abi.ABI, event string, out any, l types.Log, topics int) error {
	if len(l.Topics) != topics {
		return badTopics(l, event)
	}
	if err := a.UnpackIntoInterface(out, event, l.Data); err != nil {
		return fmt.Errorf("contracts: %s in log %d of tx %s: %w", event, l.Index, l.TxHash, err)
	}
	return nil
}

func badTopics(l types.Log, event string) error {
	return fmt.Errorf("contracts: %s in log %d of tx %s: %d topics", event, l.Index, l.TxHash, len(l.Topics))
}

// RegistryTopics are the topics of every registry event Decode knows.
func RegistryTopics() []common.Hash {
	var out []common.Hash
	for _, a := range []abi.ABI{WorkerRegistryABI, ModelRegistryABI} {
		for _, e := range a.Events {
			out = append(out, e.ID)
		}
	}
	return out
}
