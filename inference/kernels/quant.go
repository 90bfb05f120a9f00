package kernels

import "math"

// Block formats of ggml's quantized types: QK values per block.
const (
	QK          = 32
	BlockQ8_0   = 2 + QK   // f16 scale, 32 int8
	BlockQ4_0   = 2 + QK/2 // f16 scale, 16 bytes of 4-bit pairs
	q8ActMaxAbs = 127
)

// QuantizeQ8 quantizes activations x (len a multiple of QK) to blocks of QK
// int8 values q with one float32 scale d per block, the way ggml quantizes the
// activations it multiplies with Q8_0 and Q4_0 weights (but keeping the scale
// in float32): d = max|x|/127, q = round(x/d) half away from zero.
func QuantizeQ8(d []float32, q []int8, x []float32) {
	nb := len(x) / QK
	_, _ = d[nb-1], q[len(x)-1]
	for b := 0; b < nb; b++ {
		xb := x[b*QK : (b+1)*QK]
		var amax float32
		for _, v := range xb {
			if v < 0 {
				v = -v
			}
			if v > amax {
				amax = v
			}
		}
		db := amax / q8ActMaxAbs
		var id float32
		if db != 0 {
			id = 1 / db
		}
		d[b] = db
		qb := q[b*QK : (b+1)*QK]
		for i, v := range xb {
			r := math.Round(float64(float32(v * id)))
			if r > q8ActMaxAbs {
				r = q8ActMaxAbs
			} else if r < -q8ActMaxAbs {
				r = -q8ActMaxAbs
			}
			qb[i] = int8(r) // NaN inputs give an unspecified but CPU-independent int8
		}
	}
}

// The canonical quantized dot product (Q8_0 or Q4_0 weights w, activations
// quantized by QuantizeQ8) is, for each block b in order and each lane l
// (0 ≤ l < 8): the exact integer s = Σ w[4l+j]·q[4l+j] (j < 4) over the
// block's values, then lane[l] += float32(float32(dw·dx)·float32(s)), where dw
// is the block's f16 scale and dx the activation scale; the lanes are combined
// as in Dot. The integer sums are exact, so any instruction sequence that
// forms them gives the same result.

// DotQ8_0 returns the canonical dot product of one row of Q8_0 blocks with
// quantized activations (d, q).
func DotQ8_0(w []byte, d []float32, q []int8) float32 {
	var s [Lanes]float32
	nb := len(w) / BlockQ8_0
	if nb == 0 {
		return 0
	}
	if useAVX2 {
		dotQ8_0AVX2(&w[0], &d[0], &q[0], nb, &s)
	} else {
		dotQ8_0Go(w, d, q, nb, &s)
	}
	return reduce8(&s)
}

func dotQ8_0Go(w []byte, d []float32, q []int8, nb int, s *[Lanes]float32) {
	_, _, _ = w[nb*BlockQ8_0-1], d[nb-1], q[nb*QK-1]
	for b := 0; b < nb; b++ {
		blk := w[b*BlockQ8_0 : (b+1)*BlockQ8_0 : (b+1)*BlockQ8_0]
		scale := float32(f16Table[uint16(blk[0])|uint16(blk[1])<<8] * d[b])
		qw := blk[2:]
		qx := q[b*QK : (b+1)*QK : (b+1)*QK]
		for l := 0; l < Lanes; l++ {
			i := 4 * l
			is := int32(int8(qw[i]))*int32(qx[i]) + int32(int8(qw[i+1]))*int32(qx[i+1]) +
				int32(int8(qw[i+2]))*int32(qx[i+2]) + int32(int8(qw[i+3]))*int32(qx[i+3])
			s[l] += float32(scale * float32(is))
		}
	}
}

