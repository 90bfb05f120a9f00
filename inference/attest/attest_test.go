package attest_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/minidao/minidao/inference/attest"
)

var (
	chainID  = big.NewInt(31337)
	registry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	domain   = attest.RegistryDomain(chainID, registry)
	weights  = common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")
	runtime  = common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222")
	nonce    = common.HexToHash("0x3333333333333333333333333333333333333333333333333333333333333333")
)

// attested returns a worker report for nonce with a record countersigned by authKey.
func attested(t *testing.T, workerKey, authKey []byte, measurement common.Hash) *attest.Report {
	t.Helper()
	wk, _ := crypto.ToECDSA(workerKey)
	ak, _ := crypto.ToECDSA(authKey)
	w := attest.NewAttester(wk, measurement, "cpu-x86_64")
	auth := attest.NewAuthority(ak, domain)
	first, err := w.Report(nonce, []attest.Model{{WeightsHash: weights}})
	if err != nil {
		t.Fatal(err)
	}
	rec, sig, err := auth.Countersign(first, nonce, weights)
	if err != nil {
		t.Fatalf("countersign: %v", err)
	}
	r, err := w.Report(nonce, []attest.Model{{WeightsHash: weights, Record: &rec, VerifierSignature: sig}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func key(b byte) []byte { return common.LeftPadBytes([]byte{b}, 32) }

func TestVerify(t *testing.T) {
	authority := crypto.PubkeyToAddress(mustKey(key(9)).PublicKey)
	want := attest.Expectation{RuntimeMeasurement: runtime, WeightsHash: weights}
	tests := []struct {
		name   string
		report func() *attest.Report
		nonce  common.Hash
		want   attest.Expectation
		err    error
	}{
		{"accepts an honest worker", func() *attest.Report { return attested(t, key(1), key(9), runtime) }, nonce, want, nil},
		{"refuses a record forged by another key", func() *attest.Report { return attested(t, key(1), key(8), runtime) }, nonce, want, attest.ErrForged},
		{"refuses a stale nonce", func() *attest.Report { return attested(t, key(1), key(9), runtime) }, common.Hash{1}, want, attest.ErrNonce},
		{"refuses a wrong weightsHash", func() *attest.Report { return attested(t, key(1), key(9), runtime) }, nonce,
			attest.Expectation{RuntimeMeasurement: runtime, WeightsHash: common.Hash{7}}, attest.ErrWeights},
		{"refuses a wrong runtime", func() *attest.Report { return attested(t, key(1), key(9), common.Hash{5}) }, nonce, want, attest.ErrMeasurement},
		{"refuses a report another key signed", func() *attest.Report {
			r := attested(t, key(1), key(9), runtime)
			r.Signer = crypto.PubkeyToAddress(mustKey(key(2)).PublicKey)
			return r
		}, nonce, want, attest.ErrKeyBinding},
		{"refuses a tampered record", func() *attest.Report {
			r := attested(t, key(1), key(9), runtime)
			r.Models[0].Record.IssuedAt++
			return r
		}, nonce, want, attest.ErrForged},
		{"refuses a report without a record", func() *attest.Report {
			r := attested(t, key(1), key(9), runtime)
			r.Models[0].Record = nil
			return r
		}, nonce, want, attest.ErrForged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &attest.SoftwareVerifier{Authority: authority, Registry: domain}
			err := v.Verify(context.Background(), tt.report(), tt.nonce, tt.want)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Verify = %v, want %v", err, tt.err)
			}
		})
	}
}

func TestVerifyRefusesAnOldReport(t *testing.T) {
	r := attested(t, key(1), key(9), runtime)
	v := &attest.SoftwareVerifier{
		Authority: crypto.PubkeyToAddress(mustKey(key(9)).PublicKey), Registry: domain,
		Now: func() time.Time { return time.Now().Add(time.Hour) },
	}
	if err := v.Verify(context.Background(), r, nonce, attest.Expectation{RuntimeMeasurement: runtime, WeightsHash: weights}); !errors.Is(err, attest.ErrExpired) {
		t.Fatalf("Verify = %v, want ErrExpired", err)
	}
}

// The hand-written EIP-712 hashing equals go-ethereum's generic implementation.
func TestDigestsMatchGoEthereumTypedData(t *testing.T) {
	rec := attest.Record{
		Signer: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), RuntimeMeasurement: runtime,
		WeightsHash: weights, HardwareClass: common.Hash{'c', 'p', 'u'}, ReportHash: nonce, IssuedAt: 1_700_000_000,
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Attestation": {{Name: "signer", Type: "address"}, {Name: "runtimeMeasurement", Type: "bytes32"}, {Name: "weightsHash", Type: "bytes32"},
				{Name: "hardwareClass", Type: "bytes32"}, {Name: "reportHash", Type: "bytes32"}, {Name: "issuedAt", Type: "uint64"}},
		},
		PrimaryType: "Attestation",
		Domain:      apitypes.TypedDataDomain{Name: domain.Name, Version: domain.Version, ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: registry.Hex()},
		Message: apitypes.TypedDataMessage{
			"signer": rec.Signer.Hex(), "runtimeMeasurement": rec.RuntimeMeasurement.Hex(), "weightsHash": rec.WeightsHash.Hex(),
			"hardwareClass": rec.HardwareClass.Hex(), "reportHash": rec.ReportHash.Hex(), "issuedAt": "1700000000",
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.Digest(domain); got != common.BytesToHash(want) {
		t.Fatalf("record digest %s, go-ethereum says %s", got, hexutil.Encode(want))
	}

	coord := attest.CoordinatorDomain(chainID, registry)
	td.Types = apitypes.Types{
		"EIP712Domain":    td.Types["EIP712Domain"],
		"InferenceResult": {{Name: "requestId", Type: "bytes32"}, {Name: "modelVersion", Type: "uint32"}, {Name: "outputHash", Type: "bytes32"}},
	}
	td.PrimaryType = "InferenceResult"
	td.Domain.Name = coord.Name
	td.Message = apitypes.TypedDataMessage{"requestId": nonce.Hex(), "modelVersion": "3", "outputHash": weights.Hex()}
	want, _, err = apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := attest.ResultDigest(coord, nonce, 3, weights); got != common.BytesToHash(want) {
		t.Fatalf("result digest %s, go-ethereum says %s", got, hexutil.Encode(want))
	}
}

func TestSignRecoverRoundTrip(t *testing.T) {
	k := mustKey(key(3))
	d := common.Hash{42}
	sig, err := attest.Sign(k, d)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d, want 27 or 28", sig[64])
	}
	got, err := attest.Recover(d, sig)
	if err != nil || got != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("Recover = %s, %v", got, err)
	}
	if _, err := attest.Recover(d, sig[:64]); !errors.Is(err, attest.ErrBadSignature) {
		t.Fatalf("short signature: %v, want ErrBadSignature", err)
	}
}

func mustKey(b []byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(b)
	if err != nil {
		panic(err)
	}
	return k
}
