package kernels

import "math"

// K-quant formats (ggml's Q4_K and Q6_K): super-blocks of QKK weights.
const (
	QKK = 256
	// BlockQ4_K is f16 d, f16 dmin, 12 bytes of eight 6-bit scales and mins,
	// 128 bytes of nibbles: weight = d·sc·q − dmin·m per sub-block of 32.
	BlockQ4_K = 2 + 2 + 12 + QKK/2
	// BlockQ6_K is 128 bytes of low nibbles, 64 bytes of high bit pairs,
	// sixteen int8 scales, f16 d: weight = d·sc·(q − 32) per sub-block of 16.
	BlockQ6_K = QKK/2 + QKK/4 + QKK/16 + 2
)

// Q8KAct holds activations quantized for products with K-quant weights, as
// ggml's Q8_K: ntok tokens of cols values (cols a multiple of QKK), one
// scale per super-block of 256 and the sums of every 16 values (for Q4_K's
// mins).
type Q8KAct struct {
	D    []float32 // [ntok][cols/QKK] super-block scales
	Q    []int8    // [ntok][cols] values, in [-127, 127]
	S    []int32   // [ntok][cols/16] sums of 16 consecutive values of Q
	cols int
	ntok int
}

// Quantize fills a with the quantized form of x ([ntok][cols]), growing its
// buffers as needed: d = max|x|/127 per super-block, q = round(x/d) half away
// from zero (as QuantizeQ8, over 256 values instead of 32).
func (a *Q8KAct) Quantize(x []float32, cols, ntok int) {
	n := cols * ntok
	a.cols, a.ntok = cols, ntok
	a.D = grow(a.D, n/QKK)
	a.Q = grow(a.Q, n)
	a.S = grow(a.S, n/16)
	if nb := n / QKK; level >= levelAVX512 && nb > 0 {
		_ = x[nb*QKK-1]
		quantizeKAVX512(&x[0], nb, &a.D[0], &a.Q[0], &a.S[0])
		return
	}
	for b := 0; b < n/QKK; b++ {
		quantizeK(&a.D[b], (*[QKK]int8)(a.Q[b*QKK:]), (*[QKK / 16]int32)(a.S[b*QKK/16:]), (*[QKK]float32)(x[b*QKK:]))
	}
}

// Cols and Tokens return the shape a was quantized with.
func (a *Q8KAct) Cols() int   { return a.cols }
func (a *Q8KAct) Tokens() int { return a.ntok }

func quantizeK(d *float32, q *[QKK]int8, s *[QKK / 16]int32, x *[QKK]float32) {
	var amax float32
	for _, v := range x {
		v = math.Float32frombits(math.Float32bits(v) &^ (1 << 31))
		if v > amax {
			amax = v
		}
	}
	db := amax / q8ActMaxAbs
	var id float32
	if db != 0 {
		id = 1 / db
	}
	*d = db
	for g := range s {
		var sum int32
		for i := 16 * g; i < 16*g+16; i++ {
			q[i] = roundQ8(float32(x[i] * id))
			sum += int32(q[i])
		}
		s[g] = sum
	}
}

// The canonical K-quant dot product of a row with one token's activations
// (dx, q, s) is, over the super-blocks b in order, with sixteen lanes l:
//
//	isum[l] = Σ sc(i)·w(i)·q[i] over the 16 values i of b with (i mod 64)/4 = l
//	acc[l] = float32(acc[l] + float32(float32(d·dx)·float32(isum[l])))
//	Q4_K only: acc[l] = float32(acc[l] − float32(float32(dmin·dx)·float32(m(l/2)·s[l])))
//
// where w(i) is the integer weight (Q4_K: the nibble, 0..15; Q6_K: q − 32),
// sc(i) the integer scale of its sub-block, m(j) Q4_K's min of sub-block j
// and s[l] the sum of activations 16l..16l+15; the lanes are then combined as
// in Dot. isum and m·s are exact integers below 2^24 (|isum| ≤ 16·63·15·127
// for Q4_K, 16·128·32·127 for Q6_K), so their conversions are exact and any
// instruction sequence that forms them gives the same bits: only the float
// steps above have an order. Lane l holds values 4l..4l+3 of every 64, the
// layout of a 64-byte vector of weights (or of two 32-byte ones).

// DotQ4_K returns the canonical dot product of one row of Q4_K super-blocks
// with one token's quantized activations (dx, q, s as in Q8KAct).
func DotQ4_K(w []byte, dx []float32, q []int8, s []int32) float32 {
	var acc [Lanes]float32
	nb := len(w) / BlockQ4_K
	if nb == 0 {
		return 0
	}
	dotQ4_K(w, dx, q, s, nb, &acc)
	return reduce16(&acc)
}

