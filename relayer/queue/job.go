package queue

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Request is what the watcher enqueues: the fields of the coordinator's
// InferenceRequested event and where on the chain it was seen. It is stored as
// JSON, so it can gain fields; a job written by an older version decodes with
// the new fields at their zero value.
type Request struct {
	RequestID        common.Hash    `json:"requestId"`
	ModelID          *big.Int       `json:"modelId"`
	ModelVersion     uint32         `json:"modelVersion"`
	Requester        common.Address `json:"requester"`
	Prompt           []byte         `json:"prompt"`
	MaxTokens        uint32         `json:"maxTokens"`
	Seed             uint64         `json:"seed"`
	Deadline         uint64         `json:"deadline"` // unix seconds
	CallbackGasLimit uint64         `json:"callbackGasLimit"`
	Fee              *big.Int       `json:"fee"`      // escrowed, in FeeToken's units
	FeeToken         common.Address `json:"feeToken"` // zero for ETH

	// The rest of the coordinator's InferenceRequest as emitted, so that the
	// dispatcher and the oracle (whose fulfill() takes the struct back) need
	// no log lookup. Zero when the watcher did not fill them.
	Nonce              uint64         `json:"nonce"`
	PromptHash         common.Hash    `json:"promptHash"`
	GasPrepaid         *big.Int       `json:"gasPrepaid"` // wei
	WeightsHash        common.Hash    `json:"weightsHash"`
	RuntimeMeasurement common.Hash    `json:"runtimeMeasurement"`
	MaxOutputBytes     uint32         `json:"maxOutputBytes"`
	K                  uint8          `json:"k"` // distinct signers required
	MinWorkerStake     *big.Int       `json:"minWorkerStake"`
	Split              FeeSplit       `json:"split"`
	Treasury           common.Address `json:"treasury"`
	Distributor        common.Address `json:"distributor"`
	DataPool           common.Address `json:"dataPool"`

	// Where the event was seen: the watcher withdraws the request when this
	// block is reorged out.
	BlockNumber uint64      `json:"blockNumber"`
	BlockHash   common.Hash `json:"blockHash"`
	TxHash      common.Hash `json:"txHash"`
	LogIndex    uint        `json:"logIndex"`
}

// FeeSplit is the DAO's split of the fee in basis points, as in the
// request.
type FeeSplit struct {
	WorkersBps  uint16 `json:"workersBps"`
	HoldersBps  uint16 `json:"holdersBps"`
	DataPoolBps uint16 `json:"dataPoolBps"`
	TreasuryBps uint16 `json:"treasuryBps"`
}

func (r *Request) check(maxBytes int) ([]byte, error) {
	if r.RequestID == (common.Hash{}) {
		return nil, fmt.Errorf("%w: request id is zero", ErrInvalid)
	}
	if r.ModelID == nil || r.ModelID.Sign() < 0 {
		return nil, fmt.Errorf("%w: request %s: model id is missing or negative", ErrInvalid, r.RequestID)
	}
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("%w: request %s: %v", ErrInvalid, r.RequestID, err)
	}
	if len(b) > maxBytes {
		return nil, fmt.Errorf("%w: request %s is %d bytes encoded, over the %d-byte limit", ErrInvalid, r.RequestID, len(b), maxBytes)
	}
	return b, nil
}

// Results is what the dispatcher collected for a job: the agreed output and
// every worker's answer (agreeing or not). The oracle settles Output with the
// signatures of the agreeing workers.
type Results struct {
	OutputHash common.Hash `json:"outputHash"`
	Output     []byte      `json:"output"`
	// OutputURI is where the relayer's API serves an output over the
	// model's MaxOutputBytes, which is settled by (hash, URI) instead.
	OutputURI string         `json:"outputUri,omitempty"`
	Workers   []WorkerResult `json:"workers"`
}

// WorkerResult is one worker's answer to one job.
type WorkerResult struct {
	Worker     common.Address `json:"worker"`
	Endpoint   string         `json:"endpoint,omitempty"`
	OutputHash common.Hash    `json:"outputHash"`
	Signature  []byte         `json:"signature,omitempty"`
	Latency    time.Duration  `json:"latency"`
	Agreed     bool           `json:"agreed"`          // part of the agreed k
	Error      string         `json:"error,omitempty"` // why this worker gave no usable answer
}

// Job is a request and everything the queue knows about it.
type Job struct {
	Request  Request
	State    State
	Reason   string // why the job was last retried, released or failed
	Attempts int    // dispatch attempts so far, this one included
	// SettleAttempts counts the oracle's claims of the job.
	SettleAttempts int
	// Times holds when the job last entered each state it has been in.
	Times     map[State]time.Time
	Results   *Results      // set from results_collected on; nil on a job settled by someone else's results
	TxHashes  []common.Hash // settlement transactions, in the order sent
	Withdrawn bool          // its request was reorged out
	// Reopened counts the settlements reorged out (Reopen).
	Reopened int
	// Owner holds the current lease, if any, until LeaseExpires.
	Owner        string
	LeaseExpires time.Time
}

// decodeJob reads a job from its hash's fields.
func decodeJob(f map[string]string) (*Job, error) {
	j := &Job{
		State:     State(f["state"]),
		Reason:    f["reason"],
		Owner:     f["owner"],
		Withdrawn: f["withdrawn"] == "1",
		Times:     make(map[State]time.Time),
	}
	if err := json.Unmarshal([]byte(f["req"]), &j.Request); err != nil {
		return nil, fmt.Errorf("queue: job %s: decoding the request: %w", f["rid"], err)
	}
	j.Attempts, _ = strconv.Atoi(f["attempts"])
	j.SettleAttempts, _ = strconv.Atoi(f["sattempts"])
	j.Reopened, _ = strconv.Atoi(f["reopened"])
	if ms, _ := strconv.ParseInt(f["until"], 10, 64); ms > 0 && j.Owner != "" {
		j.LeaseExpires = time.UnixMilli(ms)
	}
	for _, s := range states {
		if ms, err := strconv.ParseInt(f["t:"+string(s)], 10, 64); err == nil {
			j.Times[s] = time.UnixMilli(ms)
		}
	}
	if r := f["results"]; r != "" {
		j.Results = new(Results)
		if err := json.Unmarshal([]byte(r), j.Results); err != nil {
			return nil, fmt.Errorf("queue: job %s: decoding the results: %w", f["rid"], err)
		}
	}
	if txs := f["txs"]; txs != "" {
		for _, h := range strings.Split(txs, ",") {
			j.TxHashes = append(j.TxHashes, common.HexToHash(h))
		}
	}
	return j, nil
}

// pairsToMap turns a flat HGETALL reply from a script into a map.
func pairsToMap(v any) (map[string]string, error) {
	a, ok := v.([]any)
	if !ok || len(a)%2 != 0 {
		return nil, fmt.Errorf("queue: unexpected script reply %T", v)
	}
	m := make(map[string]string, len(a)/2)
	for i := 0; i < len(a); i += 2 {
		k, _ := a[i].(string)
		val, _ := a[i+1].(string)
		m[k] = val
	}
	return m, nil
}
