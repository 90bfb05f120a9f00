package worker_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/worker"
)

var authorityKey = testKey(9)

// countersigned returns the records an authority would write for the
// worker key 1 serving spec, as `worker register` does.
func countersigned(t *testing.T, runtime common.Hash) func(worker.ModelSpec) *worker.Records {
	return func(spec worker.ModelSpec) *worker.Records {
		t.Helper()
		key := testKey(1)
		a := attest.NewAttester(key, runtime, "cpu-test")
		nonce := common.Hash{0x5e}
		r, err := a.Report(nonce, []attest.Model{{WeightsHash: spec.WeightsHash}})
		if err != nil {
			t.Fatal(err)
		}
		auth := attest.NewAuthority(authorityKey, attest.RegistryDomain(chainID, registry))
		rec, sig, err := auth.Countersign(r, nonce, spec.WeightsHash)
		if err != nil {
			t.Fatal(err)
		}
		return &worker.Records{
			ChainID: chainID.Uint64(), Registry: registry, Authority: auth.Address(), Signer: a.Address(),
			Models: []attest.Model{{WeightsHash: spec.WeightsHash, Record: &rec, VerifierSignature: sig}},
		}
	}
}

func TestAttestationIsVerifiedBySoftwareVerifier(t *testing.T) {
	f := newFixture(t, &echo{}, worker.Config{}, countersigned(t, measurement))
	nonce := common.HexToHash("0x" + strings.Repeat("c3", 32))
	code, body := do(t, f.handler, "GET", "/v1/attestation?nonce="+nonce.Hex(), nil)
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	var r attest.Report
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	v := &attest.SoftwareVerifier{Authority: crypto.PubkeyToAddress(authorityKey.PublicKey), Registry: attest.RegistryDomain(chainID, registry)}
	want := attest.Expectation{RuntimeMeasurement: measurement, WeightsHash: f.spec.WeightsHash}
	t.Run("accepts the report for the verifier's nonce", func(t *testing.T) {
		if err := v.Verify(context.Background(), &r, nonce, want); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("refuses the same report for another nonce (stale)", func(t *testing.T) {
		if err := v.Verify(context.Background(), &r, common.Hash{1}, want); !errors.Is(err, attest.ErrNonce) {
			t.Fatalf("Verify = %v, want ErrNonce", err)
		}
	})
	t.Run("refuses it against other weights", func(t *testing.T) {
		if err := v.Verify(context.Background(), &r, nonce, attest.Expectation{RuntimeMeasurement: measurement, WeightsHash: common.Hash{7}}); !errors.Is(err, attest.ErrWeights) {
			t.Fatalf("Verify = %v, want ErrWeights", err)
		}
	})
	t.Run("refuses it when another authority is trusted", func(t *testing.T) {
		other := &attest.SoftwareVerifier{Authority: common.Address{9}, Registry: v.Registry}
		if err := other.Verify(context.Background(), &r, nonce, want); !errors.Is(err, attest.ErrForged) {
			t.Fatalf("Verify = %v, want ErrForged", err)
		}
	})
}

func TestRecordsForAnotherRuntimeAreLeftOut(t *testing.T) {
	f := newFixture(t, &echo{}, worker.Config{}, countersigned(t, common.Hash{0xee}))
	r, err := f.svc.Attestation(common.Hash{1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Models) != 1 || r.Models[0].Record != nil {
		t.Fatalf("report models %+v: want the weights without the stale record", r.Models)
	}
}

func TestRecordsFileRoundTrip(t *testing.T) {
	path, sum := modelFile(t, "x")
	recs := countersigned(t, measurement)(worker.ModelSpec{WeightsHash: sum, Path: path})
	file := filepath.Join(t.TempDir(), "records.json")
	if err := worker.WriteRecords(file, recs); err != nil {
		t.Fatal(err)
	}
	got, err := worker.ReadRecords(file)
	if err != nil {
		t.Fatal(err)
	}
	if *got.Models[0].Record != *recs.Models[0].Record {
		t.Fatalf("read back %+v", got.Models[0].Record)
	}

	tests := []struct {
		name string
		edit func(*worker.Records)
		msg  string
	}{
		{"a tampered record", func(r *worker.Records) { r.Models[0].Record.IssuedAt++ }, "countersigned by"},
		{"another authority", func(r *worker.Records) { r.Authority = common.Address{1} }, "countersigned by"},
		{"a record for another signer", func(r *worker.Records) { r.Signer = common.Address{1} }, "record for signer"},
		{"a missing record", func(r *worker.Records) { r.Models[0].Record = nil }, "has no record"},
		{"a missing registry", func(r *worker.Records) { r.Registry = common.Address{} }, "are all required"},
	}
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			r := countersigned(t, measurement)(worker.ModelSpec{WeightsHash: sum})
			tt.edit(r)
			b, _ := json.Marshal(r)
			bad := filepath.Join(t.TempDir(), "records.json")
			os.WriteFile(bad, b, 0o600)
			if _, err := worker.ReadRecords(bad); err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("ReadRecords = %v, want %q", err, tt.msg)
			}
		})
	}
}

