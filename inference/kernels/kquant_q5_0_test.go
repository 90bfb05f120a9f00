package kernels

import (
	"fmt"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

// unpackQ5_0Ref decodes Q5_0 blocks value by value: integer weights and
// block scales for quantDotRef.
func unpackQ5_0Ref(w []byte) (wq []int32, dw []float32) {
	for b := 0; b+BlockQ5_0 <= len(w); b += BlockQ5_0 {
		dw = append(dw, f16ToF32Slow(uint16(w[b])|uint16(w[b+1])<<8))
		for j := 0; j < QK; j++ {
			hi := int32(w[b+2+j/8]>>(j%8)) & 1
			lo := int32(w[b+6+j%16])
			if j >= 16 {
				lo >>= 4
			}
			wq = append(wq, (lo&15|hi<<4)-16)
		}
	}
	return wq, dw
}

func FuzzDotQ5_0(f *testing.F) {
	f.Add(make([]byte, 2*BlockQ5_0), int64(1))
	f.Add([]byte("\x00\x3c\xff\x00\xaa\x55\x0f\xf0\x88\x77"), int64(3))
	f.Add([]byte("\x00\x38\x01\x80\xff\x7e0123456789abcdef\x66\x3a\x00\xff\x10\x01fedcba9876543210"), int64(4))
	f.Fuzz(func(t *testing.T, w []byte, seed int64) {
		nb := len(w) / BlockQ5_0
		if nb == 0 {
			return
		}
		w = clearHalfNaN(w[:nb*BlockQ5_0], BlockQ5_0)
		d, q := newTestRand(seed).activations(nb)
		wq, dw := unpackQ5_0Ref(w)
		if got, want := DotQ5_0(w, d, q), quantDotRef(wq, dw, d, q); !sameBits(got, want) {
			t.Fatalf("DotQ5_0 = %v, reference %v", got, want)
		}
	})
}

// FuzzMatMulQ5_0 compares the tiles (4 rows by 4 or 1 tokens, and the rows
// and blocks they leave to DotQ5_0) with the reference, bit for bit.
func FuzzMatMulQ5_0(f *testing.F) {
	f.Add(uint8(2), uint8(4), uint8(5), int64(1))
	f.Add(uint8(18), uint8(9), uint8(8), int64(2))
	f.Add(uint8(17), uint8(0), uint8(37), int64(3))
	f.Fuzz(func(t *testing.T, blocks, ntokIn, rowsIn uint8, seed int64) {
		nb := 1 + int(blocks)%20
		cols, ntok, rows := nb*QK, 1+int(ntokIn)%10, 1+int(rowsIn)%40
		r := newTestRand(seed)
		var act Q8Act
		act.Quantize(r.floats(ntok*cols), cols, ntok)
		w := make([]byte, rows*nb*BlockQ5_0)
		for i := range w {
			w[i] = byte(r.next())
		}
		w = clearHalfNaN(w, BlockQ5_0)
		out := make([]float32, rows*ntok)
		MatMulQ5_0(out, rows, w, &act)
		for row := 0; row < rows; row++ {
			wq, dw := unpackQ5_0Ref(w[row*nb*BlockQ5_0 : (row+1)*nb*BlockQ5_0])
			for tok := 0; tok < ntok; tok++ {
				want := quantDotRef(wq, dw, act.D[tok*nb:(tok+1)*nb], act.Q[tok*cols:(tok+1)*cols])
				if got := out[tok*rows+row]; !sameBits(got, want) {
					t.Fatalf("rows=%d cols=%d ntok=%d: out[%d][%d] = %v, reference %v", rows, cols, ntok, tok, row, got, want)
				}
			}
		}
	})
}

// TestDequantizeQ5_0MatchesGGUF checks the expansion (used for embedding
// rows) against the gguf package's ggml-exact decoder.
func TestDequantizeQ5_0MatchesGGUF(t *testing.T) {
	r := newTestRand(9)
	src := r.floats(8 * QK)
	w, err := gguf.Quantize(gguf.TypeQ5_0, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float32, len(src))
	if err := gguf.Dequantize(gguf.TypeQ5_0, w, want); err != nil {
		t.Fatal(err)
	}
	got := make([]float32, len(src))
	DequantizeQ5_0(got, w)
	for i := range want {
		if !sameBits(got[i], want[i]) {
			t.Fatalf("value %d: %v, gguf %v", i, got[i], want[i])
		}
	}
}

// BenchmarkMatMulQ5_0 is BenchmarkMatMulQ8_0 for Q5_0 weights (SmolLM2-135M's
// FFN shape, the bulk of its Q4_K_M file).
func BenchmarkMatMulQ5_0(b *testing.B) {
	const rows, cols = 1536, 576
	for _, ntok := range []int{1, 64} {
		b.Run(fmt.Sprintf("%dx%d/tokens=%d", rows, cols, ntok), func(b *testing.B) {
			r := newTestRand(1)
			w, err := gguf.Quantize(gguf.TypeQ5_0, r.floats(rows*cols), nil)
			if err != nil {
				b.Fatal(err)
			}
			var act Q8Act
			act.Quantize(r.floats(ntok*cols), cols, ntok)
			out := make([]float32, rows*ntok)
			b.SetBytes(int64(len(w)))
			for b.Loop() {
				MatMulQ5_0(out, rows, w, &act)
			}
			b.ReportMetric(2*float64(rows*cols*ntok)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOP/s")
		})
	}
}
