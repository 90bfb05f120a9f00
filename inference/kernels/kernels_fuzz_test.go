package kernels

import (
	"encoding/binary"
	"math"
	"testing"
)

// floats decodes fuzz bytes into float32 values; every value is finite and of
// moderate size (so that sums do not overflow), or exactly zero.
func floats(data []byte) []float32 {
	out := make([]float32, len(data)/4)
	for i := range out {
		v := math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		if v != v || math.IsInf(float64(v), 0) || math.Abs(float64(v)) > 1e15 || math.Abs(float64(v)) < 1e-15 {
			v = float32(int32(binary.LittleEndian.Uint32(data[4*i:]))%1000) / 37
		}
		out[i] = v
	}
	return out
}

func sameBits(a, b float32) bool {
	return math.Float32bits(a) == math.Float32bits(b) || (a != a && b != b)
}

func FuzzDot(f *testing.F) {
	f.Add(make([]byte, 4*64))
	f.Add([]byte("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefXYZW"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v := floats(data)
		a, b := v[:len(v)/2], v[len(v)/2:]
		b = b[:len(a)]
		if got, want := Dot(a, b), dotRef(a, b); !sameBits(got, want) {
			t.Fatalf("Dot = %v, reference %v (n=%d)", got, want, len(a))
		}
	})
}

func FuzzMatMulF32(f *testing.F) {
	f.Add(uint8(3), uint8(2), uint8(7), int64(1))
	f.Add(uint8(9), uint8(4), uint8(1), int64(2))
	f.Fuzz(func(t *testing.T, colsBlocks, ntokIn, rowsIn uint8, seed int64) {
		cols := 8 * (1 + int(colsBlocks)%12)
		if colsBlocks%5 == 4 {
			cols += 3 // a tail that is not a multiple of the lanes
		}
		ntok, rows := 1+int(ntokIn)%8, 1+int(rowsIn)%11
		rng := newTestRand(seed)
		w, x := rng.floats(rows*cols), rng.floats(ntok*cols)
		out := make([]float32, rows*ntok)
		MatMulF32(out, rows, w, cols, x, ntok)
		want := matMulRef(w, cols, x, ntok)
		for i := range want {
			if !sameBits(out[i], want[i]) {
				t.Fatalf("rows=%d cols=%d ntok=%d: out[%d] = %v, reference %v", rows, cols, ntok, i, out[i], want[i])
			}
		}
	})
}

func FuzzDotQ8_0(f *testing.F) {
	f.Add(make([]byte, 3*BlockQ8_0), int64(1))
	f.Add([]byte("\x00\x3c\x80\x7f\x81\x01"), int64(2))
	f.Fuzz(func(t *testing.T, w []byte, seed int64) {
		nb := len(w) / BlockQ8_0
		if nb == 0 {
			return
		}
		w = clearHalfNaN(w[:nb*BlockQ8_0], BlockQ8_0)
		d, q := newTestRand(seed).activations(nb)
		wq, dw := unpackQ8_0Ref(w)
		if got, want := DotQ8_0(w, d, q), quantDotRef(wq, dw, d, q); !sameBits(got, want) {
			t.Fatalf("DotQ8_0 = %v, reference %v", got, want)
		}
	})
}

func FuzzDotQ4_0(f *testing.F) {
	f.Add(make([]byte, 2*BlockQ4_0), int64(1))
	f.Add([]byte("\x00\x3c\xff\x00\x0f\xf0\x88\x77"), int64(3))
	f.Fuzz(func(t *testing.T, w []byte, seed int64) {
		nb := len(w) / BlockQ4_0
		if nb == 0 {
			return
		}
		w = clearHalfNaN(w[:nb*BlockQ4_0], BlockQ4_0)
		d, q := newTestRand(seed).activations(nb)
		wq, dw := unpackQ4_0Ref(w)
		if got, want := DotQ4_0(w, d, q), quantDotRef(wq, dw, d, q); !sameBits(got, want) {
			t.Fatalf("DotQ4_0 = %v, reference %v", got, want)
		}
	})
}

