package kernels

import "testing"

// TestKQuantLevelsComputeTheSameBits runs the K-quant (and Q5_0) products at every
// level this CPU has and demands identical bits (the portable code is what
// arm64 and older CPUs run).
func TestKQuantLevelsComputeTheSameBits(t *testing.T) {
	top := level
	defer func() { level = top }()
	run := func() []float32 {
		r := newTestRand(17)
		var out []float32
		for _, q6 := range []bool{false, true} {
			for _, cols := range []int{256, 1536, 2048} {
				for _, ntok := range []int{1, 3, 4, 9} {
					var x Q8KAct
					x.Quantize(r.floats(ntok*cols), cols, ntok)
					const rows = 7
					w := randomK(r, q6, rows*cols/QKK)
					mm := make([]float32, rows*ntok)
					mulK(q6, mm, rows, w, &x)
					out = append(out, mm...)
				}
			}
		}
		for _, cols := range []int{32, 64, 576, 1536} {
			for _, ntok := range []int{1, 3, 4, 9} {
				var act Q8Act
				act.Quantize(r.floats(ntok*cols), cols, ntok)
				const rows = 7
				w := make([]byte, rows*cols/QK*BlockQ5_0)
				for i := range w {
					w[i] = byte(r.next())
				}
				mm := make([]float32, rows*ntok)
				MatMulQ5_0(mm, rows, clearHalfNaN(w, BlockQ5_0), &act)
				out = append(out, mm...)
			}
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
