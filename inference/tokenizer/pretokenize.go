package tokenizer

import (
	"fmt"
	"unicode"
)

// A splitter cuts one piece of text (runes) into consecutive sub-pieces and
// appends their lengths to out; the lengths cover the piece exactly. A
// pre-tokenizer is a list of splitters, each applied to every piece the
// previous one produced, as llama.cpp's unicode_regex_split does.
type splitter func(piece []rune, out []int) []int

// preTokenizer is the pre-tokenizer of a gpt2-model vocabulary.
type preTokenizer struct {
	name      string
	splitters []splitter
	// ignoreMerges: a word that is itself a token is emitted whole (llama3).
	ignoreMerges bool
	// addBOS is the default of add_bos_token for this pre-tokenizer.
	addBOS bool
}

// preTokenizers maps tokenizer.ggml.pre names to their splitters, following
// llama.cpp's llama-vocab.cpp. gpt-neox is not a llama.cpp name; its Hugging
// Face tokenizer uses GPT-2's byte-level pre-tokenizer, so it is mapped there.
func lookupPreTokenizer(name string) (preTokenizer, error) {
	gpt2 := []splitter{splitGPT2}
	switch name {
	case "", "default":
		return preTokenizer{name: "default", splitters: []splitter{
			runSplitter(func(r rune) bool { return isPunct(r) || isOneOf(r, "$+<=>^~|") }),
			splitGPT2,
			runSplitter(isNumber),
			splitASCIIDigits3,
		}}, nil
	case "llama3", "llama-v3", "llama-bpe", "falcon3", "pixtral", "dbrx", "smaug-bpe":
		return preTokenizer{name: name, splitters: []splitter{splitLlama3(3)}, ignoreMerges: name != "dbrx" && name != "smaug-bpe", addBOS: name != "dbrx" && name != "smaug-bpe"}, nil
	case "qwen2", "deepseek-r1-qwen", "stablelm2", "megrez", "hunyuan":
		return preTokenizer{name: name, splitters: []splitter{splitLlama3(1)}}, nil
	case "deepseek-llm":
		return preTokenizer{name: name, splitters: deepseekLLM()}, nil
	case "falcon":
		return preTokenizer{name: name, splitters: []splitter{
			runSplitter(func(r rune) bool { return isPunct(r) || isOneOf(r, "$+<=>^~|`") }),
			splitGPT2,
			splitASCIIDigits3,
		}}, nil
	case "starcoder", "refact", "command-r", "smollm", "codeshell", "exaone", "minerva-7b":
		return preTokenizer{name: name, splitters: []splitter{oneSplitter(isNumber), splitGPT2}}, nil
	case "gpt-2", "gpt2", "phi-2", "mpt", "olmo", "jais", "gpt-neox", "exaone4", "trillion",
		"jina-es", "jina-de", "jina-v1-en", "jina-v2-es", "jina-v2-de", "jina-v2-code", "roberta-bpe", "gigachat":
		return preTokenizer{name: name, splitters: gpt2}, nil
	}
	return preTokenizer{}, fmt.Errorf("%w: %q", ErrUnsupportedPreTokenizer, name)
}

func isOneOf(r rune, set string) bool {
	for _, c := range set {
		if r == c {
			return true
		}
	}
	return false
}

// matcher returns the length of the match of a regular expression starting
// exactly at pos (0 for none). scanSplitter turns it into a splitter with the
// semantics of a regex iterator: leftmost matches, and the unmatched gaps
// between them kept as pieces.
type matcher func(p []rune, pos int) int

func scanSplitter(m matcher) splitter {
	return func(p []rune, out []int) []int {
		gap := 0
		for pos := 0; pos < len(p); {
			if n := m(p, pos); n > 0 {
				if pos > gap {
					out = append(out, pos-gap)
				}
				out = append(out, n)
				pos += n
				gap = pos
				continue
			}
			pos++
		}
		if gap < len(p) {
			out = append(out, len(p)-gap)
		}
		return out
	}
}

// runSplitter is the regex [class]+.
func runSplitter(in func(rune) bool) splitter {
	return scanSplitter(func(p []rune, pos int) int {
		n := 0
		for pos+n < len(p) && in(p[pos+n]) {
			n++
		}
		return n
	})
}

// oneSplitter is the regex [class] (one character).
func oneSplitter(in func(rune) bool) splitter {
	return scanSplitter(func(p []rune, pos int) int {
		if in(p[pos]) {
			return 1
		}
		return 0
	})
}

