package engine

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model/modeltest"
)

// TestRealVocabularies runs generations on tiny random models that carry the
// real llama-spm and gpt-2 vocabularies from ../shared/testdata/vocab.
func TestRealVocabularies(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "testdata", "vocab")
	for _, tc := range []struct{ file, arch string }{
		{"ggml-vocab-llama-spm.gguf", "llama"},
		{"ggml-vocab-gpt-2.gguf", "qwen2"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("vocabulary not available (%v): the test data lives in ../shared/testdata/vocab", err)
			}
			like, err := gguf.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer like.Close()
			s := tinySpec(tc.arch, gguf.TypeQ8_0)
			s.Like = like
			mpath := filepath.Join(t.TempDir(), "m.gguf")
			if err := modeltest.Write(mpath, s); err != nil {
				t.Fatal(err)
			}
			e, err := Open(mpath, Options{Threads: 2})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			prompt := "Hello, world! Ünïcödé 🦙"
			var streamed string
			res, err := e.Generate(context.Background(), Request{Prompt: prompt, Params: sampled(16, 5),
				OnToken: func(_ int32, text string) error { streamed += text; return nil }})
			if err != nil {
				t.Fatal(err)
			}
			want := e.Tokenizer().Encode(prompt, true, true)
			if fmt.Sprint(res.PromptTokens) != fmt.Sprint(toInt32(want)) {
				t.Fatalf("prompt tokens %v, tokenizer %v", res.PromptTokens, want)
			}
			if e.Tokenizer().AddBOS() && int(res.PromptTokens[0]) != e.Tokenizer().BOS() {
				t.Fatalf("no BOS first: %v", res.PromptTokens)
			}
			if streamed != res.Text || !utf8.ValidString(res.Text) {
				t.Fatalf("streamed %q, result %q", streamed, res.Text)
			}
		})
	}
}

func toInt32(ids []int) []int32 {
	out := make([]int32, len(ids))
	for i, id := range ids {
		out[i] = int32(id)
	}
	return out
}
