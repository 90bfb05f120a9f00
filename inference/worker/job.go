package worker

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Job is a POST /v1/jobs body: one InferenceRequested event, as the relayer
// passes it on. Byte strings are 0x-hex, as in Ethereum JSON-RPC (the prompt
// is the event's `bytes prompt`); integers are JSON numbers or decimal (or
// 0x-hex) strings.
type Job struct {
	RequestID    common.Hash    `json:"requestId"`
	ModelID      Uint256        `json:"modelId"`
	ModelVersion uint32         `json:"modelVersion"`
	Prompt       hexutil.Bytes  `json:"prompt"`
	MaxTokens    uint32         `json:"maxTokens"`
	Seed         *Uint64        `json:"seed,omitempty"` // optional: must equal SeedOf(requestId) when given
	Deadline     uint64         `json:"deadline"`       // unix seconds: the request's deadline
	ChainID      Uint256        `json:"chainId"`        // with Coordinator: the signature's EIP-712 domain
	Coordinator  common.Address `json:"coordinator"`
}

// SeedOf is the sampling seed the coordinator derives for a request:
// uint64(uint256(keccak256(abi.encode(requestId)))), the hash's low 8 bytes.
func SeedOf(requestID common.Hash) uint64 {
	h := crypto.Keccak256(requestID[:])
	return binary.BigEndian.Uint64(h[24:])
}

// check reports what is missing or malformed in a decoded job.
func (j *Job) check() error {
	switch {
	case j.RequestID == (common.Hash{}):
		return fmt.Errorf("requestId is missing")
	case j.ModelID.Int == nil:
		return fmt.Errorf("modelId is missing")
	case j.ModelVersion == 0:
		return fmt.Errorf("modelVersion is missing (versions start at 1)")
	case len(j.Prompt) == 0:
		return fmt.Errorf("prompt is missing or empty")
	case j.MaxTokens == 0:
		return fmt.Errorf("maxTokens is missing (at least 1)")
	case j.Deadline == 0:
		return fmt.Errorf("deadline is missing")
	case j.ChainID.Int == nil || j.ChainID.Sign() == 0:
		return fmt.Errorf("chainId is missing")
	case j.Coordinator == (common.Address{}):
		return fmt.Errorf("coordinator is missing")
	}
	if j.Seed != nil && uint64(*j.Seed) != SeedOf(j.RequestID) {
		return fmt.Errorf("seed %d is not the request's seed %d (uint64(keccak256(abi.encode(requestId))))", uint64(*j.Seed), SeedOf(j.RequestID))
	}
	return nil
}

// Result is a signed job result: what the oracle submits on chain.
type Result struct {
	RequestID    common.Hash    `json:"requestId"`
	ModelID      Uint256        `json:"modelId"`
	ModelVersion uint32         `json:"modelVersion"`
	Output       hexutil.Bytes  `json:"output"`
	OutputHash   common.Hash    `json:"outputHash"` // keccak256(output)
	Signature    hexutil.Bytes  `json:"signature"`  // 65 bytes (r, s, v), v 27 or 28, over the EIP-712 InferenceResult digest
	Signer       common.Address `json:"signer"`
	FinishReason string         `json:"finishReason"` // "stop" or "length"
	Tokens       TokenCounts    `json:"tokens"`
	Timings      Timings        `json:"timings"`
}

// TokenCounts are a job's token counts.
type TokenCounts struct {
	Prompt    int `json:"prompt"`
	Generated int `json:"generated"`
}

// Timings are a job's durations in milliseconds.
type Timings struct {
	QueuedMs        float64 `json:"queuedMs"`        // waiting for a slot
	GenerateMs      float64 `json:"generateMs"`      // in the engine
	TokensPerSecond float64 `json:"tokensPerSecond"` // generated tokens / generate time
}
