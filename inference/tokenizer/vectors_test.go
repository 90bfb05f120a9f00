package tokenizer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

// vocabDir is the shared folder of real vocabularies and llama.cpp's test
// vectors (see its README).
var vocabDir = filepath.Join("..", "..", "..", "shared", "testdata", "vocab")

func loadVocab(tb testing.TB, name string) *Tokenizer {
	tb.Helper()
	path := filepath.Join(vocabDir, name)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("real vocabularies not available (%v): see ../shared/testdata/vocab/README.md", err)
	}
	f, err := gguf.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	tok, err := New(f)
	if err != nil {
		tb.Fatal(err)
	}
	return tok
}

// readVectors returns llama.cpp's test inputs and expected ids for a vocabulary.
func readVectors(t *testing.T, name string) ([]string, [][]int) {
	t.Helper()
	inp, err := os.ReadFile(filepath.Join(vocabDir, name+".inp"))
	if err != nil {
		t.Fatal(err)
	}
	outp, err := os.ReadFile(filepath.Join(vocabDir, name+".out"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := strings.Split(string(inp), "\n__ggml_vocab_test__\n")
	// The file ends with the separator, so the last element is empty.
	if inputs[len(inputs)-1] == "" {
		inputs = inputs[:len(inputs)-1]
	}
	lines := strings.Split(strings.TrimSuffix(string(outp), "\n"), "\n")
	if len(lines) != len(inputs) {
		t.Fatalf("%s: %d inputs but %d expected lines", name, len(inputs), len(lines))
	}
	want := make([][]int, len(lines))
	for i, l := range lines {
		for _, f := range strings.Fields(l) {
			id, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("%s.out line %d: %v", name, i+1, err)
			}
			want[i] = append(want[i], id)
		}
	}
	return inputs, want
}

func TestRealVectorsAreReproducedLineByLine(t *testing.T) {
	for _, name := range []string{"ggml-vocab-llama-spm.gguf", "ggml-vocab-gpt-2.gguf"} {
		t.Run(name, func(t *testing.T) {
			tok := loadVocab(t, name)
			inputs, want := readVectors(t, name)
			for i, in := range inputs {
				got := tok.Encode(in, false, false)
				if !equalIDs(got, want[i]) {
					t.Errorf("line %d %q:\n got %v\nwant %v", i+1, in, got, want[i])
				}
			}
			t.Logf("%d lines checked", len(inputs))
		})
	}
}

func equalIDs(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
