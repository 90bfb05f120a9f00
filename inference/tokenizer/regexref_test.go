package tokenizer

import (
	"reflect"
	"testing"
)

// A tiny backtracking regular-expression engine (Perl semantics: ordered
// alternation, greedy quantifiers, negative lookahead), used only to check
// the hand-written splitters against their regexes written the ordinary way.
// Each node calls k with every end position it can reach, in preference
// order, and stops when k returns true.
type re func(p []rune, i int, k func(int) bool) bool

func class(in func(rune) bool) re {
	return func(p []rune, i int, k func(int) bool) bool {
		return i < len(p) && in(p[i]) && k(i+1)
	}
}

func char(c rune) re { return class(func(r rune) bool { return r == c }) }

func seq(rs ...re) re {
	if len(rs) == 0 {
		return func(p []rune, i int, k func(int) bool) bool { return k(i) }
	}
	head, tail := rs[0], seq(rs[1:]...)
	return func(p []rune, i int, k func(int) bool) bool {
		return head(p, i, func(j int) bool { return tail(p, j, k) })
	}
}

func alt(rs ...re) re {
	return func(p []rune, i int, k func(int) bool) bool {
		for _, r := range rs {
			if r(p, i, k) {
				return true
			}
		}
		return false
	}
}

// rep is r{lo,hi}, greedy; hi < 0 means unbounded.
func rep(r re, lo, hi int) re {
	var try func(p []rune, i, n int, k func(int) bool) bool
	try = func(p []rune, i, n int, k func(int) bool) bool {
		if hi < 0 || n < hi {
			if r(p, i, func(j int) bool { return j > i && try(p, j, n+1, k) }) {
				return true
			}
		}
		return n >= lo && k(i)
	}
	return func(p []rune, i int, k func(int) bool) bool { return try(p, i, 0, k) }
}

func opt(r re) re  { return rep(r, 0, 1) }
func plus(r re) re { return rep(r, 1, -1) }
func star(r re) re { return rep(r, 0, -1) }

func notAhead(r re) re {
	return func(p []rune, i int, k func(int) bool) bool {
		if r(p, i, func(int) bool { return true }) {
			return false
		}
		return k(i)
	}
}

func word(s string) re {
	var rs []re
	for _, c := range s {
		rs = append(rs, char(c))
	}
	return seq(rs...)
}

// wordFold is s matched ASCII-case-insensitively, as (?i:...).
func wordFold(s string) re {
	var rs []re
	for _, c := range s {
		lo, up := c, c-'a'+'A'
		rs = append(rs, class(func(r rune) bool { return r == lo || r == up }))
	}
	return seq(rs...)
}

// regexSplitter splits like a regex iterator: leftmost matches, gaps kept.
func regexSplitter(r re) splitter {
	return scanSplitter(func(p []rune, pos int) int {
		n := 0
		r(p, pos, func(j int) bool { n = j - pos; return true })
		return n
	})
}

var (
	reL     = class(isLetter)
	reN     = class(isNumber)
	reS     = class(isSpace)
	reNotS  = class(func(r rune) bool { return !isSpace(r) })
	reOther = class(func(r rune) bool { return !isSpace(r) && !isLetter(r) && !isNumber(r) })
	reCRLF  = class(func(r rune) bool { return r == '\r' || r == '\n' })
)

func contractions(w func(string) re) re {
	return alt(w("'s"), w("'t"), w("'re"), w("'ve"), w("'m"), w("'ll"), w("'d"))
}

// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
var reGPT2 = alt(
	contractions(word),
	seq(opt(char(' ')), plus(reL)),
	seq(opt(char(' ')), plus(reN)),
	seq(opt(char(' ')), plus(reOther)),
	seq(plus(reS), notAhead(reNotS)),
	plus(reS),
)

// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,maxDigits}|
// ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
func reLlama3(maxDigits int) re {
	return alt(
		contractions(wordFold),
		seq(opt(class(func(r rune) bool { return r != '\r' && r != '\n' && !isLetter(r) && !isNumber(r) })), plus(reL)),
		rep(reN, 1, maxDigits),
		seq(opt(char(' ')), plus(reOther), star(reCRLF)),
		seq(star(reS), plus(reCRLF)),
		seq(plus(reS), notAhead(reNotS)),
		plus(reS),
	)
}

func splitWith(s splitter, text []rune) [][]rune {
	pt := preTokenizer{splitters: []splitter{s}}
	return pt.split(text)
}

func checkAgainstRegex(t *testing.T, text string) {
	runes := []rune(text)
	for _, c := range []struct {
		name     string
		fast, re splitter
	}{
		{"gpt2", splitGPT2, regexSplitter(reGPT2)},
		{"llama3", splitLlama3(3), regexSplitter(reLlama3(3))},
		{"qwen2", splitLlama3(1), regexSplitter(reLlama3(1))},
	} {
		got, want := splitWith(c.fast, runes), splitWith(c.re, runes)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s splits %q as %q, its regex as %q", c.name, text, runeWords(got), runeWords(want))
		}
	}
}

func runeWords(ws [][]rune) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(w)
	}
	return out
}

var regexSeeds = []string{
	"Hello world", "I'm  fine!!\n", "DON'T 'Re 'LL 12345 apples", "  \n\n\tabc  ", "?!\r\n\r\nx",
	"a  b   c\t\td ", "x=10; y='a'", "中文 ∑x² 😀 Ω", " 'hello", "''s", "1 22 333 4444 55555",
	"\n \n", "a\u00a0b\u3000c", "..\n..", " \r\n", "'", "¿Qué?",
}

func TestHandWrittenSplittersMatchTheirRegexes(t *testing.T) {
	for _, s := range regexSeeds {
		checkAgainstRegex(t, s)
	}
}

func FuzzHandWrittenSplittersMatchTheirRegexes(f *testing.F) {
	for _, s := range regexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 512 {
			return // the reference backtracks: keep it fast
		}
		checkAgainstRegex(t, string(toRunes(s, nil)))
	})
}
