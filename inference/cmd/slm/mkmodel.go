package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/minidao/minidao/inference/gguf"
)

func init() {
	register(command{
		name:    "mkmodel",
		summary: "write a seeded random-weight model with the vocabulary of another GGUF",
		run:     runMkmodel,
	})
}

// modelSpec is a random model's shape, as given on the command line.
type modelSpec struct {
	arch                        string
	dim, layers, heads, kvHeads int
	ff, context                 int
	typ                         gguf.Type
	mix                         bool // llama.cpp's Q4_K_M choices per tensor (see matrixType)
	seed                        uint64
	tied                        bool
	ropeBase, eps               float64
}

// mkmodelTypes are the weight types mkmodel writes, with llama.cpp's
// general.file_type for each (LLAMA_FTYPE_*). q4_k_m mixes types per tensor
// as llama-quantize's Q4_K_M does; q4_k and q6_k use one type throughout
// (as llama-quantize --pure), and name their files MOSTLY_Q4_K_S and
// MOSTLY_Q6_K.
var mkmodelTypes = map[string]struct {
	typ   gguf.Type
	ftype uint32
	mix   bool
}{
	"f32":    {gguf.TypeF32, 0, false},
	"f16":    {gguf.TypeF16, 1, false},
	"q4_0":   {gguf.TypeQ4_0, 2, false},
	"q8_0":   {gguf.TypeQ8_0, 7, false},
	"q4_k":   {gguf.TypeQ4_K, 14, false},
	"q4_k_m": {gguf.TypeQ4_K, 15, true},
	"q6_k":   {gguf.TypeQ6_K, 18, false},
}

const mkmodelTypeList = "f32, f16, q8_0, q4_0, q4_k, q6_k or q4_k_m"

func runMkmodel(args []string, e *env) error {
	fs := newFlagSet("mkmodel", "--like VOCAB.gguf --dim N --layers N --heads N --kv-heads N --ff N --type f32|f16|q8_0|q4_0|q4_k|q6_k|q4_k_m --seed S -o OUT.gguf", e)
	like := fs.String("like", "", "GGUF `file` whose vocabulary (tokenizer.* keys) is copied")
	out := fs.String("o", "", "output GGUF `file`")
	var s modelSpec
	fs.StringVar(&s.arch, "arch", "llama", "architecture: llama, or qwen2 (adds q/k/v biases)")
	fs.IntVar(&s.dim, "dim", 0, "embedding length")
	fs.IntVar(&s.layers, "layers", 0, "number of transformer blocks")
	fs.IntVar(&s.heads, "heads", 0, "attention heads")
	fs.IntVar(&s.kvHeads, "kv-heads", 0, "key/value heads (grouped-query attention; default: heads)")
	fs.IntVar(&s.ff, "ff", 0, "feed-forward length")
	fs.IntVar(&s.context, "ctx", 2048, "context length")
	typ := fs.String("type", "f32", "weight type: "+mkmodelTypeList+" (norms stay f32; K-quant rows that are not whole super-blocks of 256 fall back as in llama.cpp: Q4_K to Q5_0, Q6_K and the output to Q8_0)")
	fs.Uint64Var(&s.seed, "seed", 0, "random seed: the same seed and flags give the same bytes")
	fs.BoolVar(&s.tied, "tied", true, "tie the output projection to token_embd (false writes output.weight)")
	fs.Float64Var(&s.ropeBase, "rope-base", 10000, "RoPE frequency base")
	fs.Float64Var(&s.eps, "eps", 1e-5, "RMSNorm epsilon")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	if err := requireFlag(*like, "like"); err != nil {
		return err
	}
	if err := requireFlag(*out, "o"); err != nil {
		return err
	}
	t, ok := mkmodelTypes[strings.ToLower(*typ)]
	if !ok {
		return usageErrorf("-type %q: want %s", *typ, mkmodelTypeList)
	}
	s.typ, s.mix = t.typ, t.mix
	if s.kvHeads == 0 {
		s.kvHeads = s.heads
	}
	if err := s.check(); err != nil {
		return err
	}

	src, err := gguf.Open(*like)
	if err != nil {
		return err
	}
	defer src.Close()
	w, err := buildRandomModel(s, t.ftype, src)
	if err != nil {
		return err
	}
	p := newProgress(e, "writing "+*out)
	w.onTensor = func(i, n int) { p.update(int64(i), int64(n), "tensors") }
	err = w.w.WriteFile(*out)
	p.done()
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	return nil
}

