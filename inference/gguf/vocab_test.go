package gguf

import (
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
