package attest

import (
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Authority is the software attestation authority: it checks a worker's
// report (key binding and freshness; the software path has no hardware
// evidence to check) and countersigns one on-chain record per model. Its
// address is what the WorkerRegistry's governance sets as attestationVerifier.
type Authority struct {
	key    *ecdsa.PrivateKey
	domain Domain
	now    func() time.Time
}

// NewAuthority makes an authority signing records for the registry's domain.
func NewAuthority(key *ecdsa.PrivateKey, registry Domain) *Authority {
	return &Authority{key: key, domain: registry, now: time.Now}
}

// Address is the key the registry must trust.
func (a *Authority) Address() common.Address { return crypto.PubkeyToAddress(a.key.PublicKey) }

// Countersign checks a report made for nonce and returns the worker's record
// for weightsHash with the authority's signature over it.
func (a *Authority) Countersign(r *Report, nonce common.Hash, weightsHash common.Hash) (Record, []byte, error) {
	if err := checkReport(r, nonce, 5*time.Minute, a.now()); err != nil {
		return Record{}, nil, err
	}
	served := false
	for _, m := range r.Models {
		served = served || m.WeightsHash == weightsHash
	}
	if !served {
		return Record{}, nil, fmt.Errorf("%w: %s", ErrNoModel, weightsHash)
	}
	rec := Record{
		Signer:             r.Signer,
		RuntimeMeasurement: r.RuntimeMeasurement,
		WeightsHash:        weightsHash,
		HardwareClass:      r.HardwareClass,
		ReportHash:         r.Hash(),
		IssuedAt:           uint64(a.now().Unix()),
	}
	sig, err := Sign(a.key, rec.Digest(a.domain))
	if err != nil {
		return Record{}, nil, fmt.Errorf("attest: countersign: %w", err)
	}
	return rec, sig, nil
}

// checkReport checks the nonce, the age and the worker's signature.
func checkReport(r *Report, nonce common.Hash, maxAge time.Duration, now time.Time) error {
	if r.Nonce != nonce {
		return fmt.Errorf("%w: got %s, want %s", ErrNonce, r.Nonce, nonce)
	}
	issued := time.Unix(int64(r.Timestamp), 0)
	if now.Sub(issued) > maxAge || issued.Sub(now) > time.Minute {
		return fmt.Errorf("%w: issued %s, now %s", ErrExpired, issued.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	signer, err := Recover(r.Hash(), r.Signature)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrKeyBinding, err)
	}
	if signer != r.Signer {
		return fmt.Errorf("%w: signed by %s, claims %s", ErrKeyBinding, signer, r.Signer)
	}
	return nil
}
