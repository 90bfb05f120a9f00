package kernels

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/minidao/minidao/inference/gguf"
)

// kDotRef is the canonical K-quant dot product written plainly: each of the
// 256 values of a super-block decoded on its own (with the gguf package's
// ScaleMinK4 and ggml's bit layout) and added to lane (i mod 64)/4.
func kDotRef(q6 bool, w []byte, dx []float32, q []int8, s []int32) float32 {
	bs := BlockQ4_K
	if q6 {
		bs = BlockQ6_K
	}
	var acc [Lanes]float32
	for b := 0; b < len(w)/bs; b++ {
		blk := w[b*bs : (b+1)*bs]
		var isum [Lanes]int32
		for i := 0; i < QKK; i++ {
			var wi, sci int32
			if q6 {
				ql, qh := blk[:128], blk[128:192]
				h, r := i/128, i%128
				part, l := r/32, r%32
				lo := ql[64*h+32*(part%2)+l]
				if part >= 2 {
					lo >>= 4
				}
				hi := qh[32*h+l] >> (2 * part) & 3
				wi = int32(lo&15|hi<<4) - 32
				sci = int32(int8(blk[192+i/16]))
			} else {
				c := blk[16+32*(i/64)+i%32]
				if i%64 >= 32 {
					c >>= 4
				}
				wi = int32(c & 15)
				sc, _ := gguf.ScaleMinK4(i/32, blk[4:16])
				sci = int32(sc)
			}
			isum[(i%64)/4] += sci * wi * int32(q[b*QKK+i])
		}
		d := f16ToF32Slow(uint16(blk[bs-2]) | uint16(blk[bs-1])<<8)
		if !q6 {
			d = f16ToF32Slow(uint16(blk[0]) | uint16(blk[1])<<8)
		}
		dd := float32(d * dx[b])
		for l := range acc {
			acc[l] += float32(dd * float32(isum[l]))
			if !q6 {
				_, m := gguf.ScaleMinK4(l/2, blk[4:16])
				dm := float32(f16ToF32Slow(uint16(blk[2])|uint16(blk[3])<<8) * dx[b])
				acc[l] -= float32(dm * float32(int32(m)*s[b*16+l]))
			}
		}
	}
	return combineRef(acc)
}

// randomK returns rows of random K-quant super-blocks whose f16 scales are
// finite (NaN or infinite scales make every order give NaN).
func randomK(r *testRand, q6 bool, n int) []byte {
	bs := BlockQ4_K
	if q6 {
		bs = BlockQ6_K
	}
	w := make([]byte, n*bs)
	for i := range w {
		w[i] = byte(r.next())
	}
	return clearKHalfNaN(w, q6)
}

func clearKHalfNaN(w []byte, q6 bool) []byte {
	w = append([]byte(nil), w...)
	offs, bs := []int{0, 2}, BlockQ4_K
	if q6 {
		offs, bs = []int{BlockQ6_K - 2}, BlockQ6_K
	}
	for b := 0; b+bs <= len(w); b += bs {
		for _, o := range offs {
			if w[b+o+1]&0x7c == 0x7c {
				w[b+o], w[b+o+1] = 0x00, 0x3c
			}
		}
	}
	return w
}

func kName(q6 bool) string {
	if q6 {
		return "Q6_K"
	}
	return "Q4_K"
}

func mulK(q6 bool, out []float32, ldo int, w []byte, x *Q8KAct) {
	if q6 {
		MatMulQ6_K(out, ldo, w, x)
	} else {
		MatMulQ4_K(out, ldo, w, x)
	}
}

func dotK(q6 bool, w []byte, dx []float32, q []int8, s []int32) float32 {
	if q6 {
		return DotQ6_K(w, dx, q, s)
	}
	return DotQ4_K(w, dx, q, s)
}

func FuzzDotK(f *testing.F) {
	f.Add(make([]byte, BlockQ6_K), false, int64(1))
	f.Add([]byte("\x00\x3c\x00\xbc\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"), true, int64(2))
	f.Fuzz(func(t *testing.T, w []byte, q6 bool, seed int64) {
		bs := BlockQ4_K
		if q6 {
			bs = BlockQ6_K
		}
		nb := len(w) / bs
		if nb == 0 {
			return
		}
		w = clearKHalfNaN(w[:nb*bs], q6)
		var x Q8KAct
		x.Quantize(newTestRand(seed).floats(nb*QKK), nb*QKK, 1)
		if got, want := dotK(q6, w, x.D, x.Q, x.S), kDotRef(q6, w, x.D, x.Q, x.S); !sameBits(got, want) {
			t.Fatalf("Dot%s = %v, reference %v", kName(q6), got, want)
		}
	})
}