// splitASCIIDigits3 is the regex [0-9][0-9][0-9].
var splitASCIIDigits3 = scanSplitter(func(p []rune, pos int) int {
	if pos+3 <= len(p) && isASCIIDigit(p[pos]) && isASCIIDigit(p[pos+1]) && isASCIIDigit(p[pos+2]) {
		return 3
	}
	return 0
})

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }

// splitGPT2 is GPT-2's regex
//
//	's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
//
// written out as llama.cpp's unicode_regex_split_custom_gpt2 does.
func splitGPT2(p []rune, out []int) []int {
	n := len(p)
	at := func(i int) rune {
		if i < n {
			return p[i]
		}
		return -1
	}
	letter := func(i int) bool { return i < n && isLetter(p[i]) }
	number := func(i int) bool { return i < n && isNumber(p[i]) }
	other := func(i int) bool { return i < n && !isSpace(p[i]) && !isLetter(p[i]) && !isNumber(p[i]) }
	start := 0
	emit := func(end int) {
		if end > start {
			out = append(out, end-start)
		}
		start = end
	}
	for pos := 0; pos < n; {
		c := p[pos]
		if c == '\'' && pos+1 < n {
			c1 := p[pos+1]
			if c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd' {
				pos += 2
				emit(pos)
				continue
			}
			if c2 := at(pos + 2); c1 == 'r' && c2 == 'e' || c1 == 'v' && c2 == 'e' || c1 == 'l' && c2 == 'l' {
				pos += 3
				emit(pos)
				continue
			}
		}
		q := pos
		if c == ' ' {
			q = pos + 1
		}
		switch {
		case letter(q):
			for pos = q; letter(pos); pos++ {
			}
			emit(pos)
			continue
		case number(q):
			for pos = q; number(pos); pos++ {
			}
			emit(pos)
			continue
		case other(q):
			for pos = q; other(pos); pos++ {
			}
			emit(pos)
			continue
		}
		ws := 0
		for pos+ws < n && isSpace(p[pos+ws]) {
			ws++
		}
		switch {
		case ws > 1 && pos+ws < n: // \s+(?!\S): leave the last space to the next word
			pos += ws - 1
		case ws > 0:
			pos += ws
		default:
			pos++
		}
		emit(pos)
	}
	return out
}

// splitLlama3 is Llama 3's regex (Qwen2's with maxDigits = 1)
//
//	(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
//
// written out as llama.cpp's unicode_regex_split_custom_llama3 does.
func splitLlama3(maxDigits int) splitter {
	return func(p []rune, out []int) []int {
		n := len(p)
		letter := func(i int) bool { return i < n && isLetter(p[i]) }
		number := func(i int) bool { return i < n && isNumber(p[i]) }
		other := func(i int) bool { return i < n && !isSpace(p[i]) && !isLetter(p[i]) && !isNumber(p[i]) }
		crlf := func(i int) bool { return i < n && (p[i] == '\r' || p[i] == '\n') }
		start := 0
		emit := func(end int) {
			if end > start {
				out = append(out, end-start)
			}
			start = end
		}
		for pos := 0; pos < n; {
			c := p[pos]
			if c == '\'' && pos+1 < n {
				c1 := unicode.ToLower(p[pos+1])
				if c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd' {
					pos += 2
					emit(pos)
					continue
				}
				if pos+2 < n {
					c2 := unicode.ToLower(p[pos+2])
					if c1 == 'r' && c2 == 'e' || c1 == 'v' && c2 == 'e' || c1 == 'l' && c2 == 'l' {
						pos += 3
						emit(pos)
						continue
					}
				}
			}
			// [^\r\n\p{L}\p{N}]?\p{L}+
			if !(c == '\r' || c == '\n' || isNumber(c)) && (isLetter(c) || letter(pos+1)) {
				pos++
				for letter(pos) {
					pos++
				}
				emit(pos)
				continue
			}
			// \p{N}{1,maxDigits}
			if isNumber(c) {
				ini := pos
				for number(pos) {
					pos++
					if pos-ini >= maxDigits {
						emit(pos)
						ini = pos
					}
				}
				emit(pos)
				continue
			}
			// ' '?[^\s\p{L}\p{N}]+[\r\n]*
			q := pos
			if c == ' ' {
				q = pos + 1
			}
			if other(q) {
				for pos = q; other(pos); pos++ {
				}
				for crlf(pos) {
					pos++
				}
				emit(pos)
				continue
			}
			ws, lastCRLF := 0, 0
			for pos+ws < n && isSpace(p[pos+ws]) {
				if crlf(pos + ws) {
					lastCRLF = pos + ws + 1
				}
				ws++
			}
			switch {
			case lastCRLF > 0: // \s*[\r\n]+
				pos = lastCRLF
			case ws > 1 && pos+ws < n: // \s+(?!\S)
				pos += ws - 1
			case ws > 0:
				pos += ws
			default:
				pos++
			}
			emit(pos)
		}
		return out
	}
}

