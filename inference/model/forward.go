package model

import (
	"context"
	"math"

	"github.com/minidao/minidao/inference/kernels"
)

// forwardBatch computes tokens at positions s.pos... It writes their keys
// and values into the cache and, when last is set, the logits of the final
// token into s.logits.
func (s *State) forwardBatch(ctx context.Context, tokens []int32, last bool) error {
	c := &s.m.Config
	w := &s.m.Weights
	n, dim := len(tokens), c.Dim
	for t, tok := range tokens {
		w.TokenEmbd.row(s.x[t*dim:(t+1)*dim], int(tok))
	}
	for l := range w.Layers {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.attention(l, n)
		s.feedForward(l, n)
	}
	if !last {
		return nil
	}
	xl := s.xb[:dim]
	kernels.RMSNorm(xl, s.x[(n-1)*dim:n*dim], w.OutputNorm, c.NormEps)
	s.quantize(&w.Output, xl, 1, dim)
	s.rows(c.VocabSize, func(lo, hi, th int) {
		w.Output.mul(s.logits[lo:], c.VocabSize, xl, &s.act, 1, lo, hi, s.scratchFor(th))
	})
	return nil
}

// quantize prepares the quantized activations of x ([n][cols]) in s.act
// when m needs them, the tokens split between the threads.
func (s *State) quantize(m *Matrix, x []float32, n, cols int) {
	if !m.Quantized() {
		return
	}
	if m.tiles != nil {
		s.act.ResizeTiles(cols, n)
	} else {
		s.act.Resize(cols, n)
	}
	if n == 1 {
		s.act.QuantizeTokens(x, 0, 1)
		return
	}
	chunks := min(n, s.threads)
	s.parallel(chunks, func(c, _ int) {
		s.act.QuantizeTokens(x, n*c/chunks, n*(c+1)/chunks)
	})
}

// attention runs the attention sub-layer of layer l for n tokens, adding its
// output to the residual stream.
func (s *State) attention(l, n int) {
	c := &s.m.Config
	ly := &s.m.Weights.Layers[l]
	dim, qdim, kvdim := c.Dim, c.QDim(), c.KVDim()
	for t := 0; t < n; t++ {
		kernels.RMSNorm(s.xb[t*dim:(t+1)*dim], s.x[t*dim:(t+1)*dim], ly.AttnNorm, c.NormEps)
	}
	keys, values := s.projectQKV(l, n)
	for t := 0; t < n; t++ {
		q, k, v := s.q[t*qdim:(t+1)*qdim], keys[t*kvdim:(t+1)*kvdim], values[t*kvdim:(t+1)*kvdim]
		if ly.Bq != nil {
			kernels.AddBias(q, ly.Bq)
			kernels.AddBias(k, ly.Bk)
			kernels.AddBias(v, ly.Bv)
		}
		if c.RopeNeoX {
			s.rope.ApplyNeoX(q, s.pos+t)
			s.rope.ApplyNeoX(k, s.pos+t)
		} else {
			s.rope.ApplyNorm(q, s.pos+t)
			s.rope.ApplyNorm(k, s.pos+t)
		}
	}
	s.parallel(c.Heads, func(h, th int) {
		s.attendHead(l, n, h, s.scores[th*s.batch*s.ctx:(th+1)*s.batch*s.ctx])
	})
	s.quantize(&ly.Wo, s.att, n, qdim)
	s.rows(dim, func(lo, hi, th int) {
		ly.Wo.mul(s.xb2[lo:], dim, s.att, &s.act, n, lo, hi, s.scratchFor(th))
	})
	for i := range s.x[:n*dim] {
		s.x[i] += s.xb2[i]
	}
}

