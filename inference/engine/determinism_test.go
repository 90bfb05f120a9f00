package engine

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"path/filepath"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/internal/crossarch"
	"github.com/minidao/minidao/inference/model"
	"github.com/minidao/minidao/inference/model/modeltest"
)

// fingerprint runs a fixed workload on small random models of every
// supported type and architecture, with 1, 2 and 4 threads, and returns the
// sha256 of every logit's bits and every generated token. It fails the test
// if the thread count changes anything.
func fingerprint(t *testing.T) string {
	h := sha256.New()
	specs := []modeltest.Spec{
		{Arch: "llama", Type: gguf.TypeF32, Tied: true},
		{Arch: "llama", Type: gguf.TypeF16},
		{Arch: "llama", Type: gguf.TypeBF16, Tied: true},
		{Arch: "llama", Type: gguf.TypeQ8_0, Tied: true},
		{Arch: "llama", Type: gguf.TypeQ4_0},
		{Arch: "qwen2", Type: gguf.TypeF32},
		{Arch: "qwen2", Type: gguf.TypeQ8_0},
		{Arch: "qwen2", Type: gguf.TypeQ4_0, Tied: true},
		{Arch: "llama", Type: gguf.TypeQ4_K},
		{Arch: "qwen2", Type: gguf.TypeQ6_K, Tied: true},
	}
	for i, s := range specs {
		s.Dim, s.Hidden, s.Layers, s.Heads, s.KVHeads, s.Vocab, s.Context, s.Seed = 128, 192, 2, 4, 2, 300, 64, uint64(i)
		if s.Type.BlockSize() == gguf.QK_K {
			s.Dim, s.Hidden = 256, 256
		}
		path := filepath.Join(t.TempDir(), "m.gguf")
		if err := modeltest.Write(path, s); err != nil {
			t.Fatal(err)
		}
		var first []byte
		for _, threads := range []int{1, 2, 4} {
			one := sha256.New()
			e, err := Open(path, Options{Threads: threads})
			if err != nil {
				t.Fatal(err)
			}
			// Raw logits of a prefill in uneven batches.
			st, err := e.Model().NewState(model.Options{Threads: threads, Batch: 5})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			logits, err := st.Forward(context.Background(), []int32{1, 17, 99, 250, 3, 8, 13, 21, 34, 55, 89, 144})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range logits {
				binary.Write(one, binary.LittleEndian, math.Float32bits(v))
			}
			for _, p := range []Params{greedy(8), sampled(8, 42)} {
				res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: p})
				if err != nil {
					t.Fatal(err)
				}
				binary.Write(one, binary.LittleEndian, res.Tokens)
				one.Write(res.OutputHash[:])
			}
			e.Close()
			sum := one.Sum(nil)
			if first == nil {
				first = sum
				h.Write(sum)
			} else if string(sum) != string(first) {
				t.Fatalf("%s %v: %d threads give %x, 1 thread %x", s.Arch, s.Type, threads, sum, first)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestFingerprint prints this build's fingerprint (for the test below, which
// runs it in other builds).
func TestFingerprint(t *testing.T) {
	t.Logf("fingerprint=%s", fingerprint(t))
}

// TestSameFingerprintOnEveryCPU rebuilds the fingerprint test for x86-64 v1
// and v3 (where the compiler may fuse multiply-adds), runs it with the
// assembly kernels capped at AVX2 or turned off, and cross-compiles it for
// arm64 to run under qemu-user: every build must print the same fingerprint.
func TestSameFingerprintOnEveryCPU(t *testing.T) {
	crossarch.Check(t, "TestFingerprint", "fingerprint", func() string { return fingerprint(t) })
}
