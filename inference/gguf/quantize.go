package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Quantize encodes src as type t and appends the bytes to dst. len(src) must
// be a multiple of t.BlockSize(). F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0 and
// Q5_1 follow ggml's reference quantizers (quantize_row_*_ref) operation for
// operation. Q4_K, Q5_K and Q6_K use a simpler min/max scale search than
// llama.cpp's (which optimises the scales): the
// blocks are valid and decode within the format's error, which is what tests
// and random-weight models need, but the bytes differ from llama-quantize's.
//
// Products are rounded before they are added (float32(x*y) + z), so that no
// CPU fuses them into an FMA: the bytes are the same on every platform.
func Quantize(t Type, src []float32, dst []byte) ([]byte, error) {
	n, err := t.RowBytes(uint64(len(src)))
	if err != nil {
		return dst, err
	}
	if !t.Supported() {
		return dst, fmt.Errorf("%w: cannot quantize to %v", ErrUnsupportedType, t)
	}
	start := len(dst)
	dst = append(dst, make([]byte, n)...)
	out := dst[start:]
	switch t {
	case TypeF32:
		for i, x := range src {
			binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(x))
		}
	case TypeF16:
		for i, x := range src {
			binary.LittleEndian.PutUint16(out[2*i:], F32ToF16(x))
		}
	case TypeBF16:
		for i, x := range src {
			binary.LittleEndian.PutUint16(out[2*i:], F32ToBF16(x))
		}
	case TypeQ8_0:
		for i := 0; i < len(src)/QK8_0; i++ {
			QuantizeQ8_0(src[i*QK8_0:(i+1)*QK8_0], out[i*BlockBytesQ8_0:(i+1)*BlockBytesQ8_0])
		}
	case TypeQ4_0:
		for i := 0; i < len(src)/QK4_0; i++ {
			QuantizeQ4_0(src[i*QK4_0:(i+1)*QK4_0], out[i*BlockBytesQ4_0:(i+1)*BlockBytesQ4_0])
		}
	case TypeQ4_1:
		quantizeBlocks(src, out, BlockBytesQ4_1, QK4_1, QuantizeQ4_1)
	case TypeQ5_0:
		quantizeBlocks(src, out, BlockBytesQ5_0, QK5_0, QuantizeQ5_0)
	case TypeQ5_1:
		quantizeBlocks(src, out, BlockBytesQ5_1, QK5_1, QuantizeQ5_1)
	case TypeQ5_K:
		quantizeBlocks(src, out, BlockBytesQ5_K, QK_K, QuantizeQ5_K)
	case TypeQ4_K:
		for i := 0; i < len(src)/QK_K; i++ {
			QuantizeQ4_K(src[i*QK_K:(i+1)*QK_K], out[i*BlockBytesQ4_K:(i+1)*BlockBytesQ4_K])
		}
	case TypeQ6_K:
		for i := 0; i < len(src)/QK_K; i++ {
			QuantizeQ6_K(src[i*QK_K:(i+1)*QK_K], out[i*BlockBytesQ6_K:(i+1)*BlockBytesQ6_K])
		}
	}
	return dst, nil
}

func quantizeBlocks(src []float32, out []byte, blockBytes, blockSize int, f func([]float32, []byte)) {
	for i := 0; i < len(src)/blockSize; i++ {
		f(src[i*blockSize:(i+1)*blockSize], out[i*blockBytes:(i+1)*blockBytes])
	}
}

// truncClamp is C's MIN(hi, (int8_t)v) (or (uint8_t)v) for the non-negative
// v the reference quantizers produce, made total for NaN and out-of-range v.
func truncClamp(v float32, hi uint8) uint8 {
	if !(v >= 0) {
		return 0
	}
	if v >= float32(hi) {
		return hi
	}
	return uint8(v)
}

// minMax returns the smallest and largest of x (ggml starts from ±FLT_MAX).
func minMax(x []float32) (lo, hi float32) {
	lo, hi = math.MaxFloat32, -math.MaxFloat32
	for _, v := range x {
		lo, hi = min(lo, v), max(hi, v)
	}
	return lo, hi
}

// QuantizeQ4_1 encodes 32 floats into one Q4_1 block (ggml's quantize_row_q4_1_ref).
func QuantizeQ4_1(x []float32, b []byte) {
	_, _ = x[QK4_1-1], b[BlockBytesQ4_1-1]
	lo, hi := minMax(x[:QK4_1])
	d := (hi - lo) / 15
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(b, F32ToF16(d))
	binary.LittleEndian.PutUint16(b[2:], F32ToF16(lo))
	for j := 0; j < QK4_1/2; j++ {
		x0 := truncClamp(float32((x[j]-lo)*id)+0.5, 15)
		x1 := truncClamp(float32((x[QK4_1/2+j]-lo)*id)+0.5, 15)
		b[4+j] = x0 | x1<<4
	}
}