func TestRecordsOfAnotherWorkerKeyAreRefused(t *testing.T) {
	path, sum := modelFile(t, "x")
	spec := worker.ModelSpec{ModelID: worker.NewUint256(1), Version: 1, WeightsHash: sum, Path: path}
	models, err := worker.LoadModels([]worker.ModelSpec{spec}, func(worker.ModelSpec) (worker.Generator, error) { return &echo{}, nil })
	if err != nil {
		t.Fatal(err)
	}
	key := testKey(2) // the records are for key 1
	_, err = worker.New(worker.Config{}, slog.New(&logSink{}), key, attest.NewAttester(key, measurement, "cpu"), models, countersigned(t, measurement)(spec))
	if err == nil || !strings.Contains(err.Error(), "run `worker register` with this key") {
		t.Fatalf("New = %v", err)
	}
}

func TestLoadModelsRefusesWrongWeights(t *testing.T) {
	path, sum := modelFile(t, "the real weights")
	other := sum
	other[0] ^= 1
	loaded := false
	load := func(worker.ModelSpec) (worker.Generator, error) { loaded = true; return &echo{}, nil }
	_, err := worker.LoadModels([]worker.ModelSpec{{ModelID: worker.NewUint256(1), Version: 3, WeightsHash: other, Path: path}}, load)
	if !errors.Is(err, worker.ErrWeightsMismatch) {
		t.Fatalf("LoadModels = %v, want ErrWeightsMismatch", err)
	}
	for _, want := range []string{"model 1 version 3", common.Hash(sum).Hex(), other.Hex(), "refusing to serve it"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not name %q", err, want)
		}
	}
	if loaded {
		t.Fatal("the engine opened a file whose weights do not match")
	}
}

func TestModelsFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "m.gguf"), []byte("w"), 0o600)
	write := func(s string) string {
		p := filepath.Join(dir, "models.json")
		os.WriteFile(p, []byte(s), 0o600)
		return p
	}
	wh := "0x" + strings.Repeat("11", 32)
	specs, err := worker.ReadModelsFile(write(`[{"modelId": "1", "version": 2, "weightsHash": "` + wh + `", "path": "m.gguf", "sampling": {"temperature": 0.7}}]`))
	if err != nil {
		t.Fatal(err)
	}
	if specs[0].Path != filepath.Join(dir, "m.gguf") || specs[0].ModelID.Int64() != 1 || specs[0].Sampling.Temperature != 0.7 {
		t.Fatalf("read %+v", specs[0])
	}
	tests := []struct{ name, body, msg string }{
		{"an empty list", `[]`, "no models to serve"},
		{"an unknown field", `[{"modelId": 1, "version": 1, "weightsHash": "` + wh + `", "path": "m", "temp": 1}]`, "unknown field"},
		{"a missing modelId", `[{"version": 1, "weightsHash": "` + wh + `", "path": "m"}]`, "modelId is missing"},
		{"version 0", `[{"modelId": 1, "version": 0, "weightsHash": "` + wh + `", "path": "m"}]`, "version must be at least 1"},
		{"a duplicate", `[{"modelId": 1, "version": 1, "weightsHash": "` + wh + `", "path": "m"}, {"modelId": "0x1", "version": 1, "weightsHash": "` + wh + `", "path": "n"}]`, "listed twice"},
		{"a top-p above 1", `[{"modelId": 1, "version": 1, "weightsHash": "` + wh + `", "path": "m", "sampling": {"temperature": 1, "topP": 2}}]`, "out of range"},
	}
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			if _, err := worker.ReadModelsFile(write(tt.body)); err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("ReadModelsFile = %v, want %q", err, tt.msg)
			}
		})
	}
}

func TestReconcileWithTheChain(t *testing.T) {
	wh, other := common.Hash{0x11}, common.Hash{0x22}
	chain := map[uint32]worker.ChainVersion{1: {WeightsHash: wh, MaxTokens: 100}, 2: {WeightsHash: other}}
	lookup := func(s worker.ModelSpec) (worker.ChainVersion, error) {
		v, ok := chain[s.Version]
		if !ok {
			return v, errors.New("RegistryUnknownVersion")
		}
		return v, nil
	}
	spec := func(version uint32, weights common.Hash, maxTokens int) worker.ModelSpec {
		return worker.ModelSpec{ModelID: worker.NewUint256(1), Version: version, WeightsHash: weights, Path: "m.gguf", MaxTokens: maxTokens}
	}
	t.Run("takes a missing weightsHash and maxTokens from the chain", func(t *testing.T) {
		got, err := worker.Reconcile([]worker.ModelSpec{spec(1, common.Hash{}, 0)}, lookup)
		if err != nil || got[0].WeightsHash != wh || got[0].MaxTokens != 100 {
			t.Fatalf("%+v, %v", got, err)
		}
	})
	t.Run("keeps a smaller maxTokens and cuts a larger one", func(t *testing.T) {
		got, err := worker.Reconcile([]worker.ModelSpec{spec(1, wh, 50)}, lookup)
		if err != nil || got[0].MaxTokens != 50 {
			t.Fatalf("%+v, %v", got, err)
		}
		got, err = worker.Reconcile([]worker.ModelSpec{spec(1, wh, 500)}, lookup)
		if err != nil || got[0].MaxTokens != 100 {
			t.Fatalf("%+v, %v", got, err)
		}
	})
	t.Run("refuses a weightsHash the chain does not name", func(t *testing.T) {
		_, err := worker.Reconcile([]worker.ModelSpec{spec(1, other, 0)}, lookup)
		if !errors.Is(err, worker.ErrChainMismatch) || !strings.Contains(err.Error(), wh.Hex()) {
			t.Fatalf("Reconcile = %v", err)
		}
	})
	t.Run("refuses a version the chain does not know", func(t *testing.T) {
		_, err := worker.Reconcile([]worker.ModelSpec{spec(3, wh, 0)}, lookup)
		if err == nil || !strings.Contains(err.Error(), "model 1 version 3 on chain: RegistryUnknownVersion") {
			t.Fatalf("Reconcile = %v", err)
		}
	})
	t.Run("refuses a spec without weights when there is no chain", func(t *testing.T) {
		err := worker.CheckModelSpecs([]worker.ModelSpec{spec(1, common.Hash{}, 0)})
		if err == nil || !strings.Contains(err.Error(), "weightsHash is missing") {
			t.Fatalf("CheckModelSpecs = %v", err)
		}
	})
}
