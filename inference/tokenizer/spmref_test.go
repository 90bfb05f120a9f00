package tokenizer

import (
	"reflect"
	"strings"
	"testing"
)

// refEncodeSPM is the SentencePiece BPE loop in its plainest form: scan for
// the adjacent pair whose concatenation is the highest-scoring token
// (leftmost on ties), merge it, repeat; then emit tokens or byte tokens. It
// is the slow reference for encodeSPM's priority queue.
func refEncodeSPM(t *Tokenizer, text string) []int {
	if text == "" {
		return nil
	}
	s := strings.ReplaceAll(" "+text, " ", "\u2581")
	var parts []string
	for off := 0; off < len(s); {
		n := min(utf8Len(s[off]), len(s)-off)
		parts = append(parts, s[off:off+n])
		off += n
	}
	for {
		at := -1
		var best float32
		for i := 0; i+1 < len(parts); i++ {
			if id, ok := t.ids[parts[i]+parts[i+1]]; ok && (at < 0 || t.scores[id] > best) {
				best, at = t.scores[id], i
			}
		}
		if at < 0 {
			break
		}
		parts = append(parts[:at], append([]string{parts[at] + parts[at+1]}, parts[at+2:]...)...)
	}
	var out []int
	for _, p := range parts {
		if id, ok := t.ids[p]; ok {
			out = append(out, id)
			continue
		}
		for j := 0; j < len(p); j++ {
			out = append(out, t.byteIDs[p[j]])
		}
	}
	return out
}

func FuzzSPMMatchesReference(f *testing.F) {
	spm := loadVocab(f, "ggml-vocab-llama-spm.gguf")
	for _, s := range regexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 || strings.Contains(s, "<s>") || strings.Contains(s, "</s>") || strings.Contains(s, "<unk>") {
			return // keep the reference free of special-token handling
		}
		if got, want := spm.Encode(s, false, false), refEncodeSPM(spm, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Encode(%q) = %v, reference %v", s, got, want)
		}
	})
}

func TestSPMMatchesReferenceOnTheTestInputs(t *testing.T) {
	spm := loadVocab(t, "ggml-vocab-llama-spm.gguf")
	inputs, _ := readVectors(t, "ggml-vocab-llama-spm.gguf")
	for _, in := range inputs {
		if got, want := spm.Encode(in, false, false), refEncodeSPM(spm, in); !reflect.DeepEqual(got, want) {
			t.Errorf("Encode(%q) = %v, reference %v", in, got, want)
		}
	}
}
