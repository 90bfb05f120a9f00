package tokenizer

import "strings"

// fragment is a piece of the input: raw text, or an already-identified token.
type fragment struct {
	text  string
	token int // -1 for text
}

// Encode tokenizes text. With addSpecial, BOS and EOS are added as the
// model's metadata says (AddBOS, AddEOS). With parseSpecial, the text of
// control tokens (such as "<s>" or "<|im_end|>") becomes those tokens;
// without it only user-defined tokens are matched, as in llama.cpp. Encode
// accepts any bytes: a llama vocabulary falls back to byte tokens; a gpt2
// vocabulary decodes UTF-8 leniently as llama.cpp does (surrogates and
// overlong forms kept, U+FFFD for bytes that start no character).
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
	id         int32 // gpt2: the token the symbol's text is, or -1
}

// bigram is a candidate merge of the adjacent symbols left and right. It
// holds no pointers, so the queue costs no write barriers.
type bigram struct {
	left, right int32
	// prio orders the queue, highest first: the token's score (llama) or
	// minus the merge rank (gpt2; ranks are far below 2^24, so exact).
	prio float32
	// id is the merged token (gpt2; -1 if the merged text is not a token).
	id int32
	// ln, rn are the symbols' lengths when the bigram was queued; a bigram
	// whose symbols have changed since is stale (llama.cpp compares the
	// texts, which is equivalent because a symbol's start never moves).
	ln, rn int32
}

// queue is a 4-ary max-heap of bigrams: highest prio first, then leftmost,
// the order of llama.cpp's priority queues for both models. (Four children
// per node halve the depth of a binary heap; on long texts the heap outgrows
// the caches and pops dominate.)
type queue []bigram

func (q queue) before(i, j int) bool {
	return q[i].prio > q[j].prio || q[i].prio == q[j].prio && q[i].left < q[j].left
}

