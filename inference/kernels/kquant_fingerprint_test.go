package kernels

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"testing"

	"github.com/minidao/minidao/inference/internal/crossarch"
)

// kquantFingerprint is the sha256 of the bits of a fixed set of K-quant and
// Q5_0 products, activation quantization included, over shapes that reach
// every tile and tail.
func kquantFingerprint() string {
	h := sha256.New()
	r := newTestRand(23)
	put := func(v []float32) {
		for _, f := range v {
			binary.Write(h, binary.LittleEndian, math.Float32bits(f))
		}
	}
	for _, q6 := range []bool{false, true} {
		for _, cols := range []int{256, 1536} {
			for _, ntok := range []int{1, 4, 6, 13} {
				var x Q8KAct
				x.Quantize(r.floats(ntok*cols), cols, ntok)
				put(x.D)
				w := randomK(r, q6, 9*cols/QKK)
				out := make([]float32, 9*ntok)
				mulK(q6, out, 9, w, &x)
				put(out)
			}
		}
	}
	for _, cols := range []int{96, 576} {
		for _, ntok := range []int{1, 4, 6, 13} {
			var act Q8Act
			act.Quantize(r.floats(ntok*cols), cols, ntok)
			w := make([]byte, 9*cols/QK*BlockQ5_0)
			for i := range w {
				w[i] = byte(r.next())
			}
			out := make([]float32, 9*ntok)
			MatMulQ5_0(out, 9, clearHalfNaN(w, BlockQ5_0), &act)
			put(out)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestKQuantFingerprint prints this build's fingerprint (for the test below,
// which runs it in other builds).
func TestKQuantFingerprint(t *testing.T) {
	t.Logf("kquant-fingerprint=%s (%s)", kquantFingerprint(), Accelerated())
}

// TestKQuantSameFingerprintOnEveryCPU rebuilds the fingerprint test for
// x86-64 v1 and v3 (where the compiler may fuse multiply-adds), with the
// assembly capped at AVX2 or turned off, and for arm64 under qemu-user:
// every build must print the same fingerprint.
func TestKQuantSameFingerprintOnEveryCPU(t *testing.T) {
	crossarch.Check(t, "TestKQuantFingerprint", "kquant-fingerprint", kquantFingerprint)
}
