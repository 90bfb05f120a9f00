package kernels

import (
	"math"
	"testing"
)

// TestQuantizeLevelsAgreeOnEdgeCases compares the AVX-512 activation
// quantization and tiles packing with the portable code on values that
// test each branch of roundQ8: halves (ties round away from zero), values
// just under a half, ±0, NaN, infinities, blocks of zeros and blocks whose
// maximum is tiny or huge.
func TestQuantizeLevelsAgreeOnEdgeCases(t *testing.T) {
	if level < levelAVX512 {
		t.Skip("no AVX-512 kernels on this CPU")
	}
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	r := newTestRand(5)
	var x []float32
	for b := 0; b < 24; b++ {
		blk := r.floats(QK)
		switch b % 8 {
		case 1: // exact halves after scaling: amax 127 makes id 1
			for i := range blk {
				blk[i] = float32(i) - 15.5
			}
			blk[0] = 127
		case 2:
			clear(blk)
		case 3:
			blk[3], blk[7] = nan, -0.0
		case 4:
			blk[5] = inf
		case 5:
			blk[9] = -inf
		case 6:
			for i := range blk {
				blk[i] *= 1e-38
			}
		case 7:
			for i := range blk {
				blk[i] = float32(math.Nextafter32(float32(i%5)+0.5, 0)) * float32(1-2*(i%2))
			}
			blk[1] = 127
		}
		x = append(x, blk...)
	}
	nb := len(x) / QK
	top := level
	defer func() { level = top }()
	var ds [2][]float32
	var qs [2][]int8
	var tiles [2][]byte
	for i, lv := range []int{levelGo, levelAVX512} {
		level = lv
		ds[i], qs[i] = make([]float32, nb), make([]int8, len(x))
		QuantizeQ8(ds[i], qs[i], x)
		tiles[i] = make([]byte, nb/2*tilePair)
		packTiles(tiles[i], ds[i], qs[i])
	}
	for b := range ds[0] {
		if !sameBits(ds[0][b], ds[1][b]) {
			t.Fatalf("block %d: scale %v (Go), %v (AVX-512)", b, ds[0][b], ds[1][b])
		}
	}
	for i := range qs[0] {
		if qs[0][i] != qs[1][i] {
			t.Fatalf("x[%d] = %v: %d (Go), %d (AVX-512)", i, x[i], qs[0][i], qs[1][i])
		}
	}
	for i := range tiles[0] {
		if tiles[0][i] != tiles[1][i] {
			t.Fatalf("packed byte %d: %#x (Go), %#x (AVX-512)", i, tiles[0][i], tiles[1][i])
		}
	}
}

func FuzzQuantizeQ8Levels(f *testing.F) {
	f.Add(make([]byte, 8*QK))
	f.Fuzz(func(t *testing.T, data []byte) {
		if level < levelAVX512 {
			t.Skip("no AVX-512 kernels on this CPU")
		}
		x := make([]float32, len(data)/4/QK*QK)
		for i := range x {
			x[i] = math.Float32frombits(uint32(data[4*i]) | uint32(data[4*i+1])<<8 | uint32(data[4*i+2])<<16 | uint32(data[4*i+3])<<24)
		}
		if len(x) == 0 {
			return
		}
		top := level
		defer func() { level = top }()
		var d [2][]float32
		var q [2][]int8
		for i, lv := range []int{levelGo, levelAVX512} {
			level = lv
			d[i], q[i] = make([]float32, len(x)/QK), make([]int8, len(x))
			QuantizeQ8(d[i], q[i], x)
		}
		for i := range x {
			if q[0][i] != q[1][i] || !sameBits(d[0][i/QK], d[1][i/QK]) {
				t.Fatalf("x[%d] = %v: %d·%v (Go), %d·%v (AVX-512)", i, x[i], q[0][i], d[0][i/QK], q[1][i], d[1][i/QK])
			}
		}
	})
}