// QuantizeQ5_0 encodes 32 floats into one Q5_0 block (ggml's quantize_row_q5_0_ref).
func QuantizeQ5_0(x []float32, b []byte) {
	_, _ = x[QK5_0-1], b[BlockBytesQ5_0-1]
	var amax, mx float32
	for _, v := range x[:QK5_0] {
		if a := float32(math.Abs(float64(v))); amax < a {
			amax, mx = a, v
		}
	}
	d := mx / -16
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(b, F32ToF16(d))
	var qh uint32
	for j := 0; j < QK5_0/2; j++ {
		x0 := truncClamp(float32(x[j]*id)+16.5, 31)
		x1 := truncClamp(float32(x[QK5_0/2+j]*id)+16.5, 31)
		b[6+j] = x0&0x0F | (x1&0x0F)<<4
		qh |= uint32(x0>>4) << j
		qh |= uint32(x1>>4) << (j + QK5_0/2)
	}
	binary.LittleEndian.PutUint32(b[2:], qh)
}

// QuantizeQ5_1 encodes 32 floats into one Q5_1 block (ggml's quantize_row_q5_1_ref).
func QuantizeQ5_1(x []float32, b []byte) {
	_, _ = x[QK5_1-1], b[BlockBytesQ5_1-1]
	lo, hi := minMax(x[:QK5_1])
	d := (hi - lo) / 31
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(b, F32ToF16(d))
	binary.LittleEndian.PutUint16(b[2:], F32ToF16(lo))
	var qh uint32
	for j := 0; j < QK5_1/2; j++ {
		x0 := truncClamp(float32((x[j]-lo)*id)+0.5, 31)
		x1 := truncClamp(float32((x[QK5_1/2+j]-lo)*id)+0.5, 31)
		b[8+j] = x0&0x0F | (x1&0x0F)<<4
		qh |= uint32(x0>>4) << j
		qh |= uint32(x1>>4) << (j + QK5_1/2)
	}
	binary.LittleEndian.PutUint32(b[4:], qh)
}

// roundAway rounds to nearest, ties away from zero (C's roundf, which
// quantize_row_q8_0_ref uses), clamped to the int32 range.
func roundAway(x float32) int32 { return clampInt32(math.Round(float64(x))) }

// nearestInt rounds to nearest, ties to even, as ggml's nearest_int (the
// k-quants use it), clamped to the int32 range.
func nearestInt(x float32) int32 { return clampInt32(math.RoundToEven(float64(x))) }

func clampInt32(r float64) int32 {
	if r > math.MaxInt32 || r != r {
		return math.MaxInt32
	}
	if r < math.MinInt32 {
		return math.MinInt32
	}
	return int32(r)
}

// QuantizeQ8_0 encodes 32 floats into one Q8_0 block (ggml's quantize_row_q8_0_ref).
func QuantizeQ8_0(x []float32, b []byte) {
	_, _ = x[QK8_0-1], b[BlockBytesQ8_0-1]
	var amax float32
	for _, v := range x[:QK8_0] {
		amax = max(amax, float32(math.Abs(float64(v))))
	}
	d := amax / 127
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(b, F32ToF16(d))
	for j := 0; j < QK8_0; j++ {
		b[2+j] = byte(int8(max(-128, min(127, roundAway(x[j]*id)))))
	}
}

// QuantizeQ4_0 encodes 32 floats into one Q4_0 block (ggml's quantize_row_q4_0_ref).
func QuantizeQ4_0(x []float32, b []byte) {
	_, _ = x[QK4_0-1], b[BlockBytesQ4_0-1]
	var amax, mx float32
	for _, v := range x[:QK4_0] {
		if a := float32(math.Abs(float64(v))); amax < a {
			amax, mx = a, v
		}
	}
	d := mx / -8
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(b, F32ToF16(d))
	for j := 0; j < QK4_0/2; j++ {
		x0 := truncClamp(float32(x[j]*id)+8.5, 15)
		x1 := truncClamp(float32(x[QK4_0/2+j]*id)+8.5, 15)
		b[2+j] = x0 | x1<<4
	}
}

// QuantizeQ4_K encodes 256 floats into one Q4_K block with a plain min/max
// search per 32-weight sub-block (see Quantize).
func QuantizeQ4_K(x []float32, b []byte) {
	_, _ = x[QK_K-1], b[BlockBytesQ4_K-1]
	L := kQuantLevels(x, b, 15)
	q := b[16:]
	for j := 0; j < QK_K; j += 64 {
		for l := 0; l < 32; l++ {
			q[l] = L[j+l] | L[j+l+32]<<4
		}
		q = q[32:]
	}
}

// QuantizeQ5_K encodes 256 floats into one Q5_K block, like QuantizeQ4_K
// with 32 levels.
func QuantizeQ5_K(x []float32, b []byte) {
	_, _ = x[QK_K-1], b[BlockBytesQ5_K-1]
	L := kQuantLevels(x, b, 31)
	qh, ql := b[16:16+QK_K/8], b[16+QK_K/8:]
	clear(qh)
	m1, m2 := uint8(1), uint8(2)
	for n := 0; n < QK_K; n += 64 {
		for j := 0; j < 32; j++ {
			l1, l2 := L[n+j], L[n+j+32]
			if l1 > 15 {
				l1 -= 16
				qh[j] |= m1
			}
			if l2 > 15 {
				l2 -= 16
				qh[j] |= m2
			}
			ql[j] = l1 | l2<<4
		}
		m1 <<= 2
		m2 <<= 2
		ql = ql[32:]
	}
}

