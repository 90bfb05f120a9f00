// Package modeltest writes small GGUF models with seeded random weights, for
// the tests of the model, engine and CLI packages. It is test support, not
// a model converter: the weights mean nothing, but every byte is a function
// of the Spec, so results are reproducible.
package modeltest

import (
	"fmt"
	"strings"

	"github.com/minidao/minidao/inference/gguf"
)

// Spec describes a random model.
type Spec struct {
	Arch                      string // "llama" or "qwen2"
	Dim, Hidden, Layers       int
	Heads, KVHeads            int
	Vocab                     int // ignored when Like is set (its vocabulary decides)
	Context                   int
	Type                      gguf.Type // type of the matrices (norms and biases are F32)
	Tied                      bool      // no output.weight
	Seed                      uint64
	RopeBase                  float64 // 0 means 10000
	Like                      *gguf.File
	SkipTokenizerWhenNoSource bool // write no tokenizer keys at all when Like is nil
}

// Rand is splitmix64: a tiny generator whose sequence is fixed forever.
type Rand struct{ s uint64 }

// NewRand returns a generator seeded with seed.
func NewRand(seed uint64) *Rand { return &Rand{seed} }

// Uint64 returns the next value.
func (r *Rand) Uint64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// Float returns a value uniform in [-1, 1), a multiple of 2^-23.
func (r *Rand) Float() float32 {
	return float32(int64(r.Uint64()>>40)-1<<23) / (1 << 23)
}

