package kernels

import "testing"

// TestAssemblyMatchesPortableGo runs every kernel with and without the
// assembly and demands identical bits: the portable code is what arm64 and
// CPUs without AVX2 run.
func TestAssemblyMatchesPortableGo(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2 on this CPU (or SLM_NOASM set): only the portable kernels run")
	}
	run := func() []float32 {
		r := newTestRand(11)
		var out []float32
		for _, cols := range []int{8, 32, 64, 576, 1536} {
			w, x := r.floats(7*cols), r.floats(5*cols)
			mm := make([]float32, 7*5)
			MatMulF32(mm, 7, w, cols, x, 5)
			out = append(out, mm...)
			if cols%QK == 0 {
				nb := cols / QK
				d, q := r.activations(nb)
				wq8 := make([]byte, nb*BlockQ8_0)
				wq4 := make([]byte, nb*BlockQ4_0)
				for i := range wq8 {
					wq8[i] = byte(r.next())
				}
				for i := range wq4 {
					wq4[i] = byte(r.next())
				}
				out = append(out, DotQ8_0(clearHalfNaN(wq8, BlockQ8_0), d, q), DotQ4_0(clearHalfNaN(wq4, BlockQ4_0), d, q))
			}
		}
		return out
	}
	fast := run()
	useAVX2 = false
	slow := run()
	useAVX2 = true
	for i := range fast {
		if !sameBits(fast[i], slow[i]) {
			t.Fatalf("result %d: assembly %v, portable Go %v", i, fast[i], slow[i])
		}
	}
}