// check returns a usage error naming the first inconsistent flag.
func (s modelSpec) check() error {
	switch {
	case s.arch != "llama" && s.arch != "qwen2":
		return usageErrorf("-arch %q: want llama or qwen2", s.arch)
	case s.dim <= 0 || s.layers <= 0 || s.heads <= 0 || s.kvHeads <= 0 || s.ff <= 0 || s.context <= 0:
		return usageErrorf("-dim, -layers, -heads, -ff and -ctx must be positive (got dim %d, layers %d, heads %d, kv-heads %d, ff %d, ctx %d)",
			s.dim, s.layers, s.heads, s.kvHeads, s.ff, s.context)
	case s.dim%s.heads != 0:
		return usageErrorf("-dim %d is not a multiple of -heads %d", s.dim, s.heads)
	case (s.dim/s.heads)%2 != 0:
		return usageErrorf("head size %d (dim/heads) must be even for RoPE", s.dim/s.heads)
	case s.heads%s.kvHeads != 0:
		return usageErrorf("-heads %d is not a multiple of -kv-heads %d", s.heads, s.kvHeads)
	}
	bs := int(s.typ.BlockSize())
	if bs == gguf.QK_K {
		bs = 32 // the fallback types' block
	}
	if s.dim%bs != 0 || s.ff%bs != 0 {
		return usageErrorf("-dim %d and -ff %d must be multiples of %d for %v", s.dim, s.ff, bs, s.typ)
	}
	return nil
}

// randomModel is a Writer whose tensors are generated while they are written.
type randomModel struct {
	w        *gguf.Writer
	onTensor func(i, n int)
}

// buildRandomModel declares the metadata and tensors of a random model. Each
// tensor's values come from its own generator, seeded from the seed and the
// tensor's position, so the bytes depend only on the spec. Tensor names and
// keys are llama.cpp's.
func buildRandomModel(s modelSpec, ftype uint32, vocab *gguf.File) (*randomModel, error) {
	toks, err := vocab.Strings("tokenizer.ggml.tokens")
	if err != nil {
		return nil, fmt.Errorf("%s has no vocabulary to copy: %w", vocab.Path, err)
	}
	nVocab := uint64(len(toks))
	m := &randomModel{w: gguf.NewWriter()}
	for _, kv := range s.metadata(ftype, nVocab) {
		if err := m.w.Set(kv.Key, kv.Value); err != nil {
			return nil, err
		}
	}
	for _, kv := range vocab.Metadata {
		if strings.HasPrefix(kv.Key, "tokenizer.") {
			if err := m.w.Set(kv.Key, kv.Value); err != nil {
				return nil, err
			}
		}
	}
	ts := s.tensors(nVocab)
	for i, t := range ts {
		// Uniform in [-a, a) with a = 1/sqrt(row length) keeps activations
		// of order 1 through the layers; the embeddings use a = 1.
		amp := float32(1 / math.Sqrt(float64(t.shape[0])))
		if t.name == "token_embd.weight" {
			amp = 1
		}
		seed := [2]uint64{s.seed, uint64(i)}
		err := m.w.AddTensorFunc(t.name, t.typ, t.shape, func(out io.Writer) error {
			if m.onTensor != nil {
				m.onTensor(i, len(ts))
			}
			return writeRandom(out, t.typ, t.shape, amp, t.norm, seed)
		})
		if err != nil {
			return nil, err
		}
	}
	return m, nil
}

// metadata returns the model's general.* and <arch>.* keys.
func (s modelSpec) metadata(ftype uint32, nVocab uint64) []gguf.KV {
	a := s.arch
	return []gguf.KV{
		{Key: "general.architecture", Value: gguf.String(a)},
		{Key: "general.name", Value: gguf.String(fmt.Sprintf("slm mkmodel %s dim %d layers %d seed %d", s.typ, s.dim, s.layers, s.seed))},
		{Key: "general.file_type", Value: gguf.Uint32(ftype)},
		{Key: a + ".context_length", Value: gguf.Uint32(uint32(s.context))},
		{Key: a + ".embedding_length", Value: gguf.Uint32(uint32(s.dim))},
		{Key: a + ".block_count", Value: gguf.Uint32(uint32(s.layers))},
		{Key: a + ".feed_forward_length", Value: gguf.Uint32(uint32(s.ff))},
		{Key: a + ".attention.head_count", Value: gguf.Uint32(uint32(s.heads))},
		{Key: a + ".attention.head_count_kv", Value: gguf.Uint32(uint32(s.kvHeads))},
		{Key: a + ".attention.layer_norm_rms_epsilon", Value: gguf.Float32(float32(s.eps))},
		{Key: a + ".rope.freq_base", Value: gguf.Float32(float32(s.ropeBase))},
		{Key: a + ".rope.dimension_count", Value: gguf.Uint32(uint32(s.dim / s.heads))},
		{Key: a + ".vocab_size", Value: gguf.Uint32(uint32(nVocab))},
	}
}

// tensorSpec is one tensor of a random model.
type tensorSpec struct {
	name  string
	typ   gguf.Type
	shape []uint64 // GGUF order: shape[0] is the input (row) length
	norm  bool     // values near 1 instead of around 0
}

