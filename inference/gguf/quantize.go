package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Quantize encodes src as type t and appends the bytes to dst. len(src) must
// be a multiple of t.BlockSize(). F32, F16, BF16, Q8_0 and Q4_0 follow ggml's
// reference quantizers (quantize_row_*_ref) exactly, so a model written here
// has the bytes llama.cpp would write. Q4_K and Q6_K use a simpler
// min/max scale search than llama.cpp's (which optimises the scales): the
// blocks are valid and decode within the format's error, which is what tests
// and random-weight models need, but the bytes differ from llama-quantize's.
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

// roundf rounds half away from zero, like C's roundf.
func roundf(x float32) float32 { return float32(math.Round(float64(x))) }

// nearestInt rounds to nearest, ties away from zero, clamped to int32 range.
func nearestInt(x float32) int32 {
	r := math.Round(float64(x))
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
		b[2+j] = byte(int8(max(-128, min(127, nearestInt(x[j]*id)))))
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
		x0 := truncClamp15(x[j]*id + 8.5)
		x1 := truncClamp15(x[QK4_0/2+j]*id + 8.5)
		b[2+j] = x0 | x1<<4
	}
}

// truncClamp15 is C's MIN(15, (int8_t)v) for the v in [0.5, 16.5] that
// quantize_row_q4_0_ref produces, made total (NaN and out of range clamp).
func truncClamp15(v float32) uint8 {
	if !(v >= 0) {
		return 0
	}
	if v >= 15 {
		return 15
	}
	return uint8(v)
}

// QuantizeQ4_K encodes 256 floats into one Q4_K block with a plain min/max
// search per 32-weight sub-block (see Quantize).
func QuantizeQ4_K(x []float32, b []byte) {
	_, _ = x[QK_K-1], b[BlockBytesQ4_K-1]
	var scales, mins [8]float32
	var maxScale, maxMin float32
	for j := 0; j < 8; j++ {
		lo, hi := float32(0), float32(0)
		for _, v := range x[32*j : 32*j+32] {
			lo, hi = min(lo, v), max(hi, v)
		}
		scales[j] = (hi - lo) / 15
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
			L[i] = uint8(max(0, min(15, nearestInt((x[i]+dm)/ds))))
		}
	}
	q := b[16:]
	for j := 0; j < QK_K; j += 64 {
		for l := 0; l < 32; l++ {
			q[l] = L[j+l] | L[j+l+32]<<4
		}
		q = q[32:]
	}
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
