package tokenizer

import (
	"reflect"
	"strings"
	"testing"
)

// refEncodeBPE is llama.cpp's BPE loop in its plainest form: merges looked up
// by text in a map of every merge, the lowest rank applied first (leftmost
// on ties) by scanning the whole word each time. It is the slow reference
// for encodeBPE's id-keyed priority queue.
func refEncodeBPE(t *Tokenizer, ranks map[mergeKey]int, text string) []int {
	var out []int
	for _, w := range t.pre.split(toRunes(text, nil)) {
		var raw []byte
		for _, r := range w {
			raw = appendRune(raw, r)
		}
		var parts []string
		for _, b := range raw {
			parts = append(parts, string(byteToRune[b]))
		}
		if t.pre.ignoreMerges {
			if id, ok := t.ids[strings.Join(parts, "")]; ok {
				out = append(out, id)
				continue
			}
		}
		for {
			best, at := -1, -1
			for i := 0; i+1 < len(parts); i++ {
				if r, ok := ranks[mergeKey{parts[i], parts[i+1]}]; ok && (best < 0 || r < best) {
					best, at = r, i
				}
			}
			if at < 0 {
				break
			}
			parts = append(parts[:at], append([]string{parts[at] + parts[at+1]}, parts[at+2:]...)...)
		}
		for _, p := range parts {
			if id, ok := t.ids[p]; ok {
				out = append(out, id)
				continue
			}
			for j := 0; j < len(p); j++ {
				if id, ok := t.ids[p[j:j+1]]; ok {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// allMerges rebuilds the text-keyed map of every merge from both halves of
// the tokenizer's merge tables.
func allMerges(t *Tokenizer) map[mergeKey]int {
	ranks := map[mergeKey]int{}
	for k, r := range t.merges {
		ranks[k] = r
	}
	for pair, res := range t.mergeIDs {
		ranks[mergeKey{t.tokens[pair>>32], t.tokens[uint32(pair)]}] = int(res.rank)
	}
	return ranks
}

func FuzzBPEMatchesReference(f *testing.F) {
	gpt := loadVocab(f, "ggml-vocab-gpt-2.gguf")
	ranks := allMerges(gpt)
	for _, s := range regexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			return
		}
		if got, want := gpt.Encode(s, false, false), refEncodeBPE(gpt, ranks, s); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("Encode(%q) = %v, reference %v", s, got, want)
		}
	})
}

func TestBPEMatchesReferenceOnTheTestInputs(t *testing.T) {
	gpt := loadVocab(t, "ggml-vocab-gpt-2.gguf")
	ranks := allMerges(gpt)
	inputs, _ := readVectors(t, "ggml-vocab-gpt-2.gguf")
	for _, in := range inputs {
		if got, want := gpt.Encode(in, false, false), refEncodeBPE(gpt, ranks, in); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("Encode(%q) = %v, reference %v", in, got, want)
		}
	}
}
