package kernels

import "math"

// Constants of Exp, as float32 (the conversions Exp's expressions make).
const (
	expLog2e = 1.44269504088896341
	expC1    = 0.693359375
	expC2    = -2.12194440e-4
	expP0    = 1.9875691500e-4
	expP1    = 1.3981999507e-3
	expP2    = 8.3334519073e-3
	expP3    = 4.1665795894e-2
	expP4    = 1.6666665459e-1
	expP5    = 5.0000001201e-1
	expHi    = 88.72283
	expLo    = -103.97208
)

// expConsts feeds the vector Exp in swigluAVX512, in its order.
var expConsts = [16]float32{expLog2e, 0.5, expC1, expC2, expP0, expP1, expP2, expP3, expP4, expP5, 1, expHi, expLo,
	float32(math.Inf(1)), math.Float32frombits(1 << 31)}

// Exp returns e**x in float32 (Cephes' expf: range reduction by ln 2 and a
// degree-6 polynomial, within 2 ulp), computed the same way on every CPU.
func Exp(x float32) float32 {
	switch {
	case x != x:
		return x
	case x > expHi:
		return float32(math.Inf(1))
	case x < expLo:
		return 0
	}
	const (
		log2e = expLog2e
		c1    = expC1
		c2    = expC2
	)
	k := float32(math.Floor(float64(float32(x*log2e) + 0.5)))
	r := x - float32(k*c1)
	r = r - float32(k*c2)
	z := float32(r * r)
	p := float32(expP0 * r)
	p = float32((p+expP1)*r) + expP2
	p = float32(p*r) + expP3
	p = float32(p*r) + expP4
	p = float32(p*r) + expP5
	p = float32(p*z) + r
	p = p + 1
	// p·2^k, in two steps so that k down to −150 stays representable.
	ki := int32(k)
	if ki < -126 {
		p = p * math.Float32frombits(uint32(ki+127+64)<<23)
		return p * math.Float32frombits(uint32(127-64)<<23)
	}
	if ki > 127 {
		p = p * 2
		ki--
	}
	return p * math.Float32frombits(uint32(ki+127)<<23)
}

// SiLU returns x·sigmoid(x) = x / (1 + e**−x).
func SiLU(x float32) float32 { return x / (1 + Exp(-x)) }

// SwiGLU sets gate[i] = SiLU(gate[i]) · up[i].
func SwiGLU(gate, up []float32) {
	up = up[:len(gate)]
	i := 0
	if level >= levelAVX512 && len(gate) >= 16 {
		i = len(gate) &^ 15
		swigluAVX512(&gate[0], &up[0], i, &expConsts)
	}
	for ; i < len(gate); i++ {
		gate[i] = SiLU(gate[i]) * up[i]
	}
}

// Softmax replaces x by its softmax: e**(x−max) / Σ e**(x−max), the sum taken
// in index order.
func Softmax(x []float32) {
	if len(x) == 0 {
		return
	}
	max := x[0]
	for _, v := range x[1:] {
		if v > max {
			max = v
		}
	}
	i := 0
	if level >= levelAVX512 && len(x) >= 16 {
		i = len(x) &^ 15
		expSubAVX512(&x[0], i, max, &expConsts)
	}
	for ; i < len(x); i++ {
		x[i] = Exp(x[i] - max)
	}
	var sum float32
	for _, e := range x {
		sum += e
	}
	for i := range x {
		x[i] /= sum
	}
}

// RMSNorm sets out[i] = w[i] · (x[i] · 1/sqrt(mean(x²) + eps)), the sum of
// squares taken as the canonical Dot(x, x). out may be x.
func RMSNorm(out, x, w []float32, eps float32) {
	ss := Dot(x, x)
	ss = ss/float32(len(x)) + eps
	scale := float32(1 / math.Sqrt(float64(ss)))
	w = w[:len(x)]
	out = out[:len(x)]
	for i, v := range x {
		out[i] = float32(v*scale) * w[i]
	}
}

// AddBias adds b to x element-wise.
func AddBias(x, b []float32) {
	b = b[:len(x)]
	for i := range x {
		x[i] += b[i]
	}
}
