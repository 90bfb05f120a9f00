package kernels

import "testing"

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
		return append(out, y...)
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
