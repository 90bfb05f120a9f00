// Package attest binds a worker's signing key to the runtime it runs and the
// model weights it serves, and checks such bindings.
//
// Three parties take part. The worker holds a signing key; on
// GET /v1/attestation?nonce=N it returns a Report: its signing address, its
// runtime measurement (the sha256 of its own binary), the weightsHash of each
// model it serves, the nonce, and its signature over all of that — proof that
// it holds the key now. The attestation authority (in production a service
// that checks TEE or GPU attestation evidence; on devnets and CPU workers the
// software Authority here, with a local key) checks a report and countersigns
// one on-chain Record per model (IWorkerRegistry's EIP-712 Attestation). A
// Verifier (the relayer, before it dispatches to a worker) checks a Report
// against a nonce it chose, the authority's address and what the chain says
// the model version must run.
//
// Hardware attestation maps onto the same types: an NVIDIA confidential-
// computing report or an Intel TDX quote is the evidence behind ReportHash;
// its measurement registers (the TD's MRTD/RTMRs, the GPU's driver and VBIOS
// measurements) become RuntimeMeasurement; its REPORTDATA field carries the
// keccak of the worker's signing address and the nonce. Only the software path
// is implemented here; no hardware verifier is shipped.
package attest

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors a verifier returns, each wrapped with the values that failed.
var (
	ErrNonce       = errors.New("attestation nonce mismatch (stale or replayed report)")
	ErrExpired     = errors.New("attestation report too old")
	ErrKeyBinding  = errors.New("report not signed by the worker's key")
	ErrForged      = errors.New("attestation record not signed by the trusted authority")
	ErrMeasurement = errors.New("runtime measurement does not match")
	ErrWeights     = errors.New("weightsHash does not match")
	ErrNoModel     = errors.New("worker does not serve the model")
)

// Record is the on-chain attestation of one (worker key, runtime, weights)
// binding: IWorkerRegistry's Attestation struct, field for field.
type Record struct {
	Signer             common.Address `json:"signer"`
	RuntimeMeasurement common.Hash    `json:"runtimeMeasurement"`
	WeightsHash        common.Hash    `json:"weightsHash"`
	HardwareClass      common.Hash    `json:"hardwareClass"`
	ReportHash         common.Hash    `json:"reportHash"`
	IssuedAt           uint64         `json:"issuedAt"`
}

// Model is one served model in a report, with the authority's countersigned
// record for it when the worker has one.
type Model struct {
	WeightsHash       common.Hash `json:"weightsHash"`
	Record            *Record     `json:"record,omitempty"`
	VerifierSignature []byte      `json:"verifierSignature,omitempty"`
}

// Report is a worker's answer to an attestation challenge.
type Report struct {
	Signer             common.Address `json:"signer"`
	RuntimeMeasurement common.Hash    `json:"runtimeMeasurement"`
	HardwareClass      common.Hash    `json:"hardwareClass"`
	Models             []Model        `json:"models"`
	Nonce              common.Hash    `json:"nonce"`
	Timestamp          uint64         `json:"timestamp"` // unix seconds
	Signature          []byte         `json:"signature"` // by Signer over Hash()
}

// Hash commits to every field but the signature and the countersignatures
// (those are checked on their own): the worker signs it, and it is the
// ReportHash of the records the authority countersigns.
func (r *Report) Hash() common.Hash {
	h := sha256.New()
	h.Write([]byte("MiniDAO attestation report v1"))
	h.Write(r.Signer[:])
	h.Write(r.RuntimeMeasurement[:])
	h.Write(r.HardwareClass[:])
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(r.Models)))
	h.Write(n[:])
	for _, m := range r.Models {
		h.Write(m.WeightsHash[:])
	}
	h.Write(r.Nonce[:])
	binary.BigEndian.PutUint64(n[:], r.Timestamp)
	h.Write(n[:])
	return common.BytesToHash(h.Sum(nil))
}

// Attester is the worker's side: it answers challenges with signed reports.
type Attester struct {
	key         *ecdsa.PrivateKey
	measurement common.Hash
	hardware    common.Hash
	now         func() time.Time
}

// NewAttester makes a software attester for a worker key and its runtime measurement.
func NewAttester(key *ecdsa.PrivateKey, measurement common.Hash, hardwareClass string) *Attester {
	var hw common.Hash
	copy(hw[:], hardwareClass)
	return &Attester{key: key, measurement: measurement, hardware: hw, now: time.Now}
}

// Address is the worker's signing address.
func (a *Attester) Address() common.Address { return crypto.PubkeyToAddress(a.key.PublicKey) }

// Measurement is the runtime measurement the attester reports.
func (a *Attester) Measurement() common.Hash { return a.measurement }

// Report answers a challenge: models are the served models, with their
// countersigned records when the worker has them.
func (a *Attester) Report(nonce common.Hash, models []Model) (*Report, error) {
	r := &Report{
		Signer:             a.Address(),
		RuntimeMeasurement: a.measurement,
		HardwareClass:      a.hardware,
		Models:             models,
		Nonce:              nonce,
		Timestamp:          uint64(a.now().Unix()),
	}
	sig, err := Sign(a.key, r.Hash())
	if err != nil {
		return nil, fmt.Errorf("attest: sign report: %w", err)
	}
	r.Signature = sig
	return r, nil
}

// MeasureExecutable returns the sha256 of the running binary: the software
// attester's runtime measurement.
func MeasureExecutable() (common.Hash, error) {
	p, err := os.Executable()
	if err != nil {
		return common.Hash{}, fmt.Errorf("attest: find own binary: %w", err)
	}
	return MeasureFile(p)
}

// MeasureFile returns the sha256 of a file, streamed.
func MeasureFile(path string) (common.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, fmt.Errorf("attest: measure: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return common.Hash{}, fmt.Errorf("attest: measure %s: %w", path, err)
	}
	return common.BytesToHash(h.Sum(nil)), nil
}