func FuzzQuantizeQ8(f *testing.F) {
	f.Add(make([]byte, 4*QK))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := floats(data)
		x = x[:len(x)/QK*QK]
		if len(x) == 0 {
			return
		}
		d, q := make([]float32, len(x)/QK), make([]int8, len(x))
		QuantizeQ8(d, q, x)
		for i, v := range x {
			back := float64(d[i/QK]) * float64(q[i])
			if err := math.Abs(back - float64(v)); err > float64(d[i/QK])*0.5001+1e-30 {
				t.Fatalf("x[%d] = %v quantized to %d·%v (error %g)", i, v, q[i], d[i/QK], err)
			}
		}
	})
}

func FuzzRoPE(f *testing.F) {
	f.Add(uint16(7), uint8(2), false, int64(1))
	f.Add(uint16(300), uint8(1), true, int64(5))
	f.Fuzz(func(t *testing.T, pos uint16, heads uint8, neox bool, seed int64) {
		const headDim = 16
		r := NewRoPE(headDim, 512, 10000, 1)
		p := int(pos) % 512
		v := newTestRand(seed).floats(headDim * (1 + int(heads)%4))
		want := append([]float32(nil), v...)
		half := headDim / 2
		ropeRef(want, headDim, r.Cos[p*half:(p+1)*half], r.Sin[p*half:(p+1)*half], neox)
		if neox {
			r.ApplyNeoX(v, p)
		} else {
			r.ApplyNorm(v, p)
		}
		for i := range v {
			if !sameBits(v[i], want[i]) {
				t.Fatalf("v[%d] = %v, reference %v", i, v[i], want[i])
			}
		}
	})
}

func FuzzSoftmax(f *testing.F) {
	f.Add(make([]byte, 4*10))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := floats(data)
		if len(x) == 0 {
			return
		}
		want := softmax64(x)
		Softmax(x)
		for i := range x {
			if math.Abs(float64(x[i])-want[i]) > 1e-6*(1+want[i])*float64(len(x)) {
				t.Fatalf("softmax[%d] = %v, float64 reference %v", i, x[i], want[i])
			}
		}
	})
}

func softmax64(x []float32) []float64 {
	max := math.Inf(-1)
	for _, v := range x {
		max = math.Max(max, float64(v))
	}
	out := make([]float64, len(x))
	var sum float64
	for i, v := range x {
		out[i] = math.Exp(float64(v) - max)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// clearHalfNaN replaces block scales that are f16 NaN or infinity by 1.0:
// products with them are NaN whatever the order, which proves nothing.
func clearHalfNaN(w []byte, block int) []byte {
	w = append([]byte(nil), w...)
	for b := 0; b+block <= len(w); b += block {
		if w[b+1]&0x7c == 0x7c {
			w[b], w[b+1] = 0x00, 0x3c
		}
	}
	return w
}

// testRand is a small deterministic generator for test inputs (splitmix64).
type testRand struct{ s uint64 }

func newTestRand(seed int64) *testRand { return &testRand{uint64(seed)} }

func (r *testRand) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *testRand) floats(n int) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = float32(int64(r.next()>>40)-1<<23) / (1 << 22)
	}
	return out
}

func (r *testRand) activations(nb int) ([]float32, []int8) {
	d, q := make([]float32, nb), make([]int8, nb*QK)
	QuantizeQ8(d, q, r.floats(nb*QK))
	return d, q
}