// FuzzMatMulK compares the matrix products (every tile and level in use)
// with the reference, bit for bit.
func FuzzMatMulK(f *testing.F) {
	f.Add(uint8(1), uint8(4), uint8(5), false, int64(1))
	f.Add(uint8(5), uint8(9), uint8(8), true, int64(2))
	f.Add(uint8(2), uint8(6), uint8(37), false, int64(3))
	f.Fuzz(func(t *testing.T, blocks, ntokIn, rowsIn uint8, q6 bool, seed int64) {
		nb := 1 + int(blocks)%6
		// Up to 40 rows: the AVX-512 kernels take them kTileRows at a time.
		cols, ntok, rows := nb*QKK, 1+int(ntokIn)%10, 1+int(rowsIn)%40
		r := newTestRand(seed)
		var x Q8KAct
		x.Quantize(r.floats(ntok*cols), cols, ntok)
		w := randomK(r, q6, rows*nb)
		ldo := rows + 2
		out := make([]float32, ntok*ldo)
		mulK(q6, out, ldo, w, &x)
		rb := len(w) / rows
		for row := 0; row < rows; row++ {
			for tok := 0; tok < ntok; tok++ {
				want := kDotRef(q6, w[row*rb:(row+1)*rb], x.D[tok*nb:(tok+1)*nb], x.Q[tok*cols:(tok+1)*cols], x.S[tok*cols/16:(tok+1)*cols/16])
				if got := out[tok*ldo+row]; !sameBits(got, want) {
					t.Fatalf("%s rows=%d cols=%d ntok=%d: out[%d][%d] = %v, reference %v", kName(q6), rows, cols, ntok, tok, row, got, want)
				}
			}
		}
	})
}

// TestKQuantDotMatchesFloat64 checks the fast products against float64 sums
// over weights dequantized by the gguf package (ggml's exact decoding), on
// weights quantized from random values as a model file holds them. Against
// the quantized activations the only error is float32 rounding (bound: 1e-5
// of Σ|w·x|); against the original activations it adds at most half an
// activation step per value: Σ|w|·dx/2 per super-block.
func TestKQuantDotMatchesFloat64(t *testing.T) {
	for _, q6 := range []bool{false, true} {
		typ := gguf.TypeQ4_K
		if q6 {
			typ = gguf.TypeQ6_K
		}
		for _, cols := range []int{256, 1536, 4096} {
			t.Run(fmt.Sprintf("%s/%d", typ, cols), func(t *testing.T) {
				r := newTestRand(int64(cols))
				const rows, ntok = 9, 5
				wf := r.floats(rows * cols)
				w, err := gguf.Quantize(typ, wf, nil)
				if err != nil {
					t.Fatal(err)
				}
				deq := make([]float32, rows*cols)
				if err := gguf.Dequantize(typ, w, deq); err != nil {
					t.Fatal(err)
				}
				xf := r.floats(ntok * cols)
				var x Q8KAct
				x.Quantize(xf, cols, ntok)
				out := make([]float32, rows*ntok)
				mulK(q6, out, rows, w, &x)
				var worst, worstQ float64
				for row := 0; row < rows; row++ {
					for tok := 0; tok < ntok; tok++ {
						var exact, exactQ, mag, step float64
						for i := 0; i < cols; i++ {
							wi := float64(deq[row*cols+i])
							dx := float64(x.D[tok*cols/QKK+i/QKK])
							exact += wi * float64(xf[tok*cols+i])
							exactQ += wi * dx * float64(x.Q[tok*cols+i])
							mag += math.Abs(wi * float64(xf[tok*cols+i]))
							step += math.Abs(wi) * dx / 2
						}
						got := float64(out[tok*rows+row])
						if e := math.Abs(got-exactQ) / mag; e > 1e-5 {
							t.Fatalf("row %d token %d: %v, float64 with the same activations %v (error %.3g of Σ|w·x|)", row, tok, got, exactQ, e)
						} else {
							worstQ = max(worstQ, e)
						}
						if e := math.Abs(got - exact); e > step+1e-5*mag {
							t.Fatalf("row %d token %d: %v, float64 %v: error %.3g above the activation step bound %.3g", row, tok, got, exact, e, step)
						} else {
							worst = max(worst, e/mag)
						}
					}
				}
				t.Logf("largest error: %.3g of Σ|w·x| (quantized activations), %.3g (original)", worstQ, worst)
			})
		}
	}
}