// Build returns the GGUF writer of a random model.
func Build(s Spec) (*gguf.Writer, error) {
	if s.RopeBase == 0 {
		s.RopeBase = 10000
	}
	w := gguf.NewWriter()
	a := s.Arch
	set := func(k string, v gguf.Value) error { return w.Set(k, v) }
	vocab := s.Vocab
	errs := []error{
		set("general.architecture", gguf.String(a)),
		set("general.name", gguf.String(fmt.Sprintf("random-%s-%d", a, s.Seed))),
		set(a+".embedding_length", gguf.Uint32(uint32(s.Dim))),
		set(a+".feed_forward_length", gguf.Uint32(uint32(s.Hidden))),
		set(a+".block_count", gguf.Uint32(uint32(s.Layers))),
		set(a+".attention.head_count", gguf.Uint32(uint32(s.Heads))),
		set(a+".attention.head_count_kv", gguf.Uint32(uint32(s.KVHeads))),
		set(a+".context_length", gguf.Uint32(uint32(s.Context))),
		set(a+".rope.freq_base", gguf.Float32(float32(s.RopeBase))),
		set(a+".attention.layer_norm_rms_epsilon", gguf.Float32(1e-5)),
	}
	if s.Like != nil {
		for _, kv := range s.Like.Metadata {
			if strings.HasPrefix(kv.Key, "tokenizer.") {
				errs = append(errs, w.Set(kv.Key, kv.Value))
			}
		}
		toks, err := s.Like.Strings("tokenizer.ggml.tokens")
		if err != nil {
			return nil, err
		}
		vocab = len(toks)
	} else if !s.SkipTokenizerWhenNoSource {
		errs = append(errs, syntheticVocab(w, vocab)...)
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	r := NewRand(s.Seed)
	qdim, kvdim := s.Dim, s.Dim/s.Heads*s.KVHeads
	add := func(name string, typ gguf.Type, scale float32, shape ...uint64) error {
		n := uint64(1)
		for _, d := range shape {
			n *= d
		}
		v := make([]float32, n)
		for i := range v {
			v[i] = scale * r.Float()
		}
		var data []byte
		var err error
		if typ.Supported() {
			data, err = gguf.Quantize(typ, v, nil)
		} else { // random bytes in a format nothing here can encode
			var size uint64
			if size, err = typ.RowBytes(n); err == nil {
				data = make([]byte, size)
				for i := range data {
					data[i] = byte(r.Uint64())
				}
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return w.AddTensor(name, typ, shape, data)
	}
	norm := func(name string, n int) error {
		v := make([]float32, n)
		for i := range v {
			v[i] = 1 + 0.25*r.Float()
		}
		data, _ := gguf.Quantize(gguf.TypeF32, v, nil)
		return w.AddTensor(name, gguf.TypeF32, []uint64{uint64(n)}, data)
	}
	d, h, vo := uint64(s.Dim), uint64(s.Hidden), uint64(vocab)
	steps := []func() error{
		func() error { return add("token_embd.weight", s.Type, 0.25, d, vo) },
		func() error { return norm("output_norm.weight", s.Dim) },
	}
	if !s.Tied {
		steps = append(steps, func() error { return add("output.weight", s.Type, 0.5, d, vo) })
	}
	for l := 0; l < s.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		steps = append(steps,
			func() error { return norm(p+"attn_norm.weight", s.Dim) },
			func() error { return add(p+"attn_q.weight", s.Type, 0.3, d, uint64(qdim)) },
			func() error { return add(p+"attn_k.weight", s.Type, 0.3, d, uint64(kvdim)) },
			func() error { return add(p+"attn_v.weight", s.Type, 0.3, d, uint64(kvdim)) },
			func() error { return add(p+"attn_output.weight", s.Type, 0.1, uint64(qdim), d) },
			func() error { return norm(p+"ffn_norm.weight", s.Dim) },
			func() error { return add(p+"ffn_gate.weight", s.Type, 0.2, d, h) },
			func() error { return add(p+"ffn_up.weight", s.Type, 0.2, d, h) },
			func() error { return add(p+"ffn_down.weight", s.Type, 0.1, h, d) },
		)
		if s.Arch == "qwen2" {
			steps = append(steps,
				func() error { return add(p+"attn_q.bias", gguf.TypeF32, 0.2, uint64(qdim)) },
				func() error { return add(p+"attn_k.bias", gguf.TypeF32, 0.2, uint64(kvdim)) },
				func() error { return add(p+"attn_v.bias", gguf.TypeF32, 0.2, uint64(kvdim)) },
			)
		}
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// Write writes a random model to path.
func Write(path string, s Spec) error {
	w, err := Build(s)
	if err != nil {
		return err
	}
	return w.WriteFile(path)
}

// syntheticVocab sets a small llama-style vocabulary: <unk>, <s>, </s>, the
// 256 byte tokens, then single letters and made-up pieces up to n tokens.
func syntheticVocab(w *gguf.Writer, n int) []error {
	if n < 3 {
		return []error{fmt.Errorf("modeltest: vocabulary of %d tokens", n)}
	}
	toks := []string{"<unk>", "<s>", "</s>"}
	types := []int32{2, 3, 3}
	for b := 0; b < 256 && len(toks) < n; b++ {
		toks = append(toks, fmt.Sprintf("<0x%02X>", b))
		types = append(types, 6)
	}
	for i := 0; len(toks) < n; i++ {
		toks = append(toks, "\u2581"+pieceName(i))
		types = append(types, 1)
	}
	scores := make([]float32, n)
	for i := range scores {
		scores[i] = -float32(i)
	}
	return []error{
		w.Set("tokenizer.ggml.model", gguf.String("llama")),
		w.Set("tokenizer.ggml.tokens", gguf.Strings(toks)),
		w.Set("tokenizer.ggml.scores", gguf.Float32s(scores)),
		w.Set("tokenizer.ggml.token_type", gguf.Int32s(types)),
		w.Set("tokenizer.ggml.bos_token_id", gguf.Uint32(1)),
		w.Set("tokenizer.ggml.eos_token_id", gguf.Uint32(2)),
		w.Set("tokenizer.ggml.unknown_token_id", gguf.Uint32(0)),
		w.Set("tokenizer.ggml.add_bos_token", gguf.Bool(true)),
	}
}

func pieceName(i int) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	s := ""
	for {
		s = string(letters[i%26]) + s
		i /= 26
		if i == 0 {
			return s
		}
		i--
	}
}
