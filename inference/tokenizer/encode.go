package tokenizer

import (
	"container/heap"
	"strings"
)

// fragment is a piece of the input: raw text, or an already-identified token.
type fragment struct {
	text  string
	token int // -1 for text
}

// Encode tokenizes text. With addSpecial, BOS and EOS are added as the
// model's metadata says (AddBOS, AddEOS). With parseSpecial, the text of
// control tokens (such as "<s>" or "<|im_end|>") becomes those tokens;
// without it only user-defined tokens are matched, as in llama.cpp. Encode
// accepts any bytes: invalid UTF-8 is tokenized byte by byte where the
// vocabulary allows (llama) or as U+FFFD (gpt2).
func (t *Tokenizer) Encode(text string, addSpecial, parseSpecial bool) []int {
	var out []int
	if addSpecial && t.AddBOS() {
		out = append(out, t.bos)
	}
	frags := t.partition(text, parseSpecial)
	prevSpecial := true // llama: prefix the first text with a space
	for _, fr := range frags {
		if fr.token >= 0 {
			out = append(out, fr.token)
			prevSpecial = true
			continue
		}
		if t.model == "llama" {
			s := fr.text
			if t.addSpace && prevSpecial {
				s = " " + s
			}
			out = t.encodeSPM(strings.ReplaceAll(s, " ", "\u2581"), out)
		} else {
			out = t.encodeBPE(fr.text, out)
		}
		prevSpecial = false
	}
	if addSpecial && t.AddEOS() {
		out = append(out, t.eos)
	}
	return out
}

// partition splits text around special tokens (llama.cpp's
// tokenizer_st_partition): longest special texts first, every occurrence.
func (t *Tokenizer) partition(text string, parseSpecial bool) []fragment {
	if text == "" {
		return nil
	}
	frags := []fragment{{text: text, token: -1}}
	for _, id := range t.specials {
		typ := t.types[id]
		if !parseSpecial && (typ == TypeControl || typ == TypeUnknown) {
			continue
		}
		tok := t.tokens[id]
		if !containsText(frags, tok) {
			continue
		}
		next := make([]fragment, 0, len(frags)+2)
		for _, fr := range frags {
			if fr.token >= 0 {
				next = append(next, fr)
				continue
			}
			s := fr.text
			for {
				i := strings.Index(s, tok)
				if i < 0 {
					break
				}
				if i > 0 {
					next = append(next, fragment{text: s[:i], token: -1})
				}
				next = append(next, fragment{token: id})
				s = s[i+len(tok):]
			}
			if s != "" {
				next = append(next, fragment{text: s, token: -1})
			}
		}
		frags = next
	}
	return frags
}

func containsText(frags []fragment, s string) bool {
	for _, fr := range frags {
		if fr.token < 0 && strings.Contains(fr.text, s) {
			return true
		}
	}
	return false
}

// symbol is one node of the doubly linked list of pieces being merged.
type symbol struct {
	start, n   int // byte range in the text
	prev, next int
}

// bigram is a candidate merge of symbols left and right.
type bigram struct {
	left, right int
	score       float32 // spm: higher first
	rank        int     // bpe: lower first
	size        int
	text        string
}

type spmQueue []bigram