// DotQ6_K is DotQ4_K for Q6_K weights.
func DotQ6_K(w []byte, dx []float32, q []int8, s []int32) float32 {
	var acc [Lanes]float32
	nb := len(w) / BlockQ6_K
	if nb == 0 {
		return 0
	}
	dotQ6_K(w, dx, q, nil, nb, &acc)
	return reduce16(&acc)
}

// dotQ4_K and dotQ6_K add the lanes of nb super-blocks to acc, with AVX2
// where there is.
func dotQ4_K(w []byte, dx []float32, q []int8, s []int32, nb int, acc *[Lanes]float32) {
	_, _, _, _ = w[nb*BlockQ4_K-1], dx[nb-1], q[nb*QKK-1], s[nb*QKK/16-1]
	if level >= levelAVX2 {
		kqQ4_KAVX2(&w[0], nb, &q[0], &dx[0], &s[0], acc)
		return
	}
	dotQ4_KGo(w, dx, q, s, nb, acc)
}

func dotQ6_K(w []byte, dx []float32, q []int8, _ []int32, nb int, acc *[Lanes]float32) {
	_, _, _ = w[nb*BlockQ6_K-1], dx[nb-1], q[nb*QKK-1]
	if level >= levelAVX2 {
		kqQ6_KAVX2(&w[0], nb, &q[0], &dx[0], acc)
		return
	}
	dotQ6_KGo(w, dx, q, nb, acc)
}

// scaleMinQ4_K unpacks the eight 6-bit scales and mins of a Q4_K block
// (ggml's get_scale_min_k4).
func scaleMinQ4_K(p *[12]byte) (sc, m [8]int32) {
	for j := 0; j < 4; j++ {
		sc[j] = int32(p[j] & 63)
		m[j] = int32(p[j+4] & 63)
		sc[j+4] = int32(p[j+8]&0xf | (p[j]>>6)<<4)
		m[j+4] = int32(p[j+8]>>4 | (p[j+4]>>6)<<4)
	}
	return sc, m
}

func dotQ4_KGo(w []byte, dx []float32, q []int8, s []int32, nb int, acc *[Lanes]float32) {
	_, _, _, _ = w[nb*BlockQ4_K-1], dx[nb-1], q[nb*QKK-1], s[nb*QKK/16-1]
	for b := 0; b < nb; b++ {
		blk := (*[BlockQ4_K]byte)(w[b*BlockQ4_K:])
		dd := float32(f16Table[uint16(blk[0])|uint16(blk[1])<<8] * dx[b])
		dm := float32(f16Table[uint16(blk[2])|uint16(blk[3])<<8] * dx[b])
		sc, m := scaleMinQ4_K((*[12]byte)(blk[4:16]))
		qx := (*[QKK]int8)(q[b*QKK:])
		var isum [Lanes]int32
		for k := 0; k < 4; k++ {
			c := (*[32]byte)(blk[16+32*k:])
			x := (*[64]int8)(qx[64*k:])
			for l := 0; l < 8; l++ {
				i := 4 * l
				lo := int32(c[i]&15)*int32(x[i]) + int32(c[i+1]&15)*int32(x[i+1]) +
					int32(c[i+2]&15)*int32(x[i+2]) + int32(c[i+3]&15)*int32(x[i+3])
				hi := int32(c[i]>>4)*int32(x[32+i]) + int32(c[i+1]>>4)*int32(x[33+i]) +
					int32(c[i+2]>>4)*int32(x[34+i]) + int32(c[i+3]>>4)*int32(x[35+i])
				isum[l] += sc[2*k] * lo
				isum[8+l] += sc[2*k+1] * hi
			}
		}
		sb := (*[16]int32)(s[b*16:])
		for l := range acc {
			// Products rounded by explicit conversions: never fused.
			a := acc[l] + float32(dd*float32(isum[l]))
			acc[l] = a - float32(dm*float32(m[l/2]*sb[l]))
		}
	}
}

