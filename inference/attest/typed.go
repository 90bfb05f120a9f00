package attest

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain is an EIP-712 domain: name, version, chain id, verifying contract.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

var domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// Separator is the domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		math.U256Bytes(new(big.Int).Set(d.ChainID)),
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	)
}

// RegistryDomain is the WorkerRegistry's domain for attestation records.
func RegistryDomain(chainID *big.Int, registry common.Address) Domain {
	return Domain{"MiniDAO WorkerRegistry", "1", chainID, registry}
}

// CoordinatorDomain is the InferenceCoordinator's domain for result signatures.
func CoordinatorDomain(chainID *big.Int, coordinator common.Address) Domain {
	return Domain{"MiniDAO InferenceCoordinator", "1", chainID, coordinator}
}

var (
	recordTypeHash = crypto.Keccak256Hash([]byte("Attestation(address signer,bytes32 runtimeMeasurement,bytes32 weightsHash,bytes32 hardwareClass,bytes32 reportHash,uint64 issuedAt)"))
	resultTypeHash = crypto.Keccak256Hash([]byte("InferenceResult(bytes32 requestId,uint32 modelVersion,bytes32 outputHash)"))
)

func digest(d Domain, structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Digest is the EIP-712 digest of the record in the registry's domain: what
// the attestation authority signs and IWorkerRegistry.attestationDigest returns.
func (r Record) Digest(d Domain) common.Hash {
	return digest(d, crypto.Keccak256Hash(
		recordTypeHash[:],
		common.LeftPadBytes(r.Signer[:], 32),
		r.RuntimeMeasurement[:], r.WeightsHash[:], r.HardwareClass[:], r.ReportHash[:],
		math.U256Bytes(new(big.Int).SetUint64(r.IssuedAt)),
	))
}

// ResultDigest is the EIP-712 digest a worker signs over a result: the
// InferenceCoordinator's InferenceResult(requestId, modelVersion, outputHash),
// where outputHash is keccak256 of the whole output.
func ResultDigest(d Domain, requestID [32]byte, modelVersion uint32, outputHash [32]byte) common.Hash {
	return digest(d, crypto.Keccak256Hash(
		resultTypeHash[:], requestID[:],
		math.U256Bytes(new(big.Int).SetUint64(uint64(modelVersion))),
		outputHash[:],
	))
}

// Sign signs a digest as the contracts expect: 65 bytes (r, s, v) with v 27 or 28.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// ErrBadSignature means a signature is malformed or does not recover.
var ErrBadSignature = errors.New("bad signature")

// Recover returns the address that signed digest with a 65-byte (r, s, v) signature.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	s := append([]byte{}, sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
