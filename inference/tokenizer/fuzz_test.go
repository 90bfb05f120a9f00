package tokenizer

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/minidao/minidao/inference/gguf"
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

// FuzzNewOnArbitraryVocabularies builds tokenizers from made-up vocabularies
// (empty, duplicate and odd tokens, any token types, malformed merges, ids
// out of range) and checks that New either fails cleanly or gives a
// tokenizer that encodes and decodes any text without panicking.
func FuzzNewOnArbitraryVocabularies(f *testing.F) {
	f.Add(true, "<unk>\x00<s>\x00</s>\x00\u2581a\x00a", []byte{2, 3, 3, 1, 1}, "", "a a", int64(1))
	f.Add(false, "a\x00b\x00ab\x00\u0120\x00<|endoftext|>", []byte{1, 1, 1, 1, 3}, "a b\nab \u0120\nx", "ab ab<|endoftext|>", int64(4))
	f.Add(false, "\x00\x00", []byte{9, 0}, " \n\n", "", int64(-7))
	f.Fuzz(func(t *testing.T, llama bool, tokens string, types []byte, merges, text string, bos int64) {
		toks := strings.Split(tokens, "\x00")
		if len(toks) > 64 || len(text) > 256 {
			return
		}
		tt := make([]int32, len(toks))
		for i := range tt {
			if i < len(types) {
				tt[i] = int32(types[i] % 8)
			}
		}
		model := "gpt2"
		if llama {
			model = "llama"
		}
		w := gguf.NewWriter()
		w.Set(KeyModel, gguf.String(model))
		w.Set(KeyPre, gguf.String("llama-bpe"))
		w.Set(KeyTokens, gguf.Strings(toks))
		w.Set(KeyTokenType, gguf.Int32s(tt))
		w.Set(KeyMerges, gguf.Strings(strings.Split(merges, "\n")))
		w.Set(KeyBOS, gguf.Int64(bos))
		w.Set(KeyAddEOS, gguf.Bool(true))
		var buf bytes.Buffer
		if _, err := w.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		file, err := gguf.Parse(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		tok, err := New(file)
		if err != nil {
			return
		}
		for _, special := range []bool{false, true} {
			ids := tok.Encode(text, special, special)
			d := tok.NewDecoder(special)
			for _, id := range ids {
				if id < 0 || id >= tok.VocabSize() {
					t.Fatalf("id %d out of range", id)
				}
				if s := d.Add(id); !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q", s)
				}
			}
			d.Flush()
			tok.Decode(ids)
		}
	})
}
