package tokenizer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is llama.cpp's test inputs joined, repeated to about 64 KiB: a mix
// of English, code, whitespace runs, digits, emoji and CJK.
func benchText(b *testing.B, name string) string {
	inp, err := os.ReadFile(filepath.Join(vocabDir, name+".inp"))
	if err != nil {
		b.Skipf("real vocabularies not available: %v", err)
	}
	s := strings.ReplaceAll(string(inp), "\n__ggml_vocab_test__\n", "\n")
	return strings.Repeat(s, 64<<10/len(s)+1)[:64<<10]
}

func benchmarkEncode(b *testing.B, name string, size int) {
	tok := loadVocab(b, name)
	text := benchText(b, name)[:size]
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(tok.Encode(text, false, false))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkEncodeLlamaSPM(b *testing.B) { benchmarkEncode(b, "ggml-vocab-llama-spm.gguf", 64<<10) }
func BenchmarkEncodeGPT2(b *testing.B)     { benchmarkEncode(b, "ggml-vocab-gpt-2.gguf", 64<<10) }

// The Prompt benchmarks encode 1 KiB, the size of a typical prompt.
func BenchmarkEncodePromptLlamaSPM(b *testing.B) {
	benchmarkEncode(b, "ggml-vocab-llama-spm.gguf", 1<<10)
}
func BenchmarkEncodePromptGPT2(b *testing.B) { benchmarkEncode(b, "ggml-vocab-gpt-2.gguf", 1<<10) }

func BenchmarkDecodeStream(b *testing.B) {
	tok := loadVocab(b, "ggml-vocab-llama-spm.gguf")
	ids := tok.Encode(benchText(b, "ggml-vocab-llama-spm.gguf"), false, false)
	b.ResetTimer()
	for b.Loop() {
		d := tok.NewDecoder(false)
		for _, id := range ids {
			d.Add(id)
		}
		d.Flush()
	}
	b.ReportMetric(float64(len(ids))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
