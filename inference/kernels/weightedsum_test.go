package kernels

import "testing"

func FuzzWeightedSum(f *testing.F) {
	f.Add(uint8(64), uint8(7), uint8(3), int64(1))
	f.Add(uint8(16), uint8(1), uint8(0), int64(2))
	f.Add(uint8(96), uint8(40), uint8(9), int64(3))
	f.Add(uint8(5), uint8(4), uint8(1), int64(4))
	f.Fuzz(func(t *testing.T, colsIn, nIn, padIn uint8, seed int64) {
		cols, n := 1+int(colsIn)%160, int(nIn)%50
		ldv := cols + int(padIn)%20
		r := newTestRand(seed)
		a, v := r.floats(n), r.floats(n*ldv+cols)
		if n > 0 {
			a[0] = 0 // a zero weight times negative values: −0 products
		}
		got := r.floats(cols) // garbage that must be overwritten
		WeightedSum(got, a, v, ldv)
		for i := range got {
			var want float32
			for j := 0; j < n; j++ {
				want += float32(a[j] * v[j*ldv+i])
			}
			if !sameBits(got[i], want) {
				t.Fatalf("cols %d, %d rows: out[%d] = %v, reference %v", cols, n, i, got[i], want)
			}
		}
	})
}
