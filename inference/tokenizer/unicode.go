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

// toRunes decodes UTF-8 as llama.cpp's unicode_cpts_from_utf8 does: leniently
// (overlong forms and surrogates are decoded, not rejected), with U+FFFD for
// a byte that starts no sequence or a sequence cut short. Code points above
// U+10FFFF, which llama.cpp cannot re-encode (it throws), become U+FFFD too.
func toRunes(s string, buf []rune) []rune {
	buf = buf[:0]
	for i := 0; i < len(s); {
		r, n := decodeLenient(s[i:])
		buf = append(buf, r)
		i += n
	}
	return buf
}

func decodeLenient(s string) (rune, int) {
	b0 := s[0]
	cont := func(i int) bool { return i < len(s) && s[i]&0xC0 == 0x80 }
	switch {
	case b0 < 0x80:
		return rune(b0), 1
	case b0&0x40 == 0: // a continuation byte
		return utf8.RuneError, 1
	case b0&0x20 == 0:
		if cont(1) {
			return rune(b0&0x1F)<<6 | rune(s[1]&0x3F), 2
		}
	case b0&0x10 == 0:
		if cont(1) && cont(2) {
			return rune(b0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
		}
	case b0&0x08 == 0:
		if cont(1) && cont(2) && cont(3) {
			r := rune(b0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F)
			if r > unicode.MaxRune {
				return utf8.RuneError, 4
			}
			return r, 4
		}
	}
	return utf8.RuneError, 1
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