// DotQ4_0 returns the canonical dot product of one row of Q4_0 blocks with
// quantized activations (d, q). Value j of a block is its low nibble j − 8
// for j < 16 and the high nibble of byte j−16, minus 8, otherwise.
func DotQ4_0(w []byte, d []float32, q []int8) float32 {
	var s [Lanes]float32
	nb := len(w) / BlockQ4_0
	if nb == 0 {
		return 0
	}
	if useAVX2 {
		dotQ4_0AVX2(&w[0], &d[0], &q[0], nb, &s)
	} else {
		dotQ4_0Go(w, d, q, nb, &s)
	}
	return reduce8(&s)
}

func dotQ4_0Go(w []byte, d []float32, q []int8, nb int, s *[Lanes]float32) {
	_, _, _ = w[nb*BlockQ4_0-1], d[nb-1], q[nb*QK-1]
	var v [QK]int32
	for b := 0; b < nb; b++ {
		blk := w[b*BlockQ4_0 : (b+1)*BlockQ4_0 : (b+1)*BlockQ4_0]
		scale := float32(f16Table[uint16(blk[0])|uint16(blk[1])<<8] * d[b])
		for j := 0; j < QK/2; j++ {
			v[j] = int32(blk[2+j]&0xf) - 8
			v[j+QK/2] = int32(blk[2+j]>>4) - 8
		}
		qx := q[b*QK : (b+1)*QK : (b+1)*QK]
		for l := 0; l < Lanes; l++ {
			i := 4 * l
			is := v[i]*int32(qx[i]) + v[i+1]*int32(qx[i+1]) + v[i+2]*int32(qx[i+2]) + v[i+3]*int32(qx[i+3])
			s[l] += float32(scale * float32(is))
		}
	}
}

// MatMulQ8_0 sets out[t*ldo+r] to DotQ8_0(row r of w, token t of (d, q)) for
// every row of w (rows of cols/QK blocks) and the ntok quantized tokens.
func MatMulQ8_0(out []float32, ldo int, w []byte, cols int, d []float32, q []int8, ntok int) {
	matMulQ(out, ldo, w, cols, d, q, ntok, BlockQ8_0, DotQ8_0)
}

// MatMulQ4_0 is MatMulQ8_0 for Q4_0 weights.
func MatMulQ4_0(out []float32, ldo int, w []byte, cols int, d []float32, q []int8, ntok int) {
	matMulQ(out, ldo, w, cols, d, q, ntok, BlockQ4_0, DotQ4_0)
}

func matMulQ(out []float32, ldo int, w []byte, cols int, d []float32, q []int8, ntok int,
	blockSize int, dot func([]byte, []float32, []int8) float32) {
	nb := cols / QK
	rowBytes := nb * blockSize
	rows := len(w) / rowBytes
	for r := 0; r < rows; r++ {
		wr := w[r*rowBytes : (r+1)*rowBytes]
		for t := 0; t < ntok; t++ {
			out[t*ldo+r] = dot(wr, d[t*nb:(t+1)*nb], q[t*cols:(t+1)*cols])
		}
	}
}

// DequantizeQ8_0 expands Q8_0 blocks to float32 (x = d·q, exact products).
func DequantizeQ8_0(dst []float32, w []byte) {
	nb := len(w) / BlockQ8_0
	for b := 0; b < nb; b++ {
		blk := w[b*BlockQ8_0 : (b+1)*BlockQ8_0]
		dw := f16Table[uint16(blk[0])|uint16(blk[1])<<8]
		for j := 0; j < QK; j++ {
			dst[b*QK+j] = dw * float32(int8(blk[2+j]))
		}
	}
}

// DequantizeQ4_0 expands Q4_0 blocks to float32.
func DequantizeQ4_0(dst []float32, w []byte) {
	nb := len(w) / BlockQ4_0
	for b := 0; b < nb; b++ {
		blk := w[b*BlockQ4_0 : (b+1)*BlockQ4_0]
		dw := f16Table[uint16(blk[0])|uint16(blk[1])<<8]
		for j := 0; j < QK/2; j++ {
			dst[b*QK+j] = dw * float32(int32(blk[2+j]&0xf)-8)
			dst[b*QK+j+QK/2] = dw * float32(int32(blk[2+j]>>4)-8)
		}
	}
}
