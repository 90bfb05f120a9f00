package kernels

import (
	"encoding/binary"
	"math"
	"testing"
)

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

// FuzzQuantizeK compares Q8KAct.Quantize at the top level (assembly) with
// the portable code, bit for bit, on arbitrary float bits: NaN, infinities,
// negative zero, subnormals and values that land on rounding ties.
func FuzzQuantizeK(f *testing.F) {
	ties := make([]byte, 4*QKK)
	for i := 0; i < QKK; i++ {
		// amax 127 makes id 1: every k+0.5 is a tie.
		v := float32(i%254-127) + 0.5
		if i == 0 {
			v = 127
		}
		binary.LittleEndian.PutUint32(ties[4*i:], math.Float32bits(v))
	}
	f.Add(ties)
	f.Add(make([]byte, 4*QKK))
	special := make([]byte, 8*QKK)
	for i := 0; i < 2*QKK; i++ {
		bits := []uint32{0x7fc00000, 0x7f800000, 0xff800000, 0x80000000, 0x00000001, 0x3f000000, 0xbf000000, 0x42ff0000}[i%8]
		binary.LittleEndian.PutUint32(special[4*i:], bits^uint32(i/8))
	}
	f.Add(special)
	f.Fuzz(func(t *testing.T, data []byte) {
		n := len(data) / 4 / QKK * QKK
		if n == 0 {
			return
		}
		x := make([]float32, n)
		for i := range x {
			x[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		top := level
		defer func() { level = top }()
		var fast, slow Q8KAct
		fast.Quantize(x, QKK, n/QKK)
		level = levelGo
		slow.Quantize(x, QKK, n/QKK)
		for i := range slow.D {
			if math.Float32bits(fast.D[i]) != math.Float32bits(slow.D[i]) {
				t.Fatalf("block %d: scale %v, portable %v", i, fast.D[i], slow.D[i])
			}
		}
		for i := range slow.Q {
			if fast.Q[i] != slow.Q[i] {
				t.Fatalf("value %d (%v, scale %v): %d, portable %d", i, x[i], slow.D[i/QKK], fast.Q[i], slow.Q[i])
			}
		}
		for i := range slow.S {
			if fast.S[i] != slow.S[i] {
				t.Fatalf("sum %d: %d, portable %d", i, fast.S[i], slow.S[i])
			}
		}
	})
}