func (q *queue) push(b bigram) {
	*q = append(*q, b)
	h := *q
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 4
		if !h.before(i, p) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func (q *queue) pop() bigram {
	h := *q
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	for i := 0; ; {
		m := i
		for c := 4*i + 1; c <= 4*i+4 && c < len(h); c++ {
			if h.before(c, m) {
				m = c
			}
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	*q = h
	return top
}

// splitSymbols cuts text into UTF-8 characters (lenient: llama.cpp's
// unicode_len_utf8, truncated at the end).
func splitSymbols(text string, syms []symbol) []symbol {
	if cap(syms) < len(text) {
		syms = make([]symbol, 0, len(text))
	}
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
// each final piece as its token, or as byte tokens. (llama.cpp also keeps a
// map to re-split a final piece along the merges that built it; that path is
// unreachable, because a merge only happens when the merged text is a token,
// and a single character never equals a merged text, so it is left out.)
func (t *Tokenizer) encodeSPM(text string, out []int) []int {
	syms := splitSymbols(text, nil)
	q := make(queue, 0, len(syms))
	tryAdd := func(left, right int) {
		if left < 0 || right < 0 {
			return
		}
		l, r := syms[left], syms[right]
		id, ok := t.ids[text[l.start:l.start+l.n+r.n]]
		if !ok {
			return
		}
		q.push(bigram{left: int32(left), right: int32(right), prio: t.scores[id], ln: int32(l.n), rn: int32(r.n)})
	}
	for i := 1; i < len(syms); i++ {
		tryAdd(i-1, i)
	}
	for len(q) > 0 {
		b := q.pop()
		l, r := &syms[b.left], &syms[b.right]
		if l.n == 0 || r.n == 0 || l.n+r.n != int(b.ln+b.rn) {
			continue
		}
		l.n += r.n
		r.n = 0
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = int(b.left)
		}
		tryAdd(l.prev, int(b.left))
		tryAdd(int(b.left), l.next)
	}
	for i := 0; len(syms) > 0 && i != -1; i = syms[i].next {
		piece := text[syms[i].start : syms[i].start+syms[i].n]
		if id, ok := t.ids[piece]; ok {
			out = append(out, id)
			continue
		}
		for j := 0; j < len(piece); j++ {
			if id := t.byteIDs[piece[j]]; id >= 0 {
				out = append(out, id)
			} else if t.unk >= 0 {
				out = append(out, t.unk)
			}
		}
	}
	return out
}

// encodeBPE is llama.cpp's llm_tokenizer_bpe_session: pre-tokenize into
// words, map each word's bytes to GPT-2's visible characters, then apply the
// merges by rank.
func (t *Tokenizer) encodeBPE(text string, out []int) []int {
	var sb strings.Builder
	var raw []byte
	m := &bpeMerger{t: t}
	for _, w := range t.pre.split(toRunes(text, nil)) {
		sb.Reset()
		raw = raw[:0]
		for _, r := range w {
			raw = appendRune(raw, r)
		}
		for _, b := range raw {
			sb.WriteRune(byteToRune[b])
		}
		word := sb.String()
		if t.pre.ignoreMerges {
			if id, ok := t.ids[word]; ok {
				out = append(out, id)
				continue
			}
		}
		out = m.encodeWord(word, raw, out)
	}
	return out
}

// bpeMerger holds the buffers reused from word to word.
type bpeMerger struct {
	t    *Tokenizer
	syms []symbol
	q    queue
}

// encodeWord merges the characters of one byte-encoded word by rank and
// appends the resulting tokens. word holds one character per byte of raw,
// the word's original bytes.
func (m *bpeMerger) encodeWord(word string, raw []byte, out []int) []int {
	t := m.t
	m.syms = splitSymbols(word, m.syms)
	m.q = m.q[:0]
	syms := m.syms
	for i := range syms {
		syms[i].id = t.byteChar[raw[i]]
	}
	piece := func(i int) string { return word[syms[i].start : syms[i].start+syms[i].n] }
	// lookup finds the merge of two adjacent symbols: by ids when both are
	// tokens, else by text among the merges of non-tokens.
	lookup := func(left, right int) (mergeResult, bool) {
		if l, r := syms[left].id, syms[right].id; l >= 0 && r >= 0 {
			res, ok := t.mergeIDs[idPair(l, r)]
			return res, ok
		}
		if len(t.merges) == 0 {
			return mergeResult{}, false
		}
		rank, ok := t.merges[mergeKey{piece(left), piece(right)}]
		res := mergeResult{rank: int32(rank), id: -1}
		if id, found := t.ids[piece(left)+piece(right)]; found {
			res.id = int32(id)
		}
		return res, ok
	}
	tryAdd := func(left, right int) {
		if left < 0 || right < 0 {
			return
		}
		if res, ok := lookup(left, right); ok {
			m.q.push(bigram{left: int32(left), right: int32(right), prio: -float32(res.rank), id: res.id, ln: int32(syms[left].n), rn: int32(syms[right].n)})
		}
	}
	for i := 1; i < len(syms); i++ {
		tryAdd(i-1, i)
	}
	for len(m.q) > 0 {
		b := m.q.pop()
		l, r := &syms[b.left], &syms[b.right]
		if l.n != int(b.ln) || r.n != int(b.rn) {
			continue // stale: one side was merged since
		}
		l.n += r.n
		l.id = b.id
		r.n = 0
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = int(b.left)
		}
		tryAdd(l.prev, int(b.left))
		tryAdd(int(b.left), l.next)
	}
	for i := range syms {
		if syms[i].n == 0 {
			continue
		}
		if syms[i].id >= 0 {
			out = append(out, int(syms[i].id))
			continue
		}
		// No token: fall back to single bytes that are tokens (llama.cpp
		// drops the rest).
		s := piece(i)
		for j := 0; j < len(s); j++ {
			if id, ok := t.ids[s[j:j+1]]; ok {
				out = append(out, id)
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