// deepseekLLM is the DeepSeek LLM pre-tokenizer: six regexes applied in turn.
func deepseekLLM() []splitter {
	letters := parseClass("A-Za-zµÀ-ÖØ-öø-ƺƼ-ƿǄ-ʓʕ-ʯͰ-ͳͶͷͻ-ͽͿΆΈ-ΊΌΎ-ΡΣ-ϵϷ-ҁҊ-ԯԱ-ՖႠ-ჅᎠ-Ᏽᏸ-ᏽᲐ-ᲺᲽ-Ჿᴀ-ᴫᵫ-ᵷᵹ-ᶚḀ-ἕἘ-Ἕἠ-ὅὈ-Ὅὐ-ὗὙὛὝὟ-ώᾀ-ᾴᾶ-ᾼιῂ-ῄῆ-ῌῐ-ΐῖ-Ίῠ-Ῥῲ-ῴῶ-ῼℂℇℊ-ℓℕℙ-ℝℤΩℨK-ℭℯ-ℴℹℼ-ℿⅅ-ⅉⅎↃↄⰀ-ⱻⱾ-ⳤⳫ-ⳮⳲⳳꙀ-ꙭꚀ-ꚛꜢ-ꝯꝱ-ꞇꞋ-ꞎꭰ-ꮿﬀ-ﬆﬓ-ﬗＡ-Ｚａ-ｚ𐐀-𐑏𐒰-𐓓𐓘-𐓻𐲀-𐲲𐳀-𐳲𑢠-𑣟𞤀-𞥃")
	puncts := parseClass("!-/:-~！-／：-～‘-‟　-。")
	cjk := parseClass("一-龥ࠀ-一가-퟿")
	// \s?[class]+
	spaceThenRun := func(in func(rune) bool) splitter {
		return scanSplitter(func(p []rune, pos int) int {
			run := func(i int) int {
				j := i
				for j < len(p) && in(p[j]) {
					j++
				}
				return j - i
			}
			if isSpace(p[pos]) && pos+1 < len(p) && in(p[pos+1]) {
				return 1 + run(pos+1)
			}
			return run(pos)
		})
	}
	// \s+$
	trailingSpace := scanSplitter(func(p []rune, pos int) int {
		j := pos
		for j < len(p) && isSpace(p[j]) {
			j++
		}
		if j > pos && j == len(p) {
			return j - pos
		}
		return 0
	})
	return []splitter{
		oneSplitter(func(r rune) bool { return r == '\r' || r == '\n' }),
		spaceThenRun(letters),
		spaceThenRun(puncts),
		trailingSpace,
		runSplitter(cjk),
		runSplitter(isNumber),
	}
}

// parseClass turns the inside of a regex character class made of single
// characters and a-b ranges into a membership test.
func parseClass(s string) func(rune) bool {
	rs := []rune(s)
	var ranges [][2]rune
	for i := 0; i < len(rs); i++ {
		if i+2 < len(rs) && rs[i+1] == '-' {
			ranges = append(ranges, [2]rune{rs[i], rs[i+2]})
			i += 2
			continue
		}
		ranges = append(ranges, [2]rune{rs[i], rs[i]})
	}
	return func(r rune) bool {
		for _, rg := range ranges {
			if rg[0] <= r && r <= rg[1] {
				return true
			}
		}
		return false
	}
}

// split applies the splitters in turn and returns the words as rune slices
// of text.
func (pt *preTokenizer) split(text []rune) [][]rune {
	lens := []int{len(text)}
	var next []int
	for _, s := range pt.splitters {
		next = next[:0]
		start := 0
		for _, l := range lens {
			next = s(text[start:start+l], next)
			start += l
		}
		lens, next = next, lens
	}
	words := make([][]rune, 0, len(lens))
	start := 0
	for _, l := range lens {
		words = append(words, text[start:start+l])
		start += l
	}
	return words
}
