package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// Piece returns the bytes a token stands for (llama.cpp's token_to_piece):
// U+2581 becomes a space (llama), GPT-2's visible characters become their
// bytes (gpt2), <0xNN> tokens their byte. Control and unknown tokens give
// nothing unless special is true, in which case their text is returned.
// A piece may be part of a UTF-8 sequence; use a Decoder to stream text.
func (t *Tokenizer) Piece(id int, special bool) []byte {
	return t.appendPiece(nil, id, special)
}

func (t *Tokenizer) appendPiece(dst []byte, id int, special bool) []byte {
	if id < 0 || id >= len(t.tokens) {
		return dst
	}
	text := t.tokens[id]
	switch t.types[id] {
	case TypeControl, TypeUnknown:
		if special {
			return append(dst, text...)
		}
		return dst
	case TypeUserDefined:
		return append(dst, text...)
	case TypeByte:
		if t.model == "llama" {
			if b, ok := parseByteToken(text); ok {
				return append(dst, b)
			}
		}
		return dst
	case TypeNormal, TypeUndefined:
		if t.model == "llama" {
			return append(dst, strings.ReplaceAll(text, "\u2581", " ")...)
		}
		for _, r := range text {
			if b, ok := runeToByte[r]; ok {
				dst = append(dst, b)
			} else {
				dst = utf8.AppendRune(dst, r)
			}
		}
		return dst
	}
	return dst // unused tokens
}

func parseByteToken(s string) (byte, bool) {
	if len(s) != 6 || s[:3] != "<0x" || s[5] != '>' {
		return 0, false
	}
	hex := func(c byte) (byte, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'A' <= c && c <= 'F':
			return c - 'A' + 10, true
		case 'a' <= c && c <= 'f':
			return c - 'a' + 10, true
		}
		return 0, false
	}
	hi, ok1 := hex(s[3])
	lo, ok2 := hex(s[4])
	return hi<<4 | lo, ok1 && ok2
}

// Decode returns the text of a token sequence, as llama.cpp's
// llama_detokenize with special tokens rendered as nothing: for a llama
// vocabulary with add_space_prefix, the leading space of the first token is
// removed, so that Decode(Encode(s)) == s. The result is the raw bytes, which
// may not be valid UTF-8 if the tokens split a character.
func (t *Tokenizer) Decode(ids []int) string {
	var b []byte
	for i, id := range ids {
		n := len(b)
		b = t.appendPiece(b, id, false)
		if i == 0 && t.addSpace && len(b) > n && b[n] == ' ' {
			b = append(b[:n], b[n+1:]...)
		}
	}
	return string(b)
}

// Decoder turns a stream of token ids into text, holding back the bytes of
// an incomplete UTF-8 character until the next tokens complete it, so that
// every string it returns is valid UTF-8. Bytes that can never form a valid
// character are replaced with U+FFFD. A Decoder is not safe for concurrent use.
type Decoder struct {
	t       *Tokenizer
	special bool
	pending []byte
}

// NewDecoder returns a streaming decoder. With special, control tokens are
// rendered as their text (e.g. "<|im_end|>"); otherwise as nothing. Unlike
// Decode, no leading space is removed: the stream is a continuation.
func (t *Tokenizer) NewDecoder(special bool) *Decoder {
	return &Decoder{t: t, special: special}
}

// Add appends a token and returns the text that is now complete (possibly "").
func (d *Decoder) Add(id int) string {
	d.pending = d.t.appendPiece(d.pending, id, d.special)
	return d.take(false)
}

// Flush returns what is held back, with U+FFFD for an incomplete character
// at the end, and resets the decoder.
func (d *Decoder) Flush() string { return d.take(true) }

// take returns the longest prefix of pending that is complete text, with
// invalid bytes replaced, keeping a trailing incomplete sequence unless final.
func (d *Decoder) take(final bool) string {
	p := d.pending
	end := len(p)
	if !final {
		end = completePrefix(p)
	}
	if end == 0 {
		return ""
	}
	s := strings.ToValidUTF8(string(p[:end]), "\uFFFD")
	d.pending = append(d.pending[:0], p[end:]...)
	return s
}

// completePrefix returns the length of p without a trailing sequence that
// could still become a valid character with more bytes.
func completePrefix(p []byte) int {
	// A UTF-8 sequence is at most 4 bytes: look at the last 3 positions for a
	// lead byte whose sequence is cut short.
	for i := len(p) - 1; i >= 0 && i >= len(p)-3; i-- {
		c := p[i]
		if c < 0x80 {
			return len(p)
		}
		if c >= 0xC0 { // a lead byte
			if !utf8.FullRune(p[i:]) {
				return i
			}
			return len(p)
		}
	}
	return len(p)
}
