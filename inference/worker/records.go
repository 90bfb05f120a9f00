package worker

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/inference/attest"
)

// Records is the records file `worker register` writes and the server
// serves in its attestation reports: the authority-countersigned record of
// each model the worker serves, for one WorkerRegistry.
type Records struct {
	ChainID   uint64         `json:"chainId"`
	Registry  common.Address `json:"registry"`  // the WorkerRegistry (the records' EIP-712 domain)
	Authority common.Address `json:"authority"` // who countersigned (the registry's attestationVerifier)
	Signer    common.Address `json:"signer"`    // the worker's signing address
	Models    []attest.Model `json:"models"`    // each with Record and VerifierSignature
}

// ReadRecords reads a records file and checks that every record is
// complete and countersigned by the file's authority in the file's domain.
func ReadRecords(path string) (*Records, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("records file: %w", err)
	}
	var r Records
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("records file %s: %w", path, err)
	}
	if err := r.Check(); err != nil {
		return nil, fmt.Errorf("records file %s: %w", path, err)
	}
	return &r, nil
}

// Domain is the registry's EIP-712 domain the records are signed in.
func (r *Records) Domain() attest.Domain {
	return attest.RegistryDomain(new(big.Int).SetUint64(r.ChainID), r.Registry)
}

// Check checks that every record is for Signer and signed by Authority.
func (r *Records) Check() error {
	if r.ChainID == 0 || r.Registry == (common.Address{}) || r.Authority == (common.Address{}) || r.Signer == (common.Address{}) {
		return fmt.Errorf("chainId, registry, authority and signer are all required")
	}
	for i, m := range r.Models {
		if m.Record == nil {
			return fmt.Errorf("model %d (weights %s) has no record", i, m.WeightsHash)
		}
		if m.Record.Signer != r.Signer || m.Record.WeightsHash != m.WeightsHash {
			return fmt.Errorf("model %d: record for signer %s and weights %s, want %s and %s",
				i, m.Record.Signer, m.Record.WeightsHash, r.Signer, m.WeightsHash)
		}
		by, err := attest.Recover(m.Record.Digest(r.Domain()), m.VerifierSignature)
		if err != nil {
			return fmt.Errorf("model %d: countersignature: %w", i, err)
		}
		if by != r.Authority {
			return fmt.Errorf("model %d: countersigned by %s, the file names authority %s", i, by, r.Authority)
		}
	}
	return nil
}

// WriteRecords writes the file atomically (a temporary file renamed over it).
func WriteRecords(path string, r *Records) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("records file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("records file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("records file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("records file: %w", err)
	}
	return nil
}
