package model

import (
	"cmp"
	"math"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

// refModel is the slow float64 reference forward pass: weights dequantized
// to float64, every step written the plain way with the math package. It
// shares no code with the fast path but the GGUF reader.
type refModel struct {
	c Config
	// quantAct rounds the input of every matrix product to 8-bit blocks, as
	// ggml (and the fast path) do for quantized weights: blocks of 32 for
	// Q8_0 and Q4_0, of quantBlock (256) for the K-quants.
	quantAct   bool
	quantBlock int
	tok        [][]float64 // [vocab][dim]
	out        [][]float64 // [vocab][dim]
	norm       []float64
	layers     []refLayer
}

type refLayer struct {
	attnNorm, ffnNorm          []float64
	wq, wk, wv, wo, w1, w2, w3 [][]float64
	bq, bk, bv                 []float64
}

func loadRef(t *testing.T, f *gguf.File, c Config) *refModel {
	t.Helper()
	mat := func(name string) [][]float64 {
		v, info, err := f.TensorFloat32s(name)
		if err != nil {
			t.Fatal(err)
		}
		cols := int(info.Shape[0])
		rows := len(v) / cols
		out := make([][]float64, rows)
		for r := range out {
			out[r] = make([]float64, cols)
			for i := range out[r] {
				out[r][i] = float64(v[r*cols+i])
			}
		}
		return out
	}
	vec := func(name string) []float64 {
		if !f.HasTensor(name) {
			return nil
		}
		return mat(name)[0]
	}
	m := &refModel{c: c, tok: mat("token_embd.weight"), norm: vec("output_norm.weight")}
	m.out = m.tok
	if !c.TiedOutput {
		m.out = mat("output.weight")
	}
	for l := 0; l < c.Layers; l++ {
		p := "blk." + itoa(l) + "."
		m.layers = append(m.layers, refLayer{
			attnNorm: vec(p + "attn_norm.weight"), ffnNorm: vec(p + "ffn_norm.weight"),
			wq: mat(p + "attn_q.weight"), wk: mat(p + "attn_k.weight"), wv: mat(p + "attn_v.weight"),
			wo: mat(p + "attn_output.weight"), w1: mat(p + "ffn_gate.weight"),
			w2: mat(p + "ffn_down.weight"), w3: mat(p + "ffn_up.weight"),
			bq: vec(p + "attn_q.bias"), bk: vec(p + "attn_k.bias"), bv: vec(p + "attn_v.bias"),
		})
	}
	return m
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func (m *refModel) matvec(w [][]float64, x []float64) []float64 {
	if m.quantAct {
		x = quantize8(x, cmp.Or(m.quantBlock, 32))
	}
	out := make([]float64, len(w))
	for r, row := range w {
		var s float64
		for i, v := range row {
			s += v * x[i]
		}
		out[r] = s
	}
	return out
}

func rmsnorm(x, w []float64, eps float64) []float64 {
	var ss float64
	for _, v := range x {
		ss += v * v
	}
	scale := 1 / math.Sqrt(ss/float64(len(x))+eps)
	out := make([]float64, len(x))
	for i := range x {
		out[i] = x[i] * scale * w[i]
	}
	return out
}

func (m *refModel) rope(v []float64, pos int) {
	hd := m.c.HeadDim
	for h := 0; h < len(v)/hd; h++ {
		for i := 0; i < hd/2; i++ {
			theta := float64(pos) / m.c.RopeScale * math.Pow(m.c.RopeBase, -float64(2*i)/float64(hd))
			a, b := h*hd+2*i, h*hd+2*i+1
			if m.c.RopeNeoX {
				a, b = h*hd+i, h*hd+i+hd/2
			}
			x0, x1 := v[a], v[b]
			v[a] = x0*math.Cos(theta) - x1*math.Sin(theta)
			v[b] = x0*math.Sin(theta) + x1*math.Cos(theta)
		}
	}
}

// logits runs the whole sequence and returns the logits of every position.
func (m *refModel) logits(tokens []int32) [][]float64 {
	c := m.c
	hd := c.HeadDim
	keys := make([][][]float64, c.Layers)
	values := make([][][]float64, c.Layers)
	var all [][]float64
	for pos, tok := range tokens {
		x := append([]float64(nil), m.tok[tok]...)
		for l, ly := range m.layers {
			xb := rmsnorm(x, ly.attnNorm, float64(c.NormEps))
			q, k, v := m.matvec(ly.wq, xb), m.matvec(ly.wk, xb), m.matvec(ly.wv, xb)
			for i := range ly.bq {
				q[i] += ly.bq[i]
			}
			for i := range ly.bk {
				k[i] += ly.bk[i]
				v[i] += ly.bv[i]
			}
			m.rope(q, pos)
			m.rope(k, pos)
			keys[l] = append(keys[l], k)
			values[l] = append(values[l], v)
			att := make([]float64, c.QDim())
			for h := 0; h < c.Heads; h++ {
				kh := h / (c.Heads / c.KVHeads)
				scores := make([]float64, pos+1)
				max := math.Inf(-1)
				for j := range scores {
					var s float64
					for i := 0; i < hd; i++ {
						s += q[h*hd+i] * keys[l][j][kh*hd+i]
					}
					scores[j] = s / math.Sqrt(float64(hd))
					max = math.Max(max, scores[j])
				}
				var sum float64
				for j := range scores {
					scores[j] = math.Exp(scores[j] - max)
					sum += scores[j]
				}
				for j := range scores {
					for i := 0; i < hd; i++ {
						att[h*hd+i] += scores[j] / sum * values[l][j][kh*hd+i]
					}
				}
			}
			o := m.matvec(ly.wo, att)
			for i := range x {
				x[i] += o[i]
			}
			xb = rmsnorm(x, ly.ffnNorm, float64(c.NormEps))
			g, u := m.matvec(ly.w1, xb), m.matvec(ly.w3, xb)
			for i := range g {
				g[i] = g[i] / (1 + math.Exp(-g[i])) * u[i]
			}
			d := m.matvec(ly.w2, g)
			for i := range x {
				x[i] += d[i]
			}
		}
		all = append(all, m.matvec(m.out, rmsnorm(x, m.norm, float64(c.NormEps))))
	}
	return all
}

// quantize8 rounds x to blocks of n values q·d with d = max|x|/127 and q an
// integer (half away from zero).
func quantize8(x []float64, n int) []float64 {
	out := make([]float64, len(x))
	for b := 0; b < len(x); b += n {
		var amax float64
		for _, v := range x[b : b+n] {
			amax = math.Max(amax, math.Abs(v))
		}
		d := amax / 127
		for i, v := range x[b : b+n] {
			if d != 0 {
				out[b+i] = math.Round(v/d) * d
			}
		}
	}
	return out
}
