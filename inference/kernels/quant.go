package kernels

import "math"

// Block formats of ggml's quantized types: QK values per block.
const (
	QK          = 32
	BlockQ8_0   = 2 + QK   // f16 scale, 32 int8
	BlockQ4_0   = 2 + QK/2 // f16 scale, 16 bytes of 4-bit pairs
	q8ActMaxAbs = 127
	// packedPair is the size of one pair of blocks of one token in
	// Q8Act.packed: 64 int8 values, 16 int32 corrections, 16 float32 scales.
	packedPair = 64 + 64 + 64
)

// Q8Act holds activations quantized for products with Q8_0 and Q4_0 weights:
// ntok tokens of cols values (cols a multiple of QK).
type Q8Act struct {
	D []float32 // [ntok][cols/QK] block scales
	Q []int8    // [ntok][cols] values, in [-127, 127]
	// packed is the same data laid out for the AVX-512 kernels (when cols/QK
	// is even): per token and pair of blocks, the 64 values, then per lane
	// −128 times the sum of its four values (the correction for weights
	// offset by +128), then the 16 lane scales (8 of each block).
	packed []byte
	// tiles is the layout of the Q8Tiles kernels instead (see packTiles),
	// when sized by ResizeTiles.
	tiles []byte
	cols  int
	ntok  int
}

// Quantize fills a with the quantized form of x ([ntok][cols]), growing its
// buffers as needed: d = max|x|/127 per block of QK, q = round(x/d) half
// away from zero (ggml's activation quantization, keeping d in float32).
func (a *Q8Act) Quantize(x []float32, cols, ntok int) {
	a.Resize(cols, ntok)
	a.QuantizeTokens(x, 0, ntok)
}

// Resize sizes a for ntok tokens of cols values, to be filled by
// QuantizeTokens (which may run on several goroutines, on disjoint tokens).
func (a *Q8Act) Resize(cols, ntok int) {
	n := cols * ntok
	a.cols, a.ntok = cols, ntok
	a.D = grow(a.D, n/QK)
	a.Q = grow(a.Q, n)
	a.tiles = a.tiles[:0]
	if level >= levelAVX512 && (cols/QK)%2 == 0 {
		a.packed = grow(a.packed, n/QK/2*packedPair)
	} else {
		a.packed = a.packed[:0]
	}
}

// ResizeTiles is Resize for products with Q8Tiles weights (cols a multiple
// of 2·QK, on CPUs where CanTileQ8_0 holds): QuantizeTokens then packs the
// tokens in the tiles' layout (and not in MatMulQ8_0's).
func (a *Q8Act) ResizeTiles(cols, ntok int) {
	n := cols * ntok
	a.cols, a.ntok = cols, ntok
	a.D = grow(a.D, n/QK)
	a.Q = grow(a.Q, n)
	a.packed = a.packed[:0]
	a.tiles = grow(a.tiles, n/QK/2*tilePair)
}