func FuzzMatMulQuantized(f *testing.F) {
	f.Add(uint8(2), uint8(4), uint8(5), false, int64(1))
	f.Add(uint8(18), uint8(9), uint8(8), true, int64(2))
	f.Fuzz(func(t *testing.T, blocks, ntokIn, rowsIn uint8, q4 bool, seed int64) {
		nb := 1 + int(blocks)%20
		cols, ntok, rows := nb*QK, 1+int(ntokIn)%10, 1+int(rowsIn)%10
		r := newTestRand(seed)
		var act Q8Act
		act.Quantize(r.floats(ntok*cols), cols, ntok)
		bs := BlockQ8_0
		if q4 {
			bs = BlockQ4_0
		}
		w := make([]byte, rows*nb*bs)
		for i := range w {
			w[i] = byte(r.next())
		}
		w = clearHalfNaN(w, bs)
		out := make([]float32, rows*ntok)
		if q4 {
			MatMulQ4_0(out, rows, w, &act)
		} else {
			MatMulQ8_0(out, rows, w, &act)
		}
		for row := 0; row < rows; row++ {
			var wq []int32
			var dw []float32
			if q4 {
				wq, dw = unpackQ4_0Ref(w[row*nb*bs : (row+1)*nb*bs])
			} else {
				wq, dw = unpackQ8_0Ref(w[row*nb*bs : (row+1)*nb*bs])
			}
			for tok := 0; tok < ntok; tok++ {
				want := quantDotRef(wq, dw, act.D[tok*nb:(tok+1)*nb], act.Q[tok*cols:(tok+1)*cols])
				if got := out[tok*rows+row]; !sameBits(got, want) {
					t.Fatalf("q4=%v rows=%d cols=%d ntok=%d: out[%d][%d] = %v, reference %v", q4, rows, cols, ntok, tok, row, got, want)
				}
			}
		}
	})
}

func FuzzMatMulF32Strided(f *testing.F) {
	f.Add(uint8(4), uint8(9), uint8(5), uint8(3), uint8(2), int64(1))
	f.Fuzz(func(t *testing.T, colsBlocks, rowsIn, ntokIn, padW, padX uint8, seed int64) {
		cols := 16 * (1 + int(colsBlocks)%6)
		rows, ntok := 1+int(rowsIn)%13, 1+int(ntokIn)%9
		ldw, ldx := cols+int(padW)%40, cols+int(padX)%40
		r := newTestRand(seed)
		w, x := r.floats((rows-1)*ldw+cols), r.floats((ntok-1)*ldx+cols)
		ldo := rows + 3
		out := make([]float32, ntok*ldo)
		MatMulF32Strided(out, ldo, w, ldw, rows, cols, x, ldx, ntok)
		for tk := 0; tk < ntok; tk++ {
			for row := 0; row < rows; row++ {
				want := dotRef(w[row*ldw:row*ldw+cols], x[tk*ldx:tk*ldx+cols])
				if got := out[tk*ldo+row]; !sameBits(got, want) {
					t.Fatalf("rows=%d cols=%d ntok=%d ldw=%d ldx=%d: [%d][%d] = %v, reference %v", rows, cols, ntok, ldw, ldx, tk, row, got, want)
				}
			}
		}
	})
}

func FuzzMatMulF16(f *testing.F) {
	f.Add(uint8(4), uint8(9), uint8(5), int64(1))
	f.Fuzz(func(t *testing.T, colsIn, rowsIn, ntokIn uint8, seed int64) {
		cols := 8 * (1 + int(colsIn)%20)
		rows, ntok := 1+int(rowsIn)%11, 1+int(ntokIn)%9
		r := newTestRand(seed)
		w, x := r.floats(rows*cols), r.floats(ntok*cols)
		h := make([]uint16, len(w))
		for i, v := range w {
			h[i] = F32ToF16(v)
			w[i] = f16ToF32Slow(h[i])
		}
		out := make([]float32, rows*ntok)
		MatMulF16(out, rows, h, cols, x, ntok, make([]float32, cols))
		want := matMulRef(w, cols, x, ntok)
		for i := range want {
			if !sameBits(out[i], want[i]) {
				t.Fatalf("rows=%d cols=%d ntok=%d: out[%d] = %v, reference %v", rows, cols, ntok, i, out[i], want[i])
			}
		}
	})
}
