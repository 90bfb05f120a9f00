package engine

import (
	"context"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

// BenchmarkGenerate measures a whole generation (tokenize, prefill, 32
// sampled tokens, streaming decode, hash) on a small random model.
func BenchmarkGenerate(b *testing.B) {
	s := tinySpec("llama", gguf.TypeQ8_0)
	s.Dim, s.Hidden, s.Layers, s.Heads, s.KVHeads, s.Vocab, s.Context = 256, 768, 4, 8, 4, 2000, 256
	e := openEngine(b, s, Options{Threads: 2})
	req := Request{Prompt: testPrompt, Params: sampled(32, 1)}
	var tokens int
	for b.Loop() {
		res, err := e.Generate(context.Background(), req)
		if err != nil {
			b.Fatal(err)
		}
		tokens += len(res.Tokens)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tok/s")
}
