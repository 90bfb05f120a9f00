package kernels

import (
	"math"
	"testing"
)

// TestEveryLevelComputesTheSameBits runs the kernels at every level this CPU
// has (AVX-512, AVX2, portable Go) and demands identical bits: the portable
// code is what arm64 and older CPUs run.
func TestEveryLevelComputesTheSameBits(t *testing.T) {
	top := level
	defer func() { level = top }()
	run := func() []float32 {
		r := newTestRand(11)
		var out []float32
		for _, cols := range []int{16, 32, 64, 96, 576, 1536} {
			for _, ntok := range []int{1, 3, 4, 9} {
				w, x := r.floats(7*cols), r.floats(ntok*cols)
				mm := make([]float32, 7*ntok)
				MatMulF32(mm, 7, w, cols, x, ntok)
				out = append(out, mm...)
				h := make([]uint16, len(w))
				for i, v := range w {
					h[i] = F32ToF16(v)
				}
				MatMulF16(mm, 7, h, cols, x, ntok, make([]float32, cols))
				out = append(out, mm...)
				if cols%QK != 0 {
					continue
				}
				nb := cols / QK
				var act Q8Act
				act.Quantize(x, cols, ntok)
				for _, bs := range []int{BlockQ8_0, BlockQ4_0} {
					wq := make([]byte, 7*nb*bs)
					for i := range wq {
						wq[i] = byte(r.next())
					}
					wq = clearHalfNaN(wq, bs)
					if bs == BlockQ8_0 {
						MatMulQ8_0(mm, 7, wq, &act)
					} else {
						MatMulQ4_0(mm, 7, wq, &act)
					}
					out = append(out, mm...)
				}
			}
		}
		y := r.floats(77)
		Axpy(y, 0.37, r.floats(77))
		out = append(out, y...)
		for _, n := range []int{5, 16, 77, 300} {
			sm := r.floats(n)
			for i := range sm {
				sm[i] *= 9
			}
			Softmax(sm)
			out = append(out, sm...)
		}
		return out
	}
	want := run()
	for l := top - 1; l >= levelGo; l-- {
		level = l
		got := run()
		for i := range want {
			if !sameBits(got[i], want[i]) {
				t.Fatalf("result %d: level %d gives %v, level %d gives %v", i, l, got[i], top, want[i])
			}
		}
	}
	if top == levelGo {
		t.Skip("no AVX2 on this CPU (or SLM_NOASM set): only the portable kernels ran")
	}
}

// TestVectorSwiGLUMatchesScalar compares the AVX-512 SwiGLU (with its vector
// Exp) bit for bit with the scalar code over a dense sweep and edge values.
func TestVectorSwiGLUMatchesScalar(t *testing.T) {
	if level < levelAVX512 {
		t.Skip("no AVX-512 on this CPU: only the scalar SwiGLU runs")
	}
	var gate []float32
	for g := float32(-120); g < 120; g += 0.00731 {
		gate = append(gate, g)
	}
	edges := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)),
		expHi, -expHi, expLo, -expLo, 1e-40, -1e-40, 1e30, -1e30}
	for _, e := range edges {
		gate = append(gate, e, math.Nextafter32(e, 1e38), math.Nextafter32(e, -1e38))
	}
	for len(gate)%16 != 0 {
		gate = append(gate, 0.5)
	}
	r := newTestRand(3)
	up := r.floats(len(gate))
	want := make([]float32, len(gate))
	for i, g := range gate {
		want[i] = SiLU(g) * up[i]
	}
	got := append([]float32(nil), gate...)
	SwiGLU(got, up)
	for i := range want {
		if !sameBits(got[i], want[i]) {
			t.Fatalf("SwiGLU(%v, %v) = %v (%#08x), scalar %v (%#08x)", gate[i], up[i], got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
		}
	}
}

func TestVectorExpMatchesScalar(t *testing.T) {
	if level < levelAVX512 {
		t.Skip("no AVX-512 on this CPU: only the scalar Exp runs")
	}
	var x []float32
	for v := float32(-200); v < 200; v += 0.00917 {
		x = append(x, v)
	}
	for _, e := range []float32{0, float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), expHi, expLo, 1e-40} {
		x = append(x, e, math.Nextafter32(e, 1e38), math.Nextafter32(e, -1e38))
	}
	for len(x)%16 != 0 {
		x = append(x, 1)
	}
	for _, sub := range []float32{0, 0.37, -3.5} {
		got := append([]float32(nil), x...)
		expSubAVX512(&got[0], len(got), sub, &expConsts)
		for i, v := range x {
			if want := Exp(v - sub); !sameBits(got[i], want) {
				t.Fatalf("Exp(%v − %v) = %v, scalar %v", v, sub, got[i], want)
			}
		}
	}
}
