package tokenizer

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/minidao/minidao/inference/gguf"
)

// Sentinel errors of New; they are wrapped with the detail.
var (
	// ErrNoVocabulary: the GGUF has no tokenizer.ggml.tokens (or model).
	ErrNoVocabulary = errors.New("tokenizer: no vocabulary in the GGUF metadata")
	// ErrUnsupportedModel: tokenizer.ggml.model is neither "llama" nor "gpt2".
	ErrUnsupportedModel = errors.New("tokenizer: unsupported tokenizer model")
	// ErrUnsupportedPreTokenizer: an unknown tokenizer.ggml.pre.
	ErrUnsupportedPreTokenizer = errors.New("tokenizer: unsupported pre-tokenizer")
	// ErrBadVocabulary: inconsistent metadata (array lengths, token ids).
	ErrBadVocabulary = errors.New("tokenizer: invalid vocabulary metadata")
)

// TokenType is a token's type from tokenizer.ggml.token_type.
type TokenType int32

// Token types, as llama.cpp numbers them.
const (
	TypeUndefined   TokenType = 0
	TypeNormal      TokenType = 1
	TypeUnknown     TokenType = 2
	TypeControl     TokenType = 3
	TypeUserDefined TokenType = 4
	TypeUnused      TokenType = 5
	TypeByte        TokenType = 6
)

// The metadata keys the tokenizer reads.
const (
	KeyModel          = "tokenizer.ggml.model"
	KeyPre            = "tokenizer.ggml.pre"
	KeyTokens         = "tokenizer.ggml.tokens"
	KeyScores         = "tokenizer.ggml.scores"
	KeyTokenType      = "tokenizer.ggml.token_type"
	KeyMerges         = "tokenizer.ggml.merges"
	KeyBOS            = "tokenizer.ggml.bos_token_id"
	KeyEOS            = "tokenizer.ggml.eos_token_id"
	KeyEOT            = "tokenizer.ggml.eot_token_id"
	KeyEOM            = "tokenizer.ggml.eom_token_id"
	KeyUNK            = "tokenizer.ggml.unknown_token_id"
	KeyPAD            = "tokenizer.ggml.padding_token_id"
	KeyAddBOS         = "tokenizer.ggml.add_bos_token"
	KeyAddEOS         = "tokenizer.ggml.add_eos_token"
	KeyAddSpacePrefix = "tokenizer.ggml.add_space_prefix"
)

// Tokenizer encodes and decodes text for one vocabulary. It is immutable
// after New and safe for concurrent use.
type Tokenizer struct {
	model  string // "llama" or "gpt2"
	tokens []string
	scores []float32
	types  []TokenType
	ids    map[string]int // text -> id (the last of duplicates, as llama.cpp)

	// gpt2 merges. Most merge two tokens into a token and are found by id
	// (mergeIDs); the few whose sides are not tokens stay keyed by text
	// (merges). Together they are exactly tokenizer.ggml.merges.
	merges   map[mergeKey]int
	mergeIDs map[uint64]mergeResult
	byteChar [256]int32 // gpt2: token id of each byte's visible character, or -1
	pre      preTokenizer

	bos, eos, unk int // -1 when absent
	eog           map[int]bool
	addBOS        bool
	addEOS        bool
	addSpace      bool // llama: prepend a space to the text

	specials []int // control/user-defined/unknown tokens, longest text first
	byteIDs  [256]int
}

type mergeKey struct{ left, right string }

// mergeResult is a merge's rank and the id of the merged token (-1 if the
// merged text is not a token).
type mergeResult struct{ rank, id int32 }

func idPair(left, right int32) uint64 { return uint64(uint32(left))<<32 | uint64(uint32(right)) }

