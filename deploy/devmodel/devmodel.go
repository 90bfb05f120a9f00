// Package devmodel writes the devnet's example model: a tiny llama-architecture
// GGUF with random weights from a fixed seed and a byte-level SentencePiece
// vocabulary, so its sha256 (the on-chain weightsHash) is the same on every
// machine and every run. It is what `minidao devnet` registers for the DAO of
// examples/dao.yaml; it answers gibberish and is meant for wiring tests only.
package devmodel

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/minidao/minidao/inference/gguf"
)

// Shape of the model: small enough to write in milliseconds.
const (
	Dim     = 32
	Layers  = 1
	Heads   = 2
	FF      = 64
	Context = 256
	Seed    = 0x4d696e6944414f // "MiniDAO"
)

// Write writes the model to path (creating its folder) unless a file is
// already there, and returns nothing else: hash the file for its weightsHash.
func Write(path string) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	w, err := build()
	if err != nil {
		return err
	}
	if err := w.WriteFile(path); err != nil {
		return fmt.Errorf("devmodel: write %s: %w", path, err)
	}
	return nil
}

func build() (*gguf.Writer, error) {
	// <unk>, <s>, </s>, then the 256 byte-fallback pieces.
	tokens := []string{"<unk>", "<s>", "</s>"}
	types := []int32{2, 3, 3} // unknown, control, control
	for b := 0; b < 256; b++ {
		tokens = append(tokens, fmt.Sprintf("<0x%02X>", b))
		types = append(types, 6) // byte
	}
	scores := make([]float32, len(tokens))
	nVocab := uint64(len(tokens))
	w := gguf.NewWriter()
	kvs := []gguf.KV{
		{Key: "general.architecture", Value: gguf.String("llama")},
		{Key: "general.name", Value: gguf.String("minidao devnet example model")},
		{Key: "general.file_type", Value: gguf.Uint32(0)},
		{Key: "llama.context_length", Value: gguf.Uint32(Context)},
		{Key: "llama.embedding_length", Value: gguf.Uint32(Dim)},
		{Key: "llama.block_count", Value: gguf.Uint32(Layers)},
		{Key: "llama.feed_forward_length", Value: gguf.Uint32(FF)},
		{Key: "llama.attention.head_count", Value: gguf.Uint32(Heads)},
		{Key: "llama.attention.head_count_kv", Value: gguf.Uint32(Heads)},
		{Key: "llama.attention.layer_norm_rms_epsilon", Value: gguf.Float32(1e-5)},
		{Key: "llama.rope.freq_base", Value: gguf.Float32(10000)},
		{Key: "llama.rope.dimension_count", Value: gguf.Uint32(Dim / Heads)},
		{Key: "llama.vocab_size", Value: gguf.Uint32(uint32(nVocab))},
		{Key: "tokenizer.ggml.model", Value: gguf.String("llama")},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Strings(tokens)},
		{Key: "tokenizer.ggml.scores", Value: gguf.Float32s(scores)},
		{Key: "tokenizer.ggml.token_type", Value: gguf.Int32s(types)},
		{Key: "tokenizer.ggml.bos_token_id", Value: gguf.Uint32(1)},
		{Key: "tokenizer.ggml.eos_token_id", Value: gguf.Uint32(2)},
		{Key: "tokenizer.ggml.unknown_token_id", Value: gguf.Uint32(0)},
	}
	for _, kv := range kvs {
		if err := w.Set(kv.Key, kv.Value); err != nil {
			return nil, err
		}
	}
	type tensor struct {
		name  string
		shape []uint64
		norm  bool
	}
	d, ff := uint64(Dim), uint64(FF)
	ts := []tensor{{"token_embd.weight", []uint64{d, nVocab}, false}}
	for l := 0; l < Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		ts = append(ts,
			tensor{p + "attn_norm.weight", []uint64{d}, true},
			tensor{p + "attn_q.weight", []uint64{d, d}, false},
			tensor{p + "attn_k.weight", []uint64{d, d}, false},
			tensor{p + "attn_v.weight", []uint64{d, d}, false},
			tensor{p + "attn_output.weight", []uint64{d, d}, false},
			tensor{p + "ffn_norm.weight", []uint64{d}, true},
			tensor{p + "ffn_gate.weight", []uint64{d, ff}, false},
			tensor{p + "ffn_up.weight", []uint64{d, ff}, false},
			tensor{p + "ffn_down.weight", []uint64{ff, d}, false},
		)
	}
	ts = append(ts, tensor{"output_norm.weight", []uint64{d}, true})
	for i, t := range ts {
		n := 1
		for _, s := range t.shape {
			n *= int(s)
		}
		r := rand.New(rand.NewPCG(Seed, uint64(i)))
		vals := make([]float32, n)
		for j := range vals {
			// 24 random bits to [-1, 1): exact, whatever the Go version.
			u := float32(int32(r.Uint64()>>40)-1<<23) / (1 << 23)
			if t.norm {
				vals[j] = 1 + 0.1*u
			} else {
				vals[j] = u / float32(t.shape[0])
			}
		}
		err := w.AddTensorFunc(t.name, gguf.TypeF32, t.shape, func(out io.Writer) error {
			return writeF32(out, vals)
		})
		if err != nil {
			return nil, err
		}
	}
	return w, nil
}

func writeF32(out io.Writer, vals []float32) error {
	b := make([]byte, 0, 4*len(vals))
	for _, v := range vals {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	_, err := out.Write(b)
	return err
}
