package devmodel

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

func TestWriteIsDeterministicAndReadable(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a", "m.gguf"), filepath.Join(dir, "b.gguf")
	for _, p := range []string{a, b} {
		if err := Write(p); err != nil {
			t.Fatal(err)
		}
	}
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if len(x) == 0 || !bytes.Equal(x, y) {
		t.Fatalf("two writes differ or are empty (%d and %d bytes)", len(x), len(y))
	}
	f, err := gguf.Open(a)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if arch, err := f.Architecture(); err != nil || arch != "llama" {
		t.Fatalf("architecture %q, %v", arch, err)
	}
	toks, err := f.Strings("tokenizer.ggml.tokens")
	if err != nil || len(toks) != 259 {
		t.Fatalf("%d tokens, %v; want 259", len(toks), err)
	}
}

func TestWriteKeepsAnExistingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m.gguf")
	if err := os.WriteFile(p, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(p); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "mine" {
		t.Fatal("Write replaced an existing file")
	}
}