// New builds the tokenizer described by a GGUF file's metadata.
func New(f *gguf.File) (*Tokenizer, error) {
	model, err := f.String(KeyModel)
	if errors.Is(err, gguf.ErrKeyNotFound) {
		return nil, fmt.Errorf("%w: %s is missing", ErrNoVocabulary, KeyModel)
	}
	if err != nil {
		return nil, err
	}
	if model != "llama" && model != "gpt2" {
		return nil, fmt.Errorf("%w: %q (want llama or gpt2)", ErrUnsupportedModel, model)
	}
	t := &Tokenizer{model: model, bos: -1, eos: -1, unk: -1, eog: map[int]bool{}}
	if err := t.loadVocabulary(f); err != nil {
		return nil, err
	}
	// Defaults by model, then the metadata overrides, as llama.cpp.
	if model == "llama" {
		t.bos, t.eos, t.unk = 1, 2, 0
		t.addBOS, t.addSpace = true, true
	} else {
		t.bos, t.eos = 11, 11
		pre, err := f.StringOr(KeyPre, "default")
		if err != nil {
			return nil, err
		}
		if t.pre, err = lookupPreTokenizer(pre); err != nil {
			return nil, err
		}
		t.addBOS = t.pre.addBOS
		if err := t.loadMerges(f); err != nil {
			return nil, err
		}
	}
	if err := t.loadSpecialIDs(f); err != nil {
		return nil, err
	}
	t.findEOG(f)
	t.indexSpecials()
	return t, nil
}

// loadVocabulary reads the tokens, their scores and types.
func (t *Tokenizer) loadVocabulary(f *gguf.File) error {
	var err error
	if t.tokens, err = f.Strings(KeyTokens); err != nil {
		if errors.Is(err, gguf.ErrKeyNotFound) {
			return fmt.Errorf("%w: %s is missing", ErrNoVocabulary, KeyTokens)
		}
		return err
	}
	n := len(t.tokens)
	if n == 0 {
		return fmt.Errorf("%w: %s is empty", ErrBadVocabulary, KeyTokens)
	}
	t.scores = make([]float32, n)
	if f.Has(KeyScores) {
		scores, err := f.Float32s(KeyScores)
		if err != nil {
			return err
		}
		if len(scores) != n {
			return fmt.Errorf("%w: %d scores for %d tokens", ErrBadVocabulary, len(scores), n)
		}
		copy(t.scores, scores)
	}
	t.types = make([]TokenType, n)
	for i := range t.types {
		t.types[i] = TypeNormal
	}
	if f.Has(KeyTokenType) {
		tt, err := f.Int32s(KeyTokenType)
		if err != nil {
			return err
		}
		if len(tt) != n {
			return fmt.Errorf("%w: %d token types for %d tokens", ErrBadVocabulary, len(tt), n)
		}
		for i, x := range tt {
			t.types[i] = TokenType(x)
		}
	}
	t.ids = make(map[string]int, n)
	for i, s := range t.tokens {
		t.ids[s] = i
	}
	return nil
}

// loadSpecialIDs applies the metadata's BOS/EOS/UNK ids and add_* flags over
// the model's defaults.
func (t *Tokenizer) loadSpecialIDs(f *gguf.File) error {
	for _, k := range []struct {
		key string
		dst *int
	}{{KeyBOS, &t.bos}, {KeyEOS, &t.eos}, {KeyUNK, &t.unk}} {
		if f.Has(k.key) {
			id, err := f.Int(k.key)
			if err != nil {
				return err
			}
			*k.dst = int(id)
		}
		if *k.dst < 0 || *k.dst >= len(t.tokens) {
			*k.dst = -1 // llama.cpp treats an id outside the vocabulary as absent
		}
	}
	for _, b := range []struct {
		key string
		dst *bool
	}{{KeyAddBOS, &t.addBOS}, {KeyAddEOS, &t.addEOS}, {KeyAddSpacePrefix, &t.addSpace}} {
		var err error
		if *b.dst, err = f.BoolOr(b.key, *b.dst); err != nil {
			return err
		}
	}
	if t.model == "gpt2" {
		t.addSpace = false // llama.cpp only applies it to SentencePiece vocabularies
	}
	return nil
}

// indexSpecials lists the tokens matched in the text before tokenizing
// (longest first) and the byte-fallback tokens <0xNN>.
func (t *Tokenizer) indexSpecials() {
	for i, typ := range t.types {
		if (typ == TypeControl || typ == TypeUserDefined || typ == TypeUnknown) && t.tokens[i] != "" {
			t.specials = append(t.specials, i)
		}
	}
	sort.SliceStable(t.specials, func(a, b int) bool { return len(t.tokens[t.specials[a]]) > len(t.tokens[t.specials[b]]) })
	for b := range t.byteIDs {
		t.byteIDs[b] = -1
		if id, ok := t.ids[fmt.Sprintf("<0x%02X>", b)]; ok {
			t.byteIDs[b] = id
		}
	}
}

