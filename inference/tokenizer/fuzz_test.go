package tokenizer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPreTokenizers checks that every pre-tokenizer cuts any text into
// non-empty words that put back together give the text.
func FuzzPreTokenizers(f *testing.F) {
	for _, s := range []string{"Hello world", "I'm  fine!!\n", "12345 apples\r\n\r\n", "中文 ∑x² 😀", "\xff\xfe'S'Ll  \t", ""} {
		f.Add(s)
	}
	names := []string{"default", "gpt-2", "llama-bpe", "qwen2", "smollm", "deepseek-llm", "falcon", "starcoder", "refact", "mpt", "gpt-neox"}
	f.Fuzz(func(t *testing.T, s string) {
		runes := toRunes(s, nil)
		for _, name := range names {
			pt, _ := lookupPreTokenizer(name)
			var sb strings.Builder
			for _, w := range pt.split(runes) {
				if len(w) == 0 {
					t.Fatalf("%s: empty word in %q", name, s)
				}
				sb.WriteString(string(w))
			}
			if sb.String() != string(runes) {
				t.Fatalf("%s: words of %q put together give %q", name, s, sb.String())
			}
		}
	})
}

// FuzzEncode checks, on the real vocabularies, that encoding never panics,
// yields ids inside the vocabulary, and that decoding gives the text back
// when it must: valid UTF-8 for both models, without U+2581 for llama (which
// renders it as a space).
func FuzzEncode(f *testing.F) {
	spm := loadVocab(f, "ggml-vocab-llama-spm.gguf")
	gpt := loadVocab(f, "ggml-vocab-gpt-2.gguf")
	for _, s := range []string{"Hello world", " leading", "a<s>b</s><|endoftext|>", "\n\n\t  x", "中文 😀", "\xff\xc3"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, special bool) {
		for _, tok := range []*Tokenizer{spm, gpt} {
			ids := tok.Encode(s, special, special)
			for _, id := range ids {
				if id < 0 || id >= tok.VocabSize() {
					t.Fatalf("%s: id %d out of range for %q", tok.Model(), id, s)
				}
			}
			d := tok.NewDecoder(special)
			var streamed strings.Builder
			for _, id := range ids {
				chunk := d.Add(id)
				if !utf8.ValidString(chunk) {
					t.Fatalf("%s: decoder emitted invalid UTF-8 %q", tok.Model(), chunk)
				}
				streamed.WriteString(chunk)
			}
			streamed.WriteString(d.Flush())
			if special || !utf8.ValidString(s) || tok.Model() == "llama" && strings.Contains(s, "\u2581") {
				continue
			}
			if got := tok.Decode(ids); got != s {
				t.Fatalf("%s: Decode(Encode(%q)) = %q", tok.Model(), s, got)
			}
			want := s
			if tok.Model() == "llama" && s != "" {
				want = " " + s
			}
			if streamed.String() != want {
				t.Fatalf("%s: streamed %q, want %q", tok.Model(), streamed.String(), want)
			}
		}
	})
}