func dotQ6_KGo(w []byte, dx []float32, q []int8, nb int, acc *[Lanes]float32) {
	_, _, _ = w[nb*BlockQ6_K-1], dx[nb-1], q[nb*QKK-1]
	for b := 0; b < nb; b++ {
		blk := (*[BlockQ6_K]byte)(w[b*BlockQ6_K:])
		dd := float32(f16Table[uint16(blk[208])|uint16(blk[209])<<8] * dx[b])
		qx := (*[QKK]int8)(q[b*QKK:])
		var isum [Lanes]int32
		for h := 0; h < 2; h++ {
			ql := (*[64]byte)(blk[64*h:])
			qh := (*[32]byte)(blk[128+32*h:])
			sc := (*[8]byte)(blk[192+8*h:])
			x := (*[128]int8)(qx[128*h:])
			// Values 128h + i, +32, +64, +96 (i < 32) sit in lanes i/4,
			// 8+i/4, i/4 and 8+i/4 and sub-blocks i/16, 2+i/16, 4+i/16, 6+i/16.
			for l := 0; l < 8; l++ {
				var s0, s1, s2, s3 int32
				for i := 4 * l; i < 4*l+4; i++ {
					s0 += (int32(ql[i]&15|(qh[i]&3)<<4) - 32) * int32(x[i])
					s1 += (int32(ql[32+i]&15|(qh[i]>>2&3)<<4) - 32) * int32(x[32+i])
					s2 += (int32(ql[i]>>4|(qh[i]>>4&3)<<4) - 32) * int32(x[64+i])
					s3 += (int32(ql[32+i]>>4|(qh[i]>>6)<<4) - 32) * int32(x[96+i])
				}
				j := l / 4
				isum[l] += int32(int8(sc[j]))*s0 + int32(int8(sc[4+j]))*s2
				isum[8+l] += int32(int8(sc[2+j]))*s1 + int32(int8(sc[6+j]))*s3
			}
		}
		for l := range acc {
			acc[l] += float32(dd * float32(isum[l]))
		}
	}
}

// MatMulQ4_K sets out[t*ldo+r] to DotQ4_K(row r of w, token t of x) for
// every row of w (rows of x.Cols()/QKK super-blocks) and every token of x.
func MatMulQ4_K(out []float32, ldo int, w []byte, x *Q8KAct) {
	matMulK(out, ldo, w, x, BlockQ4_K, dotQ4_K, kqQ4_Kx8AVX512, kqQ4_Kx4AVX512, kqQ4_Kx1AVX512)
}

// MatMulQ6_K is MatMulQ4_K for Q6_K weights.
func MatMulQ6_K(out []float32, ldo int, w []byte, x *Q8KAct) {
	matMulK(out, ldo, w, x, BlockQ6_K, dotQ6_K, kqQ6_Kx8AVX512, kqQ6_Kx4AVX512, kqQ6_Kx1AVX512)
}

// kTile is an assembly kernel: rows rows of nb super-blocks from w on
// against eight, four or one tokens whose values, scales and sums start at q, d
// and s; row r of token t is stored at out[t*ldo+r].
type kTile func(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

// kTileRows is how many rows the AVX-512 kernels take per call when there
// are several tokens: their weights stay in the L1 or L2 cache while every
// group of eight (then four, then one) tokens passes over them.
const kTileRows = 16

func matMulK(out []float32, ldo int, w []byte, x *Q8KAct, blockBytes int,
	dot func(w []byte, dx []float32, q []int8, s []int32, nb int, acc *[Lanes]float32), x8, x4, x1 kTile) {
	cols, ntok := x.cols, x.ntok
	nb := cols / QKK
	rowBytes := nb * blockBytes
	if nb == 0 || ntok == 0 || len(w) < rowBytes {
		return
	}
	rows := len(w) / rowBytes
	_ = out[(ntok-1)*ldo+rows-1]
	_, _, _ = x.D[ntok*nb-1], x.Q[ntok*cols-1], x.S[ntok*cols/16-1]
	if level >= levelAVX512 {
		chunk := rows
		if ntok > 1 {
			chunk = kTileRows
		}
		for r := 0; r < rows; r += chunk {
			n := min(chunk, rows-r)
			t := 0
			for ; t+8 <= ntok; t += 8 {
				x8(&w[r*rowBytes], n, nb, &x.Q[t*cols], &x.D[t*nb], &x.S[t*cols/16], &out[t*ldo+r], ldo)
			}
			for ; t+4 <= ntok; t += 4 {
				x4(&w[r*rowBytes], n, nb, &x.Q[t*cols], &x.D[t*nb], &x.S[t*cols/16], &out[t*ldo+r], ldo)
			}
			for ; t < ntok; t++ {
				x1(&w[r*rowBytes], n, nb, &x.Q[t*cols], &x.D[t*nb], &x.S[t*cols/16], &out[t*ldo+r], ldo)
			}
		}
		return
	}
	for r := 0; r < rows; r++ {
		wr := w[r*rowBytes : (r+1)*rowBytes]
		for t := 0; t < ntok; t++ {
			var acc [Lanes]float32
			dot(wr, x.D[t*nb:(t+1)*nb], x.Q[t*cols:(t+1)*cols], x.S[t*cols/16:(t+1)*cols/16], nb, &acc)
			out[t*ldo+r] = reduce16(&acc)
		}
	}
}