func (q spmQueue) Len() int { return len(q) }
func (q spmQueue) Less(i, j int) bool {
	return q[i].score > q[j].score || q[i].score == q[j].score && q[i].left < q[j].left
}
func (q spmQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *spmQueue) Push(x any)   { *q = append(*q, x.(bigram)) }
func (q *spmQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// splitSymbols cuts text into UTF-8 characters (lenient: llama.cpp's
// unicode_len_utf8, truncated at the end).
func splitSymbols(text string, syms []symbol) []symbol {
	syms = syms[:0]
	for off := 0; off < len(text); {
		n := min(utf8Len(text[off]), len(text)-off)
		syms = append(syms, symbol{start: off, n: n, prev: len(syms) - 1, next: len(syms) + 1})
		off += n
	}
	if len(syms) > 0 {
		syms[len(syms)-1].next = -1
	}
	return syms
}

// encodeSPM is llama.cpp's llm_tokenizer_spm_session: repeatedly merge the
// adjacent pair whose concatenation is the highest-scoring token, then emit
// each final piece as its token, or re-split it along the merges that built
// it, or as bytes.
func (t *Tokenizer) encodeSPM(text string, out []int) []int {
	syms := splitSymbols(text, nil)
	var q spmQueue
	revMerge := map[string][2]int{}
	tryAdd := func(left, right int) {
		if left < 0 || right < 0 {
			return
		}
		s := text[syms[left].start : syms[left].start+syms[left].n+syms[right].n]
		id, ok := t.ids[s]
		if !ok {
			return
		}
		heap.Push(&q, bigram{left: left, right: right, score: t.scores[id], size: len(s)})
		revMerge[s] = [2]int{left, right}
	}
	for i := 1; i < len(syms); i++ {
		tryAdd(i-1, i)
	}
	for q.Len() > 0 {
		b := heap.Pop(&q).(bigram)
		l, r := &syms[b.left], &syms[b.right]
		if l.n == 0 || r.n == 0 || l.n+r.n != b.size {
			continue
		}
		l.n += r.n
		r.n = 0
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = b.left
		}
		tryAdd(l.prev, b.left)
		tryAdd(b.left, l.next)
	}
	var resegment func(s symbol)
	resegment = func(s symbol) {
		piece := text[s.start : s.start+s.n]
		if id, ok := t.ids[piece]; ok {
			out = append(out, id)
			return
		}
		if lr, ok := revMerge[piece]; ok {
			resegment(syms[lr[0]])
			resegment(syms[lr[1]])
			return
		}
		for i := 0; i < len(piece); i++ {
			if id := t.byteIDs[piece[i]]; id >= 0 {
				out = append(out, id)
			} else if t.unk >= 0 {
				out = append(out, t.unk)
			}
		}
	}
	for i := 0; len(syms) > 0 && i != -1; i = syms[i].next {
		resegment(syms[i])
	}
	return out
}

type bpeQueue []bigram

func (q bpeQueue) Len() int { return len(q) }
func (q bpeQueue) Less(i, j int) bool {
	return q[i].rank < q[j].rank || q[i].rank == q[j].rank && q[i].left < q[j].left
}
func (q bpeQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *bpeQueue) Push(x any)   { *q = append(*q, x.(bigram)) }
func (q *bpeQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// encodeBPE is llama.cpp's llm_tokenizer_bpe_session: pre-tokenize into
// words, map each word's bytes to GPT-2's visible characters, then apply the
// merges by rank.
func (t *Tokenizer) encodeBPE(text string, out []int) []int {
	runes := toRunes(text, nil)
	var sb strings.Builder
	var syms []symbol
	var q bpeQueue
	for _, w := range t.pre.split(runes) {
		sb.Reset()
		for _, r := range w {
			var buf [4]byte
			for _, b := range appendRune(buf[:0], r) {
				sb.WriteRune(byteToRune[b])
			}
		}
		word := sb.String()
		if t.pre.ignoreMerges {
			if id, ok := t.ids[word]; ok {
				out = append(out, id)
				continue
			}
		}
		syms = splitSymbols(word, syms)
		q = q[:0]
		piece := func(i int) string { return word[syms[i].start : syms[i].start+syms[i].n] }
		tryAdd := func(left, right int) {
			if left < 0 || right < 0 {
				return
			}
			rank, ok := t.merges[mergeKey{piece(left), piece(right)}]
			if !ok {
				return
			}
			heap.Push(&q, bigram{left: left, right: right, rank: rank, text: piece(left) + piece(right)})
		}
		for i := 1; i < len(syms); i++ {
			tryAdd(i-1, i)
		}
		for q.Len() > 0 {
			b := heap.Pop(&q).(bigram)
			l, r := &syms[b.left], &syms[b.right]
			if l.n == 0 || r.n == 0 || piece(b.left)+piece(b.right) != b.text {
				continue
			}
			l.n += r.n
			r.n = 0
			l.next = r.next
			if r.next >= 0 {
				syms[r.next].prev = b.left
			}
			tryAdd(l.prev, b.left)
			tryAdd(b.left, l.next)
		}
		for i := range syms {
			if syms[i].n == 0 {
				continue
			}
			s := piece(i)
			if id, ok := t.ids[s]; ok {
				out = append(out, id)
				continue
			}
			// No token: fall back to single bytes that are tokens (llama.cpp
			// drops the rest).
			for j := 0; j < len(s); j++ {
				if id, ok := t.ids[s[j:j+1]]; ok {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// appendRune is utf8.AppendRune, kept separate so U+FFFD from invalid input
// is written as its three bytes, as llama.cpp does.
func appendRune(b []byte, r rune) []byte {
	switch {
	case r < 0x80:
		return append(b, byte(r))
	case r < 0x800:
		return append(b, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(b, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(b, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}
