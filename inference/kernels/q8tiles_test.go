package kernels

import (
	"testing"
	"unsafe"
)

// alignedBytes returns n bytes starting 64-byte aligned.
func alignedBytes(n int) []byte {
	b := make([]byte, n+64)
	off := (64 - int(uintptr(unsafe.Pointer(&b[0])))%64) % 64
	return b[off : off+n : off+n]
}

func tileQ8_0(w []byte, rows, cols int) Q8Tiles {
	t := NewQ8Tiles(alignedBytes(len(w)), rows, cols)
	// Two Fill calls, as the model makes one per chunk of rows.
	half := rows / 2 &^ (TileRows - 1)
	rb := cols / QK * BlockQ8_0
	t.Fill(w[:half*rb], 0, half)
	t.Fill(w[half*rb:], half, rows)
	return t
}

func FuzzMatMulQ8Tiles(f *testing.F) {
	f.Add(uint8(9), uint8(1), uint8(3), uint8(0), uint8(3), int64(1))
	f.Add(uint8(24), uint8(9), uint8(4), uint8(1), uint8(2), int64(2))
	f.Add(uint8(1), uint8(4), uint8(1), uint8(0), uint8(1), int64(3))
	f.Fuzz(func(t *testing.T, pairsIn, ntokIn, tilesIn, t0In, t1In uint8, seed int64) {
		np, ntok, tiles := 1+int(pairsIn)%24, 1+int(ntokIn)%10, 1+int(tilesIn)%5
		cols, rows := np*2*QK, tiles*TileRows
		if !CanTileQ8_0(rows, cols) {
			t.Skip("no AVX-512 kernels on this CPU")
		}
		g0 := int(t0In) % tiles
		g1 := g0 + 1 + int(t1In)%(tiles-g0)
		r0, r1 := g0*TileRows, g1*TileRows
		r := newTestRand(seed)
		nb := cols / QK
		w := make([]byte, rows*nb*BlockQ8_0)
		for i := range w {
			w[i] = byte(r.next())
		}
		w = clearHalfNaN(w, BlockQ8_0)
		tw := tileQ8_0(w, rows, cols)
		var act Q8Act
		act.ResizeTiles(cols, ntok)
		act.QuantizeTokens(r.floats(ntok*cols), 0, ntok)
		ldo := r1 - r0 + 3
		out := make([]float32, ntok*ldo)
		tw.MatMul(out, ldo, &act, r0, r1)
		row := make([]float32, cols)
		plain := make([]float32, cols)
		for rr := r0; rr < r1; rr++ {
			raw := w[rr*nb*BlockQ8_0 : (rr+1)*nb*BlockQ8_0]
			wq, dw := unpackQ8_0Ref(raw)
			for tok := 0; tok < ntok; tok++ {
				want := quantDotRef(wq, dw, act.D[tok*nb:(tok+1)*nb], act.Q[tok*cols:(tok+1)*cols])
				if got := out[tok*ldo+rr-r0]; !sameBits(got, want) {
					t.Fatalf("rows %d..%d of %d, cols %d, %d tokens: out[%d][%d] = %v, reference %v", r0, r1, rows, cols, ntok, tok, rr, got, want)
				}
			}
			tw.Row(row, rr)
			DequantizeQ8_0(plain, raw)
			for i := range row {
				if !sameBits(row[i], plain[i]) {
					t.Fatalf("Row(%d)[%d] = %v, DequantizeQ8_0 %v", rr, i, row[i], plain[i])
				}
			}
		}
	})
}
