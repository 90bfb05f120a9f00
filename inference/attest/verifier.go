package attest

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Expectation is what the chain says a worker must run for one model version.
type Expectation struct {
	RuntimeMeasurement common.Hash
	WeightsHash        common.Hash
}

// Verifier checks a worker's report. Implementations: the software verifier
// here; a hardware verifier (TDX quotes, NVIDIA CC reports) would check the
// evidence behind ReportHash in the same call.
type Verifier interface {
	Verify(ctx context.Context, r *Report, nonce common.Hash, want Expectation) error
}

// SoftwareVerifier trusts records countersigned by one authority address.
type SoftwareVerifier struct {
	Authority common.Address // the registry's attestationVerifier
	Registry  Domain         // the WorkerRegistry's EIP-712 domain
	MaxAge    time.Duration  // how old a report may be; 0 means 2 minutes
	Now       func() time.Time
}

// Verify checks, in order: the nonce (freshness), the report's age, the
// worker's signature over the report (key binding), that the worker serves
// want.WeightsHash, the authority's signature over that model's record
// (forgery), and that the record's runtime measurement and weightsHash are
// the ones the chain expects.
func (v *SoftwareVerifier) Verify(_ context.Context, r *Report, nonce common.Hash, want Expectation) error {
	maxAge, now := v.MaxAge, time.Now
	if maxAge == 0 {
		maxAge = 2 * time.Minute
	}
	if v.Now != nil {
		now = v.Now
	}
	if err := checkReport(r, nonce, maxAge, now()); err != nil {
		return err
	}
	var m *Model
	for i := range r.Models {
		if r.Models[i].WeightsHash == want.WeightsHash {
			m = &r.Models[i]
		}
	}
	if m == nil {
		return fmt.Errorf("%w: the chain expects weights %s", ErrWeights, want.WeightsHash)
	}
	if m.Record == nil {
		return fmt.Errorf("%w: no countersigned record for weights %s", ErrForged, want.WeightsHash)
	}
	rec := *m.Record
	by, err := Recover(rec.Digest(v.Registry), m.VerifierSignature)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrForged, err)
	}
	if by != v.Authority {
		return fmt.Errorf("%w: signed by %s, the registry trusts %s", ErrForged, by, v.Authority)
	}
	if rec.Signer != r.Signer {
		return fmt.Errorf("%w: record is for %s, report is by %s", ErrKeyBinding, rec.Signer, r.Signer)
	}
	if rec.RuntimeMeasurement != want.RuntimeMeasurement || r.RuntimeMeasurement != want.RuntimeMeasurement {
		return fmt.Errorf("%w: runs %s, the chain expects %s", ErrMeasurement, r.RuntimeMeasurement, want.RuntimeMeasurement)
	}
	if rec.WeightsHash != want.WeightsHash {
		return fmt.Errorf("%w: attested %s, the chain expects %s", ErrWeights, rec.WeightsHash, want.WeightsHash)
	}
	return nil
}