func (t *Tokenizer) loadMerges(f *gguf.File) error {
	merges, err := f.Strings(KeyMerges)
	if err != nil {
		return fmt.Errorf("%w: a gpt2 vocabulary needs %s: %w", ErrBadVocabulary, KeyMerges, err)
	}
	t.merges = map[mergeKey]int{}
	t.mergeIDs = make(map[uint64]mergeResult, len(merges))
	seen := make(map[mergeKey]bool, len(merges))
	for rank, m := range merges {
		var k mergeKey
		// Split at the first space after the first byte, as llama.cpp does.
		if len(m) > 1 {
			if i := strings.IndexByte(m[1:], ' '); i >= 0 {
				k = mergeKey{m[:i+1], m[i+2:]}
			}
		}
		if seen[k] {
			continue // the first rank of a pair wins, as in llama.cpp
		}
		seen[k] = true
		l, okL := t.ids[k.left]
		r, okR := t.ids[k.right]
		if !okL || !okR {
			t.merges[k] = rank
			continue
		}
		res := mergeResult{rank: int32(rank), id: -1}
		if id, ok := t.ids[k.left+k.right]; ok {
			res.id = int32(id)
		}
		t.mergeIDs[idPair(int32(l), int32(r))] = res
	}
	for b := range t.byteChar {
		t.byteChar[b] = -1
		if id, ok := t.ids[string(byteToRune[b])]; ok {
			t.byteChar[b] = int32(id)
		}
	}
	return nil
}

// eogTexts are end-of-generation tokens llama.cpp recognises by their text;
// like llama.cpp, New makes them control tokens whatever the file says.
var eogTexts = []string{"<|eot_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>", "<|endoftext|>", "<|eom_id|>", "<EOT>", "_<EOT>", "<|end_of_text|>", "<｜end▁of▁sentence｜>"}

func (t *Tokenizer) findEOG(f *gguf.File) {
	if t.eos >= 0 {
		t.eog[t.eos] = true
	}
	for _, key := range []string{KeyEOT, KeyEOM} {
		if id, err := f.Int(key); err == nil && id >= 0 && id < int64(len(t.tokens)) {
			t.eog[int(id)] = true
		}
	}
	for _, s := range eogTexts {
		if id, ok := t.ids[s]; ok {
			t.eog[id] = true
			t.types[id] = TypeControl
		}
	}
}

// Model returns tokenizer.ggml.model ("llama" or "gpt2").
func (t *Tokenizer) Model() string { return t.model }

// Pre returns the pre-tokenizer's name (gpt2 vocabularies; "" for llama).
func (t *Tokenizer) Pre() string { return t.pre.name }

// VocabSize returns the number of tokens.
func (t *Tokenizer) VocabSize() int { return len(t.tokens) }

// BOS returns the beginning-of-sequence token id, or -1.
func (t *Tokenizer) BOS() int { return t.bos }

// EOS returns the end-of-sequence token id, or -1.
func (t *Tokenizer) EOS() int { return t.eos }

// AddBOS reports whether the model wants BOS at the start of a prompt.
func (t *Tokenizer) AddBOS() bool { return t.addBOS && t.bos >= 0 }

// AddEOS reports whether the model wants EOS at the end of a prompt.
func (t *Tokenizer) AddEOS() bool { return t.addEOS && t.eos >= 0 }

// IsEOG reports whether id ends generation: EOS, EOT, EOM, or a control token
// with a well-known end-of-turn text such as <|im_end|>.
func (t *Tokenizer) IsEOG(id int) bool { return t.eog[id] }

// Token returns a token's text as stored in the vocabulary ("" if out of range).
func (t *Tokenizer) Token(id int) string {
	if id < 0 || id >= len(t.tokens) {
		return ""
	}
	return t.tokens[id]
}

// Type returns a token's type (TypeUndefined if out of range).
func (t *Tokenizer) Type(id int) TokenType {
	if id < 0 || id >= len(t.types) {
		return TypeUndefined
	}
	return t.types[id]
}

// ID returns the id of a token text.
func (t *Tokenizer) ID(text string) (int, bool) {
	id, ok := t.ids[text]
	return id, ok
}
