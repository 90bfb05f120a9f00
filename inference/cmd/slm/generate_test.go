package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model/modeltest"
)

// writeRandomModel writes a tiny random llama model with a synthetic
// vocabulary.
func writeRandomModel(t *testing.T, arch string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), arch+".gguf")
	err := modeltest.Write(path, modeltest.Spec{Arch: arch, Dim: 64, Hidden: 128, Layers: 2, Heads: 4, KVHeads: 2,
		Vocab: 300, Context: 64, Type: gguf.TypeQ8_0, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

var summaryLine = regexp.MustCompile(`prompt: \d+ tokens, prefill [0-9.]+ tok/s; generated: (\d+) tokens, decode (n/a|[0-9.]+ tok/s); stop: (eos|length); sha256 ([0-9a-f]{64})`)

func TestGenerateStreamsTextAndSummarizes(t *testing.T) {
	path := writeRandomModel(t, "llama")
	code, out, errOut := slm(t, "", "generate", "-m", path, "-p", "hello world", "-n", "9", "--temp", "0.7", "--seed", "11", "-t", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	m := summaryLine.FindStringSubmatch(errOut)
	if m == nil || m[1] != "9" || m[3] != "length" {
		t.Fatalf("summary %q", errOut)
	}
	if out == "" {
		t.Fatal("no text")
	}
	// The same seed with one thread gives the same bytes; --ids gives the ids.
	code, again, errAgain := slm(t, "", "generate", "-m", path, "-p", "hello world", "-n", "9", "--temp", "0.7", "--seed", "11", "-t", "1")
	if code != 0 || again != out || summaryLine.FindStringSubmatch(errAgain)[4] != m[4] {
		t.Fatalf("second run: exit %d, %q vs %q", code, again, out)
	}
	code, ids, _ := slm(t, "", "generate", "-m", path, "-p", "hello world", "-n", "9", "--temp", "0.7", "--seed", "11", "--ids")
	if code != 0 || !regexp.MustCompile(`^\d+( \d+){8}\n$`).MatchString(ids) {
		t.Fatalf("--ids: exit %d, %q", code, ids)
	}
}

func TestGenerateAndBenchRejectBadInput(t *testing.T) {
	path := writeRandomModel(t, "qwen2")
	vocab := filepath.Join(t.TempDir(), "vocab.gguf")
	w := gguf.NewWriter()
	w.Set("general.architecture", gguf.String("gpt2"))
	if err := w.WriteFile(vocab); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"a missing model file", []string{"generate", "-m", "/no/such.gguf", "-p", "x"}, 1, "no such file"},
		{"no prompt", []string{"generate", "-m", path}, 2, "-p is required"},
		{"a negative temperature", []string{"generate", "-m", path, "-p", "x", "--temp", "-1"}, 2, "temperature"},
		{"zero threads", []string{"generate", "-m", path, "-p", "x", "-t", "0"}, 2, "thread"},
		{"an unsupported architecture", []string{"generate", "-m", vocab, "-p", "x"}, 1, "unsupported"},
		{"a file that is not GGUF", []string{"bench", "-m", writeFile(t, "junk")}, 1, "GGUF"},
		{"more tokens than the context", []string{"bench", "-m", path, "-p", "60", "-n", "10"}, 2, "context"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := slm(t, "", tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.msg) {
				t.Fatalf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, tc.code, tc.msg)
			}
		})
	}
}

func writeFile(t *testing.T, content string) string {
	path := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBenchPrintsMedians(t *testing.T) {
	path := writeRandomModel(t, "llama")
	code, out, errOut := slm(t, "", "bench", "-m", path, "-p", "16", "-n", "4", "-t", "2", "-r", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{`prefill: 16 tokens, [0-9.]+ tok/s \(median of 3 runs`, `decode: 4 tokens, [0-9.]+ tok/s \(median of 3 runs`} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Fatalf("output %q lacks %s", out, want)
		}
	}
}
