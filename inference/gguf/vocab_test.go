package gguf

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// vocabDir is the shared folder of real vocabulary-only GGUF files.
var vocabDir = filepath.Join("..", "..", "..", "shared", "testdata", "vocab")

func openVocab(tb testing.TB, name string) *File {
	tb.Helper()
	path := filepath.Join(vocabDir, name)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("real vocabularies not available (%v): see ../shared/testdata/vocab/README.md", err)
	}
	f, err := Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

func TestRealVocabularyFilesParse(t *testing.T) {
	for _, c := range []struct {
		file, model string
		tokens      int
	}{
		{"ggml-vocab-llama-spm.gguf", "llama", 32000},
		{"ggml-vocab-gpt-2.gguf", "gpt2", 50257},
	} {
		t.Run(c.file, func(t *testing.T) {
			f := openVocab(t, c.file)
			if m, err := f.String("tokenizer.ggml.model"); err != nil || m != c.model {
				t.Fatalf("tokenizer.ggml.model = %q, %v", m, err)
			}
			toks, err := f.Strings("tokenizer.ggml.tokens")
			if err != nil || len(toks) != c.tokens {
				t.Fatalf("%d tokens, %v", len(toks), err)
			}
			if len(f.Tensors) != 0 {
				t.Fatalf("a vocabulary-only file has %d tensors", len(f.Tensors))
			}
		})
	}
}

// BenchmarkOpenSmolLM2Shape opens a SmolLM2-135M-shaped Q8_0 file (the
// llama-spm vocabulary, 30 layers, 272 tensors, 133 MB of zero weights):
// mapping plus parsing the header, metadata and tensor infos.
func BenchmarkOpenSmolLM2Shape(b *testing.B) {
	vocab := openVocab(b, "ggml-vocab-llama-spm.gguf")
	w := NewWriter()
	for _, kv := range vocab.Metadata {
		if err := w.Set(kv.Key, kv.Value); err != nil {
			b.Fatal(err)
		}
	}
	zeros := func(out io.Writer, n uint64) error {
		buf := make([]byte, 1<<20)
		for n > 0 {
			k := min(n, uint64(len(buf)))
			if _, err := out.Write(buf[:k]); err != nil {
				return err
			}
			n -= k
		}
		return nil
	}
	add := func(name string, typ Type, shape ...uint64) {
		size, _ := typ.RowBytes(shape[0])
		for _, d := range shape[1:] {
			size *= d
		}
		if err := w.AddTensorFunc(name, typ, shape, func(out io.Writer) error { return zeros(out, size) }); err != nil {
			b.Fatal(err)
		}
	}
	add("token_embd.weight", TypeQ8_0, 576, 32000)
	for l := 0; l < 30; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		add(p+"attn_norm.weight", TypeF32, 576)
		add(p+"attn_q.weight", TypeQ8_0, 576, 576)
		add(p+"attn_k.weight", TypeQ8_0, 576, 192)
		add(p+"attn_v.weight", TypeQ8_0, 576, 192)
		add(p+"attn_output.weight", TypeQ8_0, 576, 576)
		add(p+"ffn_norm.weight", TypeF32, 576)
		add(p+"ffn_gate.weight", TypeQ8_0, 576, 1536)
		add(p+"ffn_up.weight", TypeQ8_0, 576, 1536)
		add(p+"ffn_down.weight", TypeQ8_0, 1536, 576)
	}
	add("output_norm.weight", TypeF32, 576)
	path := filepath.Join(b.TempDir(), "smollm2-shape.gguf")
	if err := w.WriteFile(path); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		f, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

func BenchmarkOpenVocab(b *testing.B) {
	path := filepath.Join(vocabDir, "ggml-vocab-gpt-2.gguf")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("real vocabularies not available: %v", err)
	}
	for b.Loop() {
		f, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}
