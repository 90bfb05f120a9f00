package worker_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/engine"
	"github.com/minidao/minidao/inference/worker"
)

// BenchmarkJobOverhead is the worker's own cost per job, without the engine:
// JSON decoding, admission, keccak, the EIP-712 signature, JSON encoding.
func BenchmarkJobOverhead(b *testing.B) {
	f := newFixture(b, &echo{}, worker.Config{SignedMemory: 1 << 20}, nil)
	bodies := make([][]byte, b.N)
	for i := range bodies {
		bodies[i] = job(func(j map[string]any) { j["requestId"] = common.BigToHash(big.NewInt(int64(i + 1))).Hex() })
	}
	b.ResetTimer()
	for i := range b.N {
		if code, out := do(b, f.handler, http.MethodPost, "/v1/jobs", bodies[i]); code != 200 {
			b.Fatalf("%d %s", code, out)
		}
	}
}

// BenchmarkAttestation is one signed attestation report.
func BenchmarkAttestation(b *testing.B) {
	f := newFixture(b, &echo{}, worker.Config{}, nil)
	target := "/v1/attestation?nonce=" + common.Hash{1}.Hex()
	for range b.N {
		if code, out := do(b, f.handler, http.MethodGet, target, nil); code != 200 {
			b.Fatalf("%d %s", code, out)
		}
	}
}

// BenchmarkEngineJob is a whole job on the tiny test model (up to 16
// generated tokens, greedy), through the HTTP handler; tokens/s is reported.
func BenchmarkEngineJob(b *testing.B) {
	specs := tinyModel(b)[:1]
	models, err := worker.LoadModels(specs, worker.EngineLoader(engine.Options{Threads: 1, MaxConcurrent: 1}))
	if err != nil {
		b.Fatal(err)
	}
	defer worker.CloseModels(models)
	key := testKey(1)
	svc, err := worker.New(worker.Config{SignedMemory: 1 << 20}, slog.New(&logSink{}), key, attest.NewAttester(key, measurement, "cpu"), models, nil)
	if err != nil {
		b.Fatal(err)
	}
	h := worker.Handler(svc, worker.HandlerConfig{})
	tokens := 0
	b.ResetTimer()
	for i := range b.N {
		body := job(func(j map[string]any) {
			j["requestId"] = common.BigToHash(big.NewInt(int64(i + 1))).Hex()
			j["prompt"] = fmt.Sprintf("0x%x", "the quick brown fox")
		})
		code, out := do(b, h, http.MethodPost, "/v1/jobs", body)
		var res worker.Result
		if err := json.Unmarshal(out, &res); code != 200 || err != nil {
			b.Fatalf("%d %s", code, out)
		}
		tokens += res.Tokens.Generated
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