// QuantizeTokens quantizes tokens [t0, t1) of x ([ntok][cols], as sized by
// Resize).
func (a *Q8Act) QuantizeTokens(x []float32, t0, t1 int) {
	c, nb := a.cols, a.cols/QK
	QuantizeQ8(a.D[t0*nb:t1*nb], a.Q[t0*c:t1*c], x[t0*c:t1*c])
	if len(a.packed) > 0 {
		pack(a.packed[t0*nb/2*packedPair:t1*nb/2*packedPair], a.D[t0*nb:t1*nb], a.Q[t0*c:t1*c])
	}
	if len(a.tiles) > 0 {
		packTiles(a.tiles[t0*nb/2*tilePair:t1*nb/2*tilePair], a.D[t0*nb:t1*nb], a.Q[t0*c:t1*c])
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func pack(dst []byte, d []float32, q []int8) {
	for p := 0; p < len(d)/2; p++ {
		out := dst[p*packedPair : (p+1)*packedPair]
		qs := q[p*2*QK : (p+1)*2*QK]
		for i, v := range qs {
			out[i] = byte(v)
		}
		for l := 0; l < 16; l++ {
			s := int32(qs[4*l]) + int32(qs[4*l+1]) + int32(qs[4*l+2]) + int32(qs[4*l+3])
			c := uint32(-128 * s)
			out[64+4*l], out[64+4*l+1], out[64+4*l+2], out[64+4*l+3] = byte(c), byte(c>>8), byte(c>>16), byte(c>>24)
			f := math.Float32bits(d[2*p+l/8])
			out[128+4*l], out[128+4*l+1], out[128+4*l+2], out[128+4*l+3] = byte(f), byte(f>>8), byte(f>>16), byte(f>>24)
		}
	}
}

// QuantizeQ8 quantizes x (len a multiple of QK) into block scales d and
// values q, as Q8Act.Quantize does.
func QuantizeQ8(d []float32, q []int8, x []float32) {
	nb := len(x) / QK
	if nb == 0 {
		return
	}
	_, _ = d[nb-1], q[len(x)-1]
	if level >= levelAVX512 {
		quantizeQ8AVX512(&x[0], nb, &d[0], &q[0])
		return
	}
	for b := 0; b < nb; b++ {
		xb := (*[QK]float32)(x[b*QK : (b+1)*QK])
		var amax float32
		for _, v := range xb {
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
		d[b] = db
		qb := (*[QK]int8)(q[b*QK : (b+1)*QK])
		for i, v := range xb {
			qb[i] = roundQ8(float32(v * id))
		}
	}
}

// roundQ8 rounds v half away from zero and clamps it to [-127, 127] (NaN
// gives -127). v ± 0.5 is exact in float64 (or too small to matter) and the
// conversion truncates, so the result is the same everywhere.
func roundQ8(v float32) int8 {
	if !(v > -127.5) {
		return -q8ActMaxAbs
	}
	if v >= 127.5 {
		return q8ActMaxAbs
	}
	return int8(int32(float64(v) + math.Copysign(0.5, float64(v))))
}

// The canonical quantized dot product (Q8_0 or Q4_0 weights w, activations
// quantized by QuantizeQ8) is: for each block b in order and each l < 8, the
// exact integer s = Σ w[4l+j]·q[4l+j] (j < 4) over the block's values is
// added as lane[8·(b mod 2) + l] += float32(float32(dw·dx)·float32(s)), where
// dw is the block's f16 scale and dx the activation scale; the sixteen lanes
// are combined as in Dot. The integer sums are exact, so any instruction
// sequence that forms them gives the same result.

// DotQ8_0 returns the canonical dot product of one row of Q8_0 blocks with
// quantized activations (d, q).
func DotQ8_0(w []byte, d []float32, q []int8) float32 {
	var s [Lanes]float32
	nb := len(w) / BlockQ8_0
	if nb == 0 {
		return 0
	}
	if level >= levelAVX2 {
		dotQ8_0AVX2(&w[0], &d[0], &q[0], nb, &s)
	} else {
		dotQ8_0Go(w, d, q, nb, &s)
	}
	return reduce16(&s)
}

func dotQ8_0Go(w []byte, d []float32, q []int8, nb int, s *[Lanes]float32) {
	_, _, _ = w[nb*BlockQ8_0-1], d[nb-1], q[nb*QK-1]
	for b := 0; b < nb; b++ {
		blk := w[b*BlockQ8_0 : (b+1)*BlockQ8_0 : (b+1)*BlockQ8_0]
		scale := float32(f16Table[uint16(blk[0])|uint16(blk[1])<<8] * d[b])
		qw := blk[2:]
		qx := q[b*QK : (b+1)*QK : (b+1)*QK]
		sl := s[8*(b&1) : 8*(b&1)+8]
		for l := 0; l < 8; l++ {
			i := 4 * l
			is := int32(int8(qw[i]))*int32(qx[i]) + int32(int8(qw[i+1]))*int32(qx[i+1]) +
				int32(int8(qw[i+2]))*int32(qx[i+2]) + int32(int8(qw[i+3]))*int32(qx[i+3])
			sl[l] += float32(scale * float32(is))
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
	if level >= levelAVX2 {
		dotQ4_0AVX2(&w[0], &d[0], &q[0], nb, &s)
	} else {
		dotQ4_0Go(w, d, q, nb, &s)
	}
	return reduce16(&s)
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
		sl := s[8*(b&1) : 8*(b&1)+8]
		for l := 0; l < 8; l++ {
			i := 4 * l
			is := v[i]*int32(qx[i]) + v[i+1]*int32(qx[i+1]) + v[i+2]*int32(qx[i+2]) + v[i+3]*int32(qx[i+3])
			sl[l] += float32(scale * float32(is))
		}
	}
}

// MatMulQ8_0 sets out[t*ldo+r] to DotQ8_0(row r of w, token t of x) for every
// row of w (rows of x.cols/QK blocks) and every token of x.
func MatMulQ8_0(out []float32, ldo int, w []byte, x *Q8Act) {
	matMulQ(out, ldo, w, x, BlockQ8_0, DotQ8_0, qMatMul4x4Q8_0AVX512, qMatMul4x1Q8_0AVX512)
}

// MatMulQ4_0 is MatMulQ8_0 for Q4_0 weights.
func MatMulQ4_0(out []float32, ldo int, w []byte, x *Q8Act) {
	matMulQ(out, ldo, w, x, BlockQ4_0, DotQ4_0, qMatMul4x4Q4_0AVX512, qMatMul4x1Q4_0AVX512)
}

func matMulQ(out []float32, ldo int, w []byte, x *Q8Act, blockSize int,
	dot func([]byte, []float32, []int8) float32,
	k4x4 func(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int),
	k4x1 func(w *byte, rowBytes int, x *byte, npairs int, out *float32)) {
	cols, ntok := x.cols, x.ntok
	nb := cols / QK
	rowBytes := nb * blockSize
	rows := len(w) / rowBytes
	r := 0
	if level >= levelAVX512 && nb%2 == 0 && rows >= 4 {
		_ = out[(ntok-1)*ldo+rows-1]
		tokBytes := nb / 2 * packedPair
		_ = x.packed[ntok*tokBytes-1]
		for ; r+4 <= rows; r += 4 {
			t := 0
			for ; t+4 <= ntok; t += 4 {
				k4x4(&w[r*rowBytes], rowBytes, &x.packed[t*tokBytes], tokBytes, nb/2, &out[t*ldo+r], ldo)
			}
			for ; t < ntok; t++ {
				k4x1(&w[r*rowBytes], rowBytes, &x.packed[t*tokBytes], nb/2, &out[t*ldo+r])
			}
		}
	}
	for ; r < rows; r++ {
		wr := w[r*rowBytes : (r+1)*rowBytes]
		for t := 0; t < ntok; t++ {
			out[t*ldo+r] = dot(wr, x.D[t*nb:(t+1)*nb], x.Q[t*cols:(t+1)*cols])
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
