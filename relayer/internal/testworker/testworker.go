// Package testworker is an inference worker for relayer tests: a real HTTP
// server on 127.0.0.1 speaking the worker protocol (POST /v1/jobs,
// GET /v1/attestation) with a real key, real attestation reports and real
// EIP-712 result signatures, whose output is a deterministic function of the
// prompt. Faults are switched on per server: a delay (timeouts), a wrong
// signing key, a different output (disagreement), an error status.
//
// It is for tests only; it runs no model.
package testworker

import (
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
)

// Worker is one test worker.
type Worker struct {
	Key      *ecdsa.PrivateKey
	Attester *attest.Attester
	URL      string
	srv      *httptest.Server

	mu      sync.Mutex
	models  []attest.Model
	delay   time.Duration
	badKey  *ecdsa.PrivateKey
	output  func(prompt []byte) []byte
	status  int
	arrived []time.Time
	onJob   func(rid common.Hash, at time.Time)

	Jobs atomic.Int64 // jobs received
}

// Start starts a worker with a new key and the given runtime measurement.
func Start(tb testing.TB, runtime common.Hash) *Worker {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	w := &Worker{Key: key, Attester: attest.NewAttester(key, runtime, "cpu-test")}
	w.output = Echo
	w.srv = httptest.NewServer(http.HandlerFunc(w.serve))
	w.URL = w.srv.URL
	tb.Cleanup(w.srv.Close)
	return w
}

// Echo is the default output: "echo: " and the prompt.
func Echo(prompt []byte) []byte { return append([]byte("echo: "), prompt...) }

// Address is the worker's signing address.
func (w *Worker) Address() common.Address { return w.Attester.Address() }

// Serve adds a served model with its countersigned record.
func (w *Worker) Serve(rec attest.Record, sig []byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	r := rec
	w.models = append(w.models, attest.Model{WeightsHash: rec.WeightsHash, Record: &r, VerifierSignature: sig})
}

// SetDelay makes every job take d.
func (w *Worker) SetDelay(d time.Duration) { w.mu.Lock(); w.delay = d; w.mu.Unlock() }

// SignWith makes the worker sign results with another key (nil: its own).
func (w *Worker) SignWith(k *ecdsa.PrivateKey) { w.mu.Lock(); w.badKey = k; w.mu.Unlock() }

// SetOutput replaces the output function.
func (w *Worker) SetOutput(f func([]byte) []byte) { w.mu.Lock(); w.output = f; w.mu.Unlock() }

// SetStatus makes jobs fail with an HTTP status (0: succeed).
func (w *Worker) SetStatus(code int) { w.mu.Lock(); w.status = code; w.mu.Unlock() }

// OnJob calls f with each job's request id and arrival time.
func (w *Worker) OnJob(f func(rid common.Hash, at time.Time)) {
	w.mu.Lock()
	w.onJob = f
	w.mu.Unlock()
}

// Arrivals returns when each job arrived.
func (w *Worker) Arrivals() []time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]time.Time(nil), w.arrived...)
}

type job struct {
	RequestID    common.Hash    `json:"requestId"`
	ModelVersion uint32         `json:"modelVersion"`
	Prompt       hexutil.Bytes  `json:"prompt"`
	ChainID      string         `json:"chainId"`
	Coordinator  common.Address `json:"coordinator"`
}

func (w *Worker) serve(rw http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/v1/attestation":
		nonce, err := hexutil.Decode(r.URL.Query().Get("nonce"))
		if err != nil || len(nonce) != 32 {
			writeJSON(rw, http.StatusBadRequest, map[string]string{"error": "nonce: want 32 bytes of 0x-hex", "code": "bad_request"})
			return
		}
		w.mu.Lock()
		models := append([]attest.Model(nil), w.models...)
		w.mu.Unlock()
		rep, err := w.Attester.Report(common.BytesToHash(nonce), models)
		if err != nil {
			writeJSON(rw, http.StatusInternalServerError, map[string]string{"error": err.Error(), "code": "internal"})
			return
		}
		writeJSON(rw, http.StatusOK, rep)
	case r.Method == http.MethodPost && r.URL.Path == "/v1/jobs":
		w.job(rw, r)
	default:
		writeJSON(rw, http.StatusNotFound, map[string]string{"error": "no such route", "code": "not_found"})
	}
}

func (w *Worker) job(rw http.ResponseWriter, r *http.Request) {
	now := time.Now()
	w.Jobs.Add(1)
	w.mu.Lock()
	w.arrived = append(w.arrived, now)
	delay, badKey, output, status, onJob := w.delay, w.badKey, w.output, w.status, w.onJob
	w.mu.Unlock()
	var j job
	if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
		writeJSON(rw, http.StatusBadRequest, map[string]string{"error": err.Error(), "code": "bad_request"})
		return
	}
	if onJob != nil {
		onJob(j.RequestID, now)
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if status != 0 {
		writeJSON(rw, status, map[string]string{"error": "injected failure", "code": "internal"})
		return
	}
	chainID, ok := new(big.Int).SetString(j.ChainID, 10)
	if !ok {
		writeJSON(rw, http.StatusBadRequest, map[string]string{"error": "chainId", "code": "bad_request"})
		return
	}
	out := output(j.Prompt)
	hash := crypto.Keccak256Hash(out)
	key := w.Key
	if badKey != nil {
		key = badKey
	}
	sig, _ := attest.Sign(key, attest.ResultDigest(attest.CoordinatorDomain(chainID, j.Coordinator), j.RequestID, j.ModelVersion, hash))
	writeJSON(rw, http.StatusOK, map[string]any{
		"requestId": j.RequestID, "output": hexutil.Bytes(out), "outputHash": hash,
		"signature": hexutil.Bytes(sig), "signer": w.Address(),
	})
}

func writeJSON(rw http.ResponseWriter, code int, v any) {
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(code)
	_ = json.NewEncoder(rw).Encode(v)
}
