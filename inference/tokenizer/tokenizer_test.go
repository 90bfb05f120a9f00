package tokenizer

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/minidao/minidao/inference/gguf"
)

func TestSpecialTokensAreParsedOnlyWhenAsked(t *testing.T) {
	spm := loadVocab(t, "ggml-vocab-llama-spm.gguf")
	gpt := loadVocab(t, "ggml-vocab-gpt-2.gguf")
	cases := []struct {
		name         string
		tok          *Tokenizer
		text         string
		add, special bool
		want         []int
	}{
		{"llama adds BOS with addSpecial", spm, "Hello world", true, false, []int{1, 15043, 3186}},
		{"llama parses <s> with parseSpecial", spm, "<s>Hello", false, true, []int{1, 15043}},
		{"llama keeps <s> as text without parseSpecial", spm, "<s>", false, false, spm.Encode("<s>", false, false)},
		{"llama encodes nothing for empty text", spm, "", false, false, nil},
		{"llama encodes only BOS for empty text with addSpecial", spm, "", true, false, []int{1}},
		{"gpt2 parses <|endoftext|> with parseSpecial", gpt, "a<|endoftext|>b", false, true, []int{64, 50256, 65}},
		{"gpt2 does not add BOS (add_bos_token absent)", gpt, "a", true, false, []int{64}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.tok.Encode(c.text, c.add, c.special); !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
	if got := spm.Encode("<s>", false, false); len(got) < 2 {
		t.Fatalf("<s> as text became %v", got)
	}
	if !spm.IsEOG(2) || spm.IsEOG(1) || !gpt.IsEOG(50256) {
		t.Fatal("end-of-generation tokens are wrong")
	}
}

func TestDecodeInvertsEncodeOnTheTestInputs(t *testing.T) {
	for _, name := range []string{"ggml-vocab-llama-spm.gguf", "ggml-vocab-gpt-2.gguf"} {
		t.Run(name, func(t *testing.T) {
			tok := loadVocab(t, name)
			inputs, _ := readVectors(t, name)
			for _, in := range inputs {
				if got := tok.Decode(tok.Encode(in, false, false)); got != in {
					t.Errorf("Decode(Encode(%q)) = %q", in, got)
				}
			}
		})
	}
}

func TestDecoderNeverEmitsPartialUTF8(t *testing.T) {
	spm := loadVocab(t, "ggml-vocab-llama-spm.gguf")
	text := "héllo 😀 世界 ∑x²"
	ids := spm.Encode(text, false, false)
	d := spm.NewDecoder(false)
	var out strings.Builder
	held := false
	for _, id := range ids {
		s := d.Add(id)
		if !utf8.ValidString(s) {
			t.Fatalf("chunk %q is not valid UTF-8", s)
		}
		if s == "" {
			held = true
		}
		out.WriteString(s)
	}
	out.WriteString(d.Flush())
	if out.String() != " "+text {
		t.Fatalf("streamed %q, want %q", out.String(), " "+text)
	}
	if !held {
		t.Fatal("the emoji should have been split into byte tokens and held back")
	}
}

func TestDecoderReplacesBytesThatCannotBeText(t *testing.T) {
	spm := loadVocab(t, "ggml-vocab-llama-spm.gguf")
	byteTok := func(b byte) int { return spm.byteIDs[b] }
	d := spm.NewDecoder(false)
	got := d.Add(byteTok(0xE4)) + d.Add(byteTok(0xB8)) // first two bytes of 世
	if got != "" {
		t.Fatalf("incomplete character emitted: %q", got)
	}
	got = d.Add(byteTok(0xFF)) // can never continue it
	if got != "\uFFFD\uFFFD" && got != "\uFFFD" {
		t.Fatalf("invalid bytes gave %q", got)
	}
	if !utf8.ValidString(got) {
		t.Fatalf("%q is not valid", got)
	}
	d.Add(byteTok(0xE4))
	if s := d.Flush(); s != "\uFFFD" {
		t.Fatalf("Flush of an incomplete character = %q", s)
	}
}

func TestPieceRendersSpecialTokensOnlyWhenAsked(t *testing.T) {
	spm := loadVocab(t, "ggml-vocab-llama-spm.gguf")
	if p := spm.Piece(1, false); len(p) != 0 {
		t.Fatalf("<s> without special = %q", p)
	}
	if p := spm.Piece(1, true); string(p) != "<s>" {
		t.Fatalf("<s> with special = %q", p)
	}
	if p := spm.Piece(15043, false); string(p) != " Hello" {
		t.Fatalf("▁Hello = %q", p)
	}
	if p := spm.Piece(-1, true); p != nil || spm.Token(1<<20) != "" {
		t.Fatal("out-of-range ids must give nothing")
	}
}

// writeVocab writes a small vocabulary-only GGUF with the given metadata.
func writeVocab(t *testing.T, kv ...gguf.KV) *gguf.File {
	t.Helper()
	w := gguf.NewWriter()
	for _, x := range kv {
		if err := w.Set(x.Key, x.Value); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestNewRejectsBadMetadata(t *testing.T) {
	toks := gguf.Strings([]string{"<unk>", "<s>", "</s>", "a"})
	cases := []struct {
		name string
		kv   []gguf.KV
		want error
	}{
		{"a file with no vocabulary", nil, ErrNoVocabulary},
		{"an unknown model", []gguf.KV{{Key: KeyModel, Value: gguf.String("rwkv")}, {Key: KeyTokens, Value: toks}}, ErrUnsupportedModel},
		{"a missing token list", []gguf.KV{{Key: KeyModel, Value: gguf.String("llama")}}, ErrNoVocabulary},
		{"scores of the wrong length", []gguf.KV{{Key: KeyModel, Value: gguf.String("llama")}, {Key: KeyTokens, Value: toks}, {Key: KeyScores, Value: gguf.Float32s([]float32{1})}}, ErrBadVocabulary},
		{"a gpt2 vocabulary without merges", []gguf.KV{{Key: KeyModel, Value: gguf.String("gpt2")}, {Key: KeyPre, Value: gguf.String("gpt-2")}, {Key: KeyTokens, Value: toks}}, ErrBadVocabulary},
		{"an unknown pre-tokenizer", []gguf.KV{{Key: KeyModel, Value: gguf.String("gpt2")}, {Key: KeyPre, Value: gguf.String("klingon")}, {Key: KeyTokens, Value: toks}}, ErrUnsupportedPreTokenizer},
		{"a model name of the wrong type", []gguf.KV{{Key: KeyModel, Value: gguf.Uint32(1)}}, gguf.ErrTypeMismatch},
	}
	for _, c := range cases {
		t.Run("it rejects "+c.name, func(t *testing.T) {
			if _, err := New(writeVocab(t, c.kv...)); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestAddBOSAndEOSFollowTheMetadata(t *testing.T) {
	f := writeVocab(t,
		gguf.KV{Key: KeyModel, Value: gguf.String("llama")},
		gguf.KV{Key: KeyTokens, Value: gguf.Strings([]string{"<unk>", "<s>", "</s>", "\u2581a"})},
		gguf.KV{Key: KeyTokenType, Value: gguf.Int32s([]int32{2, 3, 3, 1})},
		gguf.KV{Key: KeyAddBOS, Value: gguf.Bool(false)},
		gguf.KV{Key: KeyAddEOS, Value: gguf.Bool(true)},
	)
	tok, err := New(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := tok.Encode("a", true, false); !reflect.DeepEqual(got, []int{3, 2}) {
		t.Fatalf("got %v, want [3 2] (no BOS, EOS)", got)
	}
	// A byte with no <0xNN> token falls back to <unk>.
	if got := tok.Encode("é", false, false); !reflect.DeepEqual(got, []int{0, 0, 0, 0, 0}) {
		t.Fatalf("got %v, want the 5 bytes of ▁é as <unk>", got)
	}
}

func TestEncodeIsSafeForConcurrentUse(t *testing.T) {
	for _, name := range []string{"ggml-vocab-llama-spm.gguf", "ggml-vocab-gpt-2.gguf"} {
		tok := loadVocab(t, name)
		inputs, _ := readVectors(t, name)
		want := make([][]int, len(inputs))
		for i, in := range inputs {
			want[i] = tok.Encode(in, true, true)
		}
		var wg sync.WaitGroup
		errs := make(chan string, 4)
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i, in := range inputs {
					if got := tok.Encode(in, true, true); !reflect.DeepEqual(got, want[i]) {
						errs <- in
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for in := range errs {
			t.Errorf("%s: concurrent Encode(%q) differs", name, in)
		}
	}
}

func TestGPT2DecodesInvalidUTF8LikeLlamaCpp(t *testing.T) {
	gpt := loadVocab(t, "ggml-vocab-gpt-2.gguf")
	cases := []struct{ in, want string }{
		{"a\xed\xa0\x80b", "a\xed\xa0\x80b"}, // a surrogate is decoded and re-encoded as is
		{"\xc0\x80", "\x00"},                 // an overlong NUL becomes NUL
		{"x\x80y", "x\uFFFDy"},               // a lone continuation byte becomes U+FFFD
		{"\xe4\xb8", "\uFFFD\uFFFD"},         // a cut sequence: U+FFFD per byte
	}
	for _, c := range cases {
		if got := gpt.Decode(gpt.Encode(c.in, false, false)); got != c.want {
			t.Errorf("Decode(Encode(%q)) = %q, want %q", c.in, got, c.want)
		}
	}
}
