package model

import (
	"errors"
	"fmt"

	"github.com/minidao/minidao/inference/gguf"
)

// ErrUnsupported is wrapped by errors for models this package cannot run (an
// architecture, tensor type or hyper-parameter it does not implement).
var ErrUnsupported = errors.New("model: unsupported")

// ErrBadModel is wrapped by errors for files whose metadata and tensors do
// not describe a consistent model.
var ErrBadModel = errors.New("model: inconsistent model")

// Config holds a model's hyper-parameters, read from GGUF metadata.
type Config struct {
	Arch       string  // general.architecture: "llama" or "qwen2"
	Dim        int     // embedding_length: width of the residual stream
	HiddenDim  int     // feed_forward_length: width of the SwiGLU layer
	Layers     int     // block_count
	Heads      int     // attention.head_count: query heads
	KVHeads    int     // attention.head_count_kv: key/value heads (grouped-query attention)
	HeadDim    int     // Dim / Heads
	VocabSize  int     // rows of token_embd
	ContextLen int     // context_length: positions the model was trained for
	RopeBase   float64 // rope.freq_base
	RopeScale  float64 // rope.scaling.factor for linear scaling, 1 for none
	RopeNeoX   bool    // rotate pairs (i, i+HeadDim/2) (qwen2) instead of (2i, 2i+1) (llama)
	NormEps    float32 // attention.layer_norm_rms_epsilon
	TiedOutput bool    // no output.weight: the output layer is token_embd
}

// KVDim is the width of one position's keys (or values) in the cache.
func (c Config) KVDim() int { return c.KVHeads * c.HeadDim }

// QDim is the width of the query vector (all heads).
func (c Config) QDim() int { return c.Heads * c.HeadDim }

var supportedArchs = map[string]bool{"llama": true, "qwen2": true}

// ReadConfig reads a Config from f's metadata (and the token embedding's
// shape for the vocabulary size).
func ReadConfig(f *gguf.File) (Config, error) {
	arch, err := f.Architecture()
	if err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if !supportedArchs[arch] {
		return Config{}, fmt.Errorf("%w: architecture %q (supported: llama, qwen2)", ErrUnsupported, arch)
	}
	c := Config{Arch: arch, RopeNeoX: arch == "qwen2"}
	if err := c.readHyperParameters(f); err != nil {
		return Config{}, err
	}
	if c.Dim%c.Heads != 0 || c.Heads%c.KVHeads != 0 {
		return Config{}, fmt.Errorf("%w: %d heads and %d KV heads do not divide width %d", ErrBadModel, c.Heads, c.KVHeads, c.Dim)
	}
	c.HeadDim = c.Dim / c.Heads
	if c.HeadDim%2 != 0 {
		return Config{}, fmt.Errorf("%w: odd head dimension %d", ErrBadModel, c.HeadDim)
	}
	if kl, err := f.UintOr(arch+".attention.key_length", uint64(c.HeadDim)); err != nil || kl != uint64(c.HeadDim) {
		return Config{}, fmt.Errorf("%w: attention.key_length %d differs from embedding_length/head_count = %d", ErrUnsupported, kl, c.HeadDim)
	}
	if rd, err := f.UintOr(arch+".rope.dimension_count", uint64(c.HeadDim)); err != nil || rd != uint64(c.HeadDim) {
		return Config{}, fmt.Errorf("%w: partial rotary embedding (rope.dimension_count %d, head dimension %d)", ErrUnsupported, rd, c.HeadDim)
	}
	if f.HasTensor("rope_freqs.weight") {
		return Config{}, fmt.Errorf("%w: rope_freqs.weight (Llama 3.1 RoPE scaling)", ErrUnsupported)
	}
	emb, err := f.TensorInfo("token_embd.weight")
	if err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if len(emb.Shape) != 2 {
		return Config{}, fmt.Errorf("%w: token_embd.weight has shape %v", ErrBadModel, emb.Shape)
	}
	c.VocabSize = int(emb.Shape[1])
	c.TiedOutput = !f.HasTensor("output.weight")
	return c, nil
}

// readHyperParameters reads the numbers of Config from <arch>.* keys.
func (c *Config) readHyperParameters(f *gguf.File) error {
	arch := c.Arch
	var errs []error
	req := func(dst *int, key string) {
		v, err := f.Uint(arch + "." + key)
		if err != nil {
			errs = append(errs, err)
			return
		}
		if v == 0 || v > 1<<24 {
			errs = append(errs, fmt.Errorf("%s.%s = %d is out of range", arch, key, v))
			return
		}
		*dst = int(v)
	}
	req(&c.Dim, "embedding_length")
	req(&c.HiddenDim, "feed_forward_length")
	req(&c.Layers, "block_count")
	req(&c.Heads, "attention.head_count")
	req(&c.ContextLen, "context_length")
	if f.Has(arch + ".attention.head_count_kv") {
		req(&c.KVHeads, "attention.head_count_kv")
	} else {
		c.KVHeads = c.Heads
	}
	base, err := f.FloatOr(arch+".rope.freq_base", 10000)
	errs = append(errs, err)
	c.RopeBase = base
	eps, err := f.FloatOr(arch+".attention.layer_norm_rms_epsilon", 1e-5)
	errs = append(errs, err)
	c.NormEps = float32(eps)
	scaling, err := f.StringOr(arch+".rope.scaling.type", "none")
	errs = append(errs, err)
	factor, err := f.FloatOr(arch+".rope.scaling.factor", 1)
	errs = append(errs, err)
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	switch {
	case scaling == "none" || factor == 1 || factor == 0:
		c.RopeScale = 1
	case scaling == "linear" && factor > 0:
		c.RopeScale = factor
	default:
		return fmt.Errorf("%w: RoPE scaling %q with factor %g", ErrUnsupported, scaling, factor)
	}
	return nil
}
