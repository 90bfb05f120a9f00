package kernels

import (
	"fmt"
	"testing"
)

// Shapes of SmolLM2-135M: the FFN matrices (1536×576) and the tied output
// layer (32000×576, larger than the caches, so memory-bound).
var benchShapes = []struct{ rows, cols int }{{1536, 576}, {32000, 576}}

func BenchmarkMatMulF32(b *testing.B) {
	for _, sh := range benchShapes {
		for _, ntok := range []int{1, 64} {
			b.Run(fmt.Sprintf("%dx%d/tokens=%d", sh.rows, sh.cols, ntok), func(b *testing.B) {
				r := newTestRand(1)
				w, x := r.floats(sh.rows*sh.cols), r.floats(ntok*sh.cols)
				out := make([]float32, sh.rows*ntok)
				b.SetBytes(int64(4 * len(w)))
				for b.Loop() {
					MatMulF32(out, sh.rows, w, sh.cols, x, ntok)
				}
				b.ReportMetric(2*float64(len(w)*ntok)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

func benchQuant(b *testing.B, q4, tiles bool) {
	for _, sh := range benchShapes {
		for _, ntok := range []int{1, 64} {
			b.Run(fmt.Sprintf("%dx%d/tokens=%d", sh.rows, sh.cols, ntok), func(b *testing.B) {
				r := newTestRand(1)
				bs := BlockQ8_0
				if q4 {
					bs = BlockQ4_0
				}
				w := make([]byte, sh.rows*sh.cols/QK*bs)
				for i := range w {
					w[i] = byte(r.next())
				}
				w = clearHalfNaN(w, bs)
				var act Q8Act
				act.Quantize(r.floats(ntok*sh.cols), sh.cols, ntok)
				out := make([]float32, sh.rows*ntok)
				b.SetBytes(int64(len(w)))
				if tiles {
					if !CanTileQ8_0(sh.rows, sh.cols) {
						b.Skip("no tile kernels on this CPU")
					}
					tw := tileQ8_0(w, sh.rows, sh.cols)
					act.ResizeTiles(sh.cols, ntok)
					act.QuantizeTokens(r.floats(ntok*sh.cols), 0, ntok)
					for b.Loop() {
						tw.MatMul(out, sh.rows, &act, 0, sh.rows)
					}
				}
				for !tiles && b.Loop() {
					if q4 {
						MatMulQ4_0(out, sh.rows, w, &act)
					} else {
						MatMulQ8_0(out, sh.rows, w, &act)
					}
				}
				b.ReportMetric(2*float64(sh.rows*sh.cols*ntok)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOP/s")
			})
		}
	}
}

func BenchmarkMatMulQ8_0(b *testing.B)      { benchQuant(b, false, false) }
func BenchmarkMatMulQ8_0Tiles(b *testing.B) { benchQuant(b, false, true) }
func BenchmarkMatMulQ4_0(b *testing.B)      { benchQuant(b, true, false) }