func TestQ8KActQuantize(t *testing.T) {
	r := newTestRand(5)
	x := r.floats(3 * 512)
	x[7] = 0
	for i := 512; i < 768; i++ {
		x[i] = 0 // an all-zero super-block: scale 0, values 0
	}
	var a Q8KAct
	a.Quantize(x, 512, 3)
	for i, v := range x {
		d := a.D[i/QKK]
		if back := float64(d) * float64(a.Q[i]); math.Abs(back-float64(v)) > float64(d)*0.5001 {
			t.Fatalf("x[%d] = %v quantized to %d·%v", i, v, a.Q[i], d)
		}
	}
	for g := range a.S {
		var s int32
		for _, q := range a.Q[16*g : 16*g+16] {
			s += int32(q)
		}
		if s != a.S[g] {
			t.Fatalf("sum %d = %d, want %d", g, a.S[g], s)
		}
	}
	if a.D[2] != 0 || a.Cols() != 512 || a.Tokens() != 3 {
		t.Fatalf("zero block scale %v, shape %d×%d", a.D[2], a.Tokens(), a.Cols())
	}
}

// TestKQuantExtremes feeds the largest weights, scales and activations of
// either sign, where a saturating or overflowing step would show.
func TestKQuantExtremes(t *testing.T) {
	for _, q6 := range []bool{false, true} {
		for _, wb := range []byte{0x00, 0xff, 0x80, 0x7f} {
			for _, xv := range []float32{1, -1} {
				t.Run(fmt.Sprintf("%s/w=%#02x/x=%v", kName(q6), wb, xv), func(t *testing.T) {
					const nb, ntok = 2, 5
					bs := BlockQ4_K
					if q6 {
						bs = BlockQ6_K
					}
					w := make([]byte, 3*nb*bs)
					for i := range w {
						w[i] = wb
					}
					w = clearKHalfNaN(w, q6)
					x := make([]float32, ntok*nb*QKK)
					for i := range x {
						x[i] = xv
						if i%3 == 0 {
							x[i] = -xv // so that q-32 < 0 meets x < 0 too
						}
					}
					var a Q8KAct
					a.Quantize(x, nb*QKK, ntok)
					out := make([]float32, 3*ntok)
					mulK(q6, out, 3, w, &a)
					for row := 0; row < 3; row++ {
						for tok := 0; tok < ntok; tok++ {
							want := kDotRef(q6, w[row*nb*bs:(row+1)*nb*bs], a.D[tok*nb:], a.Q[tok*nb*QKK:], a.S[tok*nb*QKK/16:])
							if got := out[tok*3+row]; !sameBits(got, want) {
								t.Fatalf("[%d][%d] = %v, reference %v", tok, row, got, want)
							}
						}
					}
				})
			}
		}
	}
}

// BenchmarkMatMulK compares the K-quant products (activation quantization
// included, as the model runs them) with the path they replace: each row
// expanded to float32 by the gguf package, then the canonical F32 dot
// product per token. Each iteration runs both, one after the other, so that
// the ratio (speedup) holds on a busy machine; kernel-µs and slow-µs are
// their times. Shapes: SmolLM2-135M's ffn_down (576×1536) and a 2048-wide
// layer, for decode (1 token) and prefill (64).
func BenchmarkMatMulK(b *testing.B) {
	for _, q6 := range []bool{false, true} {
		typ := gguf.TypeQ4_K
		if q6 {
			typ = gguf.TypeQ6_K
		}
		for _, sh := range []struct{ rows, cols int }{{576, 1536}, {2048, 2048}} {
			for _, ntok := range []int{1, 64} {
				b.Run(fmt.Sprintf("%s/%dx%d/tokens=%d", typ, sh.rows, sh.cols, ntok), func(b *testing.B) {
					r := newTestRand(1)
					w, err := gguf.Quantize(typ, r.floats(sh.rows*sh.cols), nil)
					if err != nil {
						b.Fatal(err)
					}
					xf := r.floats(ntok * sh.cols)
					out := make([]float32, sh.rows*ntok)
					row := make([]float32, sh.cols)
					rb := len(w) / sh.rows
					var x Q8KAct
					var fast, slow time.Duration
					for b.Loop() {
						start := time.Now()
						x.Quantize(xf, sh.cols, ntok)
						mulK(q6, out, sh.rows, w, &x)
						mid := time.Now()
						for i := 0; i < sh.rows; i++ {
							if err := gguf.Dequantize(typ, w[i*rb:(i+1)*rb], row); err != nil {
								b.Fatal(err)
							}
							for t := 0; t < ntok; t++ {
								out[t*sh.rows+i] = Dot(row, xf[t*sh.cols:(t+1)*sh.cols])
							}
						}
						fast, slow = fast+mid.Sub(start), slow+time.Since(mid)
					}
					n := float64(b.N)
					b.ReportMetric(fast.Seconds()*1e6/n, "kernel-µs")
					b.ReportMetric(slow.Seconds()*1e6/n, "slow-µs")
					b.ReportMetric(slow.Seconds()/fast.Seconds(), "speedup")
					b.ReportMetric(2*float64(sh.rows*sh.cols*ntok)*n/fast.Seconds()/1e9, "kernel-GOP/s")
				})
			}
		}
	}
}
