package kernels

import "math"

// RoPE holds the rotary position embedding angles of one model: for position
// p and pair i (0 ≤ i < HeadDim/2), the angle p·base^(−2i/HeadDim).
type RoPE struct {
	HeadDim int
	Cos     []float32 // [positions][HeadDim/2]
	Sin     []float32 // [positions][HeadDim/2]
}

// NewRoPE computes the cos/sin table for positions [0, positions). scale
// divides every position (linear RoPE scaling; 1 for none). The angles are
// computed in float64 by this package's own exp, log, sin and cos.
func NewRoPE(headDim, positions int, base, scale float64) *RoPE {
	half := headDim / 2
	r := &RoPE{HeadDim: headDim, Cos: make([]float32, positions*half), Sin: make([]float32, positions*half)}
	lb := log64(base)
	freq := make([]float64, half)
	for i := range freq {
		freq[i] = exp64(-float64(float64(2*i)/float64(headDim)) * lb)
	}
	for p := 0; p < positions; p++ {
		pos := float64(p) / scale
		for i, f := range freq {
			s, c := sincos64(float64(pos * f))
			r.Cos[p*half+i] = float32(c)
			r.Sin[p*half+i] = float32(s)
		}
	}
	return r
}

// Positions returns the number of positions the table covers.
func (r *RoPE) Positions() int { return len(r.Cos) / (r.HeadDim / 2) }

// ApplyNorm rotates the heads of v (consecutive vectors of HeadDim values) at
// position pos, pairing adjacent values (2i, 2i+1): llama.cpp's "normal" RoPE
// used for llama models.
func (r *RoPE) ApplyNorm(v []float32, pos int) {
	half := r.HeadDim / 2
	cs, sn := r.Cos[pos*half:(pos+1)*half], r.Sin[pos*half:(pos+1)*half]
	for h := 0; h+r.HeadDim <= len(v); h += r.HeadDim {
		x := v[h : h+r.HeadDim]
		for i := 0; i < half; i++ {
			x0, x1 := x[2*i], x[2*i+1]
			c, s := cs[i], sn[i]
			x[2*i] = float32(x0*c) - float32(x1*s)
			x[2*i+1] = float32(x0*s) + float32(x1*c)
		}
	}
}

// ApplyNeoX is ApplyNorm pairing values i and i+HeadDim/2 (GPT-NeoX style,
// used by qwen2).
func (r *RoPE) ApplyNeoX(v []float32, pos int) {
	half := r.HeadDim / 2
	cs, sn := r.Cos[pos*half:(pos+1)*half], r.Sin[pos*half:(pos+1)*half]
	for h := 0; h+r.HeadDim <= len(v); h += r.HeadDim {
		x := v[h : h+r.HeadDim]
		for i := 0; i < half; i++ {
			x0, x1 := x[i], x[i+half]
			c, s := cs[i], sn[i]
			x[i] = float32(x0*c) - float32(x1*s)
			x[i+half] = float32(x0*s) + float32(x1*c)
		}
	}
}

// exp64, log64 and sincos64 are plain series evaluations with every product
// rounded explicitly: slow, accurate to a few ulp, and the same on every CPU
// (the math package's may use assembly or fused multiply-adds). They only
// build tables.

func exp64(x float64) float64 {
	if x != x || x > 709 {
		return math.Inf(1)
	}
	if x < -745 {
		return 0
	}
	const ln2hi, ln2lo = 6.93147180369123816490e-01, 1.90821492927058770002e-10
	k := math.Floor(float64(x*math.Log2E) + 0.5)
	r := x - float64(k*ln2hi)
	r = r - float64(k*ln2lo)
	// Taylor series to r^20/20! (|r| ≤ 0.35: the remainder is below 2^−60).
	sum, term := 1.0, 1.0
	for n := 1; n <= 20; n++ {
		term = float64(term*r) / float64(n)
		sum += term
	}
	return math.Ldexp(sum, int(k))
}

func log64(x float64) float64 {
	if x <= 0 || x != x {
		return math.NaN()
	}
	m, e := math.Frexp(x) // x = m·2^e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log m = 2·atanh(t), t = (m−1)/(m+1), |t| ≤ 0.172.
	t := (m - 1) / (m + 1)
	t2 := float64(t * t)
	sum, pow := 0.0, t
	for n := 1; n <= 41; n += 2 {
		sum += pow / float64(n)
		pow = float64(pow * t2)
	}
	const ln2hi, ln2lo = 6.93147180369123816490e-01, 1.90821492927058770002e-10
	fe := float64(e)
	return float64(fe*ln2hi) + (float64(2*sum) + float64(fe*ln2lo))
}

func sincos64(x float64) (sin, cos float64) {
	// Reduce by π/2 in three parts (Cody–Waite); exact for |x| < 2^20.
	const (
		p1 = 1.5707963267341256e+00
		p2 = 6.077100506506192e-11
		p3 = 2.0222662487959506e-21
	)
	k := math.Floor(float64(x*(2/math.Pi)) + 0.5)
	r := x - float64(k*p1)
	r = r - float64(k*p2)
	r = r - float64(k*p3)
	r2 := float64(r * r)
	// Taylor series for |r| ≤ π/4, to the 25th power.
	s, c := 0.0, 0.0
	ts, tc := r, 1.0
	for n := 1; n <= 25; n += 2 {
		s += ts
		c += tc
		ts = -float64(ts*r2) / float64((n+1)*(n+2))
		tc = -float64(tc*r2) / float64(n*(n+1))
	}
	switch int64(k) & 3 {
	case 0:
		return s, c
	case 1:
		return c, -s
	case 2:
		return -s, -c
	default:
		return -c, s
	}
}
