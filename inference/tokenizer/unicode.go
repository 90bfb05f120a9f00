package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// Character classes as llama.cpp's unicode tables define them: \p{L}, \p{N},
// \p{P} and \s (Unicode White_Space, which is what unicode.IsSpace tests).
func isLetter(r rune) bool { return unicode.IsLetter(r) }
func isNumber(r rune) bool { return unicode.IsNumber(r) }
func isSpace(r rune) bool  { return unicode.IsSpace(r) }
func isPunct(r rune) bool  { return unicode.IsPunct(r) }

// toRunes decodes UTF-8 as llama.cpp's unicode_cpts_from_utf8 does: every
// invalid byte becomes U+FFFD.
func toRunes(s string, buf []rune) []rune {
	buf = buf[:0]
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = append(buf, r)
		i += n
	}
	return buf
}

// utf8Len is the length of a UTF-8 sequence from its first byte, as llama.cpp's
// unicode_len_utf8 (continuation and invalid bytes count as 1).
func utf8Len(b byte) int {
	switch b >> 4 {
	case 0xC, 0xD:
		return 2
	case 0xE:
		return 3
	case 0xF:
		return 4
	}
	return 1
}

// GPT-2's byte-to-unicode table: bytes that are printable stay themselves,
// the others are mapped to U+0100 and up, so that every byte sequence is a
// string of visible characters.
var (
	byteToRune [256]rune
	runeToByte = map[rune]byte{}
)

func init() {
	n := rune(0)
	for b := 0; b < 256; b++ {
		if b >= '!' && b <= '~' || b >= 0xA1 && b <= 0xAC || b >= 0xAE && b <= 0xFF {
			byteToRune[b] = rune(b)
		} else {
			byteToRune[b] = 256 + n
			n++
		}
		runeToByte[byteToRune[b]] = byte(b)
	}
}