// kQuantLevels writes d, dmin and the packed 6-bit scales and mins of a
// Q4_K/Q5_K block (its first 16 bytes) for weights in 0..maxLevel, and
// returns each weight's level.
func kQuantLevels(x []float32, b []byte, maxLevel int32) [QK_K]uint8 {
	var scales, mins [8]float32
	var maxScale, maxMin float32
	for j := 0; j < 8; j++ {
		lo, hi := float32(0), float32(0)
		for _, v := range x[32*j : 32*j+32] {
			lo, hi = min(lo, v), max(hi, v)
		}
		scales[j] = (hi - lo) / float32(maxLevel)
		mins[j] = -lo
		maxScale, maxMin = max(maxScale, scales[j]), max(maxMin, mins[j])
	}
	var invScale, invMin float32
	if maxScale > 0 {
		invScale = 63 / maxScale
	}
	if maxMin > 0 {
		invMin = 63 / maxMin
	}
	sc := b[4:16]
	clear(sc)
	var ls, lm [8]uint8
	for j := 0; j < 8; j++ {
		ls[j] = uint8(max(0, min(63, nearestInt(invScale*scales[j]))))
		lm[j] = uint8(max(0, min(63, nearestInt(invMin*mins[j]))))
		if j < 4 {
			sc[j] = ls[j]
			sc[j+4] = lm[j]
		} else {
			sc[j+4] = ls[j]&0xF | (lm[j]&0xF)<<4
			sc[j-4] |= (ls[j] >> 4) << 6
			sc[j] |= (lm[j] >> 4) << 6
		}
	}
	dh, mh := F32ToF16(maxScale/63), F32ToF16(maxMin/63)
	binary.LittleEndian.PutUint16(b, dh)
	binary.LittleEndian.PutUint16(b[2:], mh)
	d, dmin := F16ToF32(dh), F16ToF32(mh)
	var L [QK_K]uint8
	for j := 0; j < 8; j++ {
		s, m := ScaleMinK4(j, sc)
		ds, dm := d*float32(s), dmin*float32(m)
		if ds == 0 {
			continue
		}
		for i := 32 * j; i < 32*j+32; i++ {
			L[i] = uint8(max(0, min(maxLevel, nearestInt((x[i]+dm)/ds))))
		}
	}
	return L
}

// QuantizeQ6_K encodes 256 floats into one Q6_K block with a plain max-abs
// scale per 16-weight sub-block (see Quantize).
func QuantizeQ6_K(x []float32, b []byte) {
	_, _ = x[QK_K-1], b[BlockBytesQ6_K-1]
	var scales [16]float32
	var maxScale, maxAbs float32
	for ib := 0; ib < 16; ib++ {
		var amax, mx float32
		for _, v := range x[16*ib : 16*ib+16] {
			if a := float32(math.Abs(float64(v))); a > amax {
				amax, mx = a, v
			}
		}
		scales[ib] = mx / -32
		if a := float32(math.Abs(float64(scales[ib]))); a > maxAbs {
			maxAbs, maxScale = a, scales[ib]
		}
	}
	ql, qh := b[:QK_K/2], b[QK_K/2:QK_K/2+QK_K/4]
	sc := b[QK_K/2+QK_K/4 : QK_K/2+QK_K/4+QK_K/16]
	clear(b)
	if maxAbs == 0 {
		// All zero: q = 32 everywhere decodes to 0 whatever d is.
		for i := range qh {
			qh[i] = 0xAA
		}
		return
	}
	iscale := -128 / maxScale
	dh := F32ToF16(1 / iscale)
	binary.LittleEndian.PutUint16(b[BlockBytesQ6_K-2:], dh)
	d := F16ToF32(dh)
	var L [QK_K]uint8
	for ib := 0; ib < 16; ib++ {
		s := int8(max(-128, min(127, nearestInt(iscale*scales[ib]))))
		sc[ib] = uint8(s)
		ds := d * float32(s)
		for i := 16 * ib; i < 16*ib+16; i++ {
			l := int32(0)
			if ds != 0 {
				l = max(-32, min(31, nearestInt(x[i]/ds)))
			}
			L[i] = uint8(l + 32)
		}
	}
	for j := 0; j < QK_K; j += 128 {
		for l := 0; l < 32; l++ {
			q1, q2 := L[j+l]&0xF, L[j+l+32]&0xF
			q3, q4 := L[j+l+64]&0xF, L[j+l+96]&0xF
			ql[l] = q1 | q3<<4
			ql[l+32] = q2 | q4<<4
			qh[l] = L[j+l]>>4 | (L[j+l+32]>>4)<<2 | (L[j+l+64]>>4)<<4 | (L[j+l+96]>>4)<<6
		}
		ql, qh = ql[64:], qh[32:]
	}
}