// tensors lists the model's tensors in file order.
func (s modelSpec) tensors(nVocab uint64) []tensorSpec {
	d, ff, q, kv := uint64(s.dim), uint64(s.ff), uint64(s.dim), uint64(s.dim/s.heads*s.kvHeads)
	ts := []tensorSpec{{name: "token_embd.weight", typ: s.matrixType("token_embd", 0, d), shape: []uint64{d, nVocab}}}
	for l := 0; l < s.layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		ts = append(ts,
			tensorSpec{name: p + "attn_norm.weight", typ: gguf.TypeF32, shape: []uint64{d}, norm: true},
			tensorSpec{name: p + "attn_q.weight", typ: s.matrixType("attn_q", l, d), shape: []uint64{d, q}},
			tensorSpec{name: p + "attn_k.weight", typ: s.matrixType("attn_k", l, d), shape: []uint64{d, kv}},
			tensorSpec{name: p + "attn_v.weight", typ: s.matrixType("attn_v", l, d), shape: []uint64{d, kv}},
		)
		if s.arch == "qwen2" {
			ts = append(ts,
				tensorSpec{name: p + "attn_q.bias", typ: gguf.TypeF32, shape: []uint64{q}},
				tensorSpec{name: p + "attn_k.bias", typ: gguf.TypeF32, shape: []uint64{kv}},
				tensorSpec{name: p + "attn_v.bias", typ: gguf.TypeF32, shape: []uint64{kv}},
			)
		}
		ts = append(ts,
			tensorSpec{name: p + "attn_output.weight", typ: s.matrixType("attn_output", l, q), shape: []uint64{q, d}},
			tensorSpec{name: p + "ffn_norm.weight", typ: gguf.TypeF32, shape: []uint64{d}, norm: true},
			tensorSpec{name: p + "ffn_gate.weight", typ: s.matrixType("ffn_gate", l, d), shape: []uint64{d, ff}},
			tensorSpec{name: p + "ffn_up.weight", typ: s.matrixType("ffn_up", l, d), shape: []uint64{d, ff}},
			tensorSpec{name: p + "ffn_down.weight", typ: s.matrixType("ffn_down", l, ff), shape: []uint64{ff, d}},
		)
	}
	ts = append(ts, tensorSpec{name: "output_norm.weight", typ: gguf.TypeF32, shape: []uint64{d}, norm: true})
	if !s.tied {
		ts = append(ts, tensorSpec{name: "output.weight", typ: s.matrixType("output", 0, d), shape: []uint64{d, nVocab}})
	}
	return ts
}

// matrixType is the type of a weight matrix (kind: attn_q, ffn_down,
// token_embd, output...) of layer l with rows of rowLen values. It follows
// llama.cpp's llama_tensor_get_type: for Q4_K_M, the output projection (the
// token embeddings when tied) is Q6_K, and attn_v and ffn_down are Q6_K in
// the layers where use_more_bits holds (the first and last eighth, and every
// third between); a K-quant tensor whose rows are not whole super-blocks of
// 256 falls back to Q5_0 (for Q4_K) or Q8_0 (for Q6_K and the output).
// SmolLM2-135M (width 576) thus keeps K-quants only in its ffn_down.
func (s modelSpec) matrixType(kind string, l int, rowLen uint64) gguf.Type {
	t := s.typ
	if t.BlockSize() != gguf.QK_K {
		return t
	}
	output := kind == "output" || (kind == "token_embd" && s.tied)
	if s.mix {
		moreBits := l < s.layers/8 || l >= 7*s.layers/8 || (l-s.layers/8)%3 == 2
		if output || ((kind == "attn_v" || kind == "ffn_down") && moreBits) {
			t = gguf.TypeQ6_K
		}
	}
	if rowLen%gguf.QK_K != 0 {
		if output || t == gguf.TypeQ6_K {
			return gguf.TypeQ8_0
		}
		return gguf.TypeQ5_0
	}
	return t
}

// writeRandom streams the values of one tensor, quantized a chunk of rows at
// a time (quantization is per block, so chunking does not change the bytes).
func writeRandom(out io.Writer, typ gguf.Type, shape []uint64, amp float32, norm bool, seed [2]uint64) error {
	r := rand.New(rand.NewPCG(seed[0], seed[1]))
	rowLen := int(shape[0])
	rows := 1
	for _, d := range shape[1:] {
		rows *= int(d)
	}
	chunkRows := max(1, (1<<18)/rowLen)
	vals := make([]float32, chunkRows*rowLen)
	var buf []byte
	for done := 0; done < rows; done += chunkRows {
		n := min(chunkRows, rows-done) * rowLen
		for i := range vals[:n] {
			// 24 random bits to a float in [-1, 1): exact, and independent of
			// how math/rand formats floats in any Go version.
			u := float32(int32(r.Uint64()>>40)-1<<23) / (1 << 23)
			if norm {
				vals[i] = 1 + float32(0.1*u) // rounded first: no FMA
			} else {
				vals[i] = amp * u
			}
		}
		var err error
		if buf, err = gguf.Quantize(typ, vals[:n], buf[:0]); err != nil {
			return err
		}
		if _, err := out.Write(buf); err != nil {
			return err
		}
	}
	return nil
}