// projectQKV computes the queries of n tokens into s.q and their keys and
// values into the cache rows of layer l at positions s.pos..., which it
// returns.
func (s *State) projectQKV(l, n int) (keys, values []float32) {
	c := &s.m.Config
	ly := &s.m.Weights.Layers[l]
	dim, qdim, kvdim := c.Dim, c.QDim(), c.KVDim()
	base := l*s.ctx*kvdim + s.pos*kvdim
	keys, values = s.keys[base:base+n*kvdim], s.values[base:base+n*kvdim]
	// Wq, Wk and Wv share one type in every known file: one quantization and
	// one parallel region then serve the three.
	s.quantize(&ly.Wq, s.xb, n, dim)
	if sameAct(&ly.Wk, &ly.Wq) && sameAct(&ly.Wv, &ly.Wq) {
		// One region: each chunk takes its share of the rows of each.
		chunks := s.chunks(qdim)
		s.parallel(chunks, func(ch, th int) {
			lo, hi := split(qdim, ch, chunks)
			ly.Wq.mul(s.q[lo:], qdim, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
			lo, hi = split(kvdim, ch, chunks)
			ly.Wk.mul(keys[lo:], kvdim, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
			ly.Wv.mul(values[lo:], kvdim, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
		})
	} else {
		s.rows(qdim, func(lo, hi, th int) {
			ly.Wq.mul(s.q[lo:], qdim, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
		})
		s.quantize(&ly.Wk, s.xb, n, dim)
		s.rows(kvdim, func(lo, hi, th int) {
			ly.Wk.mul(keys[lo:], kvdim, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
		})
		s.quantize(&ly.Wv, s.xb, n, dim)
		s.rows(kvdim, func(lo, hi, th int) {
			ly.Wv.mul(values[lo:], kvdim, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
		})
	}
	return keys, values
}

// attendHead computes head h of the n tokens at positions s.pos...: the
// scaled query·key scores of every token with positions 0..s.pos+n-1 (one
// matrix product, the keys as rows), then for each token the softmax over
// the positions up to its own and the weighted sum of the values, in
// position order. scores is [n][s.ctx] working space.
func (s *State) attendHead(l, n, h int, scores []float32) {
	c := &s.m.Config
	hd, kvdim, qdim := c.HeadDim, c.KVDim(), c.QDim()
	kh := h / (c.Heads / c.KVHeads)
	cache := l*s.ctx*kvdim + kh*hd
	npos := s.pos + n
	kernels.MatMulF32Strided(scores, s.ctx, s.keys[cache:], kvdim, npos, hd, s.q[h*hd:], qdim, n)
	scale := float32(1 / math.Sqrt(float64(hd)))
	for t := 0; t < n; t++ {
		row := scores[t*s.ctx : t*s.ctx+s.pos+t+1]
		for j := range row {
			row[j] *= scale
		}
		kernels.Softmax(row)
		kernels.WeightedSum(s.att[t*qdim+h*hd:t*qdim+(h+1)*hd], row, s.values[cache:], kvdim)
	}
}

// feedForward runs the SwiGLU sub-layer of layer l for n tokens, adding its
// output to the residual stream.
func (s *State) feedForward(l, n int) {
	c := &s.m.Config
	ly := &s.m.Weights.Layers[l]
	dim, hid := c.Dim, c.HiddenDim
	for t := 0; t < n; t++ {
		kernels.RMSNorm(s.xb[t*dim:(t+1)*dim], s.x[t*dim:(t+1)*dim], ly.FFNNorm, c.NormEps)
	}
	s.quantize(&ly.Gate, s.xb, n, dim)
	if !sameAct(&ly.Up, &ly.Gate) {
		s.rows(hid, func(lo, hi, th int) {
			ly.Gate.mul(s.hb[lo:], hid, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
		})
		s.quantize(&ly.Up, s.xb, n, dim)
		s.rows(hid, func(lo, hi, th int) {
			ly.Up.mul(s.hb2[lo:], hid, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
			for t := 0; t < n; t++ {
				kernels.SwiGLU(s.hb[t*hid+lo:t*hid+hi], s.hb2[t*hid+lo:t*hid+hi])
			}
		})
	} else {
		s.rows(hid, func(lo, hi, th int) {
			ly.Gate.mul(s.hb[lo:], hid, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
			ly.Up.mul(s.hb2[lo:], hid, s.xb, &s.act, n, lo, hi, s.scratchFor(th))
			for t := 0; t < n; t++ {
				kernels.SwiGLU(s.hb[t*hid+lo:t*hid+hi], s.hb2[t*hid+lo:t*hid+hi])
			}
		})
	}
	s.quantize(&ly.Down, s.hb, n, hid)
	s.rows(dim, func(lo, hi, th int) {
		ly.Down.mul(s.xb2[lo:], dim, s.hb, &s.act, n, lo, hi, s.scratchFor(th))
	})
	for i := range s.x[:n*dim] {
		s.x[i] += s.xb2[i]
	}
}

// sameAct reports whether products with a and b take the same activations
// (quantized and packed the same way, or not at all).
func sameAct(a, b *Matrix) bool {
	return a.Type == b.Type && (a.tiles == nil) == (b.tiles == nil)
}

// scratchFor returns thread th's working row.
func (s *State) scratchFor(th int) []float32 {
	n := len(s.scratch) / s.threads
	return s.scratch[th*n : (th+1)*n]
}
