package dispatcher

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
)

func testDispatcher(t testing.TB) *Dispatcher {
	d, err := New(Config{ChainID: big.NewInt(31337), Coordinator: common.Address{0xc0}}, nil, nil, nil, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func signed(t testing.TB, d *Dispatcher, terms *Terms, output []byte) (*Answer, candidate) {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256Hash(output)
	sig, err := attest.Sign(key, attest.ResultDigest(d.domain, terms.RequestID, terms.ModelVersion, h))
	if err != nil {
		t.Fatal(err)
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	return &Answer{RequestID: terms.RequestID, Output: output, OutputHash: h, Signature: sig, Signer: signer}, candidate{"http://w", signer}
}

func TestCheckAnswer(t *testing.T) {
	d := testDispatcher(t)
	terms := &Terms{RequestID: common.Hash{1}, ModelVersion: 3, K: 1}
	n := crypto.S256().Params().N
	for _, tc := range []struct {
		name string
		edit func(a *Answer, c *candidate)
		ok   bool
	}{
		{"a good answer passes", func(*Answer, *candidate) {}, true},
		{"an answer for another request is rejected (unknown job)", func(a *Answer, _ *candidate) { a.RequestID = common.Hash{2} }, false},
		{"a hash that is not the output's is rejected", func(a *Answer, _ *candidate) { a.Output = []byte("other") }, false},
		{"a short signature is rejected", func(a *Answer, _ *candidate) { a.Signature = a.Signature[:64] }, false},
		{"a bad v is rejected", func(a *Answer, _ *candidate) { a.Signature[64] = 1 }, false},
		{"a high-s twin of a good signature is rejected", func(a *Answer, _ *candidate) {
			s := new(big.Int).SetBytes(a.Signature[32:64])
			copy(a.Signature[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
			a.Signature[64] ^= 1 // 27 <-> 28
		}, false},
		{"a signature by another key is rejected", func(_ *Answer, c *candidate) { c.signer = common.Address{9} }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, c := signed(t, d, terms, []byte("Paris"))
			tc.edit(a, &c)
			err := d.check(terms, c, a)
			if (err == nil) != tc.ok {
				t.Fatalf("check: %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func FuzzCheckAnswer(f *testing.F) {
	d := testDispatcher(f)
	terms := &Terms{RequestID: common.Hash{1}, ModelVersion: 3, K: 1}
	a, c := signed(f, d, terms, []byte("Paris"))
	f.Add([]byte(a.Output), a.OutputHash[:], []byte(a.Signature), a.RequestID[:])
	f.Fuzz(func(t *testing.T, output, hash, sig, rid []byte) {
		ans := &Answer{Output: output, OutputHash: common.BytesToHash(hash), Signature: sig, RequestID: common.BytesToHash(rid)}
		if err := d.check(terms, c, ans); err == nil && (string(output) != "Paris" || ans.RequestID != terms.RequestID && ans.RequestID != (common.Hash{})) {
			t.Fatalf("accepted a forged answer: %+v", ans)
		}
	})
}
