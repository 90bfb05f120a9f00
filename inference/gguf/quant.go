package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// Raw block layouts of the quantized types, identical to ggml's C structs
// (little-endian, no padding). Half-precision scales are stored as raw
// uint16 bits: convert them with F16ToF32.

// BlockQ8_0 is 32 weights: x[i] = D * Qs[i].
type BlockQ8_0 struct {
	D  uint16 // f16 scale
	Qs [QK8_0]int8
}

// BlockQ4_0 is 32 weights: x[j] = D * ((Qs[j] & 0xF) - 8) and
// x[j+16] = D * ((Qs[j] >> 4) - 8) for j < 16.
type BlockQ4_0 struct {
	D  uint16 // f16 scale
	Qs [QK4_0 / 2]uint8
}

// BlockQ4_K is a super-block of 256 weights in 8 sub-blocks of 32, each with a
// 6-bit scale and min packed in Scales (see ScaleMinK4):
// x = D*sc*q - Dmin*m, q a 4-bit value. Qs holds, for each 64 weights, 32
// bytes whose low nibbles are the first 32 weights and high nibbles the next 32.
type BlockQ4_K struct {
	D      uint16 // f16 super-block scale for the scales
	Dmin   uint16 // f16 super-block scale for the mins
	Scales [12]uint8
	Qs     [QK_K / 2]uint8
}

// BlockQ6_K is a super-block of 256 weights in 16 sub-blocks of 16, each with
// an int8 scale: x = D * Scales[i/16] * (q - 32), q a 6-bit value whose low 4
// bits are in Ql and high 2 bits in Qh (layout: see DequantizeQ6_K).
type BlockQ6_K struct {
	Ql     [QK_K / 2]uint8
	Qh     [QK_K / 4]uint8
	Scales [QK_K / 16]int8
	D      uint16 // f16 super-block scale
}

// BlockQ4_1 is 32 weights: x[j] = D*(Qs[j]&0xF) + M and
// x[j+16] = D*(Qs[j]>>4) + M for j < 16.
type BlockQ4_1 struct {
	D, M uint16 // f16 scale and min
	Qs   [QK4_1 / 2]uint8
}

// BlockQ5_0 is 32 weights of 5 bits: the low 4 as in Q4_0, bit 4 of weight
// j in bit j of the little-endian uint32 Qh; x = D * (q - 16).
type BlockQ5_0 struct {
	D  uint16 // f16 scale
	Qh [4]uint8
	Qs [QK5_0 / 2]uint8
}

// BlockQ5_1 is BlockQ5_0 with a min instead of the offset: x = D*q + M.
type BlockQ5_1 struct {
	D, M uint16 // f16 scale and min
	Qh   [4]uint8
	Qs   [QK5_1 / 2]uint8
}

// BlockQ5_K is BlockQ4_K with a fifth bit per weight in Qh (see
// DequantizeQ5_K): x = D*sc*q - Dmin*m, q a 5-bit value.
type BlockQ5_K struct {
	D      uint16 // f16 super-block scale for the scales
	Dmin   uint16 // f16 super-block scale for the mins
	Scales [12]uint8
	Qh     [QK_K / 8]uint8
	Qs     [QK_K / 2]uint8
}

// Compile-time checks that the Go layouts match ggml's sizes.
var (
	_ [BlockBytesQ8_0 - unsafe.Sizeof(BlockQ8_0{})]struct{}
	_ [unsafe.Sizeof(BlockQ8_0{}) - BlockBytesQ8_0]struct{}
	_ [BlockBytesQ4_0 - unsafe.Sizeof(BlockQ4_0{})]struct{}
	_ [unsafe.Sizeof(BlockQ4_0{}) - BlockBytesQ4_0]struct{}
	_ [BlockBytesQ4_K - unsafe.Sizeof(BlockQ4_K{})]struct{}
	_ [unsafe.Sizeof(BlockQ4_K{}) - BlockBytesQ4_K]struct{}
	_ [BlockBytesQ6_K - unsafe.Sizeof(BlockQ6_K{})]struct{}
	_ [unsafe.Sizeof(BlockQ6_K{}) - BlockBytesQ6_K]struct{}
	_ [BlockBytesQ4_1 - unsafe.Sizeof(BlockQ4_1{})]struct{}
	_ [unsafe.Sizeof(BlockQ4_1{}) - BlockBytesQ4_1]struct{}
	_ [BlockBytesQ5_0 - unsafe.Sizeof(BlockQ5_0{})]struct{}
	_ [unsafe.Sizeof(BlockQ5_0{}) - BlockBytesQ5_0]struct{}
	_ [BlockBytesQ5_1 - unsafe.Sizeof(BlockQ5_1{})]struct{}
	_ [unsafe.Sizeof(BlockQ5_1{}) - BlockBytesQ5_1]struct{}
	_ [BlockBytesQ5_K - unsafe.Sizeof(BlockQ5_K{})]struct{}
	_ [unsafe.Sizeof(BlockQ5_K{}) - BlockBytesQ5_K]struct{}
)

// blocks reinterprets b as a slice of blocks of type B without copying. It
// fails if b is not a whole number of blocks or not 2-byte aligned (the
// blocks hold uint16 fields). Tensor data from a File is always aligned.
func blocks[B any](b []byte, name string) ([]B, error) {
	var zero B
	size := int(unsafe.Sizeof(zero))
	if len(b)%size != 0 {
		return nil, fmt.Errorf("%w: %d bytes is not a whole number of %d-byte %s blocks", ErrCorrupt, len(b), size, name)
	}
	if len(b) == 0 {
		return nil, nil
	}
	if uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(zero) != 0 {
		return nil, fmt.Errorf("gguf: %s data is not %d-byte aligned", name, unsafe.Alignof(zero))
	}
	return unsafe.Slice((*B)(unsafe.Pointer(&b[0])), len(b)/size), nil
}

// BlocksQ8_0 views Q8_0 data as blocks (no copy; aliases b).
func BlocksQ8_0(b []byte) ([]BlockQ8_0, error) { return blocks[BlockQ8_0](b, "Q8_0") }

// BlocksQ4_0 views Q4_0 data as blocks (no copy; aliases b).
func BlocksQ4_0(b []byte) ([]BlockQ4_0, error) { return blocks[BlockQ4_0](b, "Q4_0") }

// BlocksQ4_K views Q4_K data as blocks (no copy; aliases b).
func BlocksQ4_K(b []byte) ([]BlockQ4_K, error) { return blocks[BlockQ4_K](b, "Q4_K") }

// BlocksQ6_K views Q6_K data as blocks (no copy; aliases b).
func BlocksQ6_K(b []byte) ([]BlockQ6_K, error) { return blocks[BlockQ6_K](b, "Q6_K") }

// BlocksQ4_1 views Q4_1 data as blocks (no copy; aliases b).
func BlocksQ4_1(b []byte) ([]BlockQ4_1, error) { return blocks[BlockQ4_1](b, "Q4_1") }

// BlocksQ5_0 views Q5_0 data as blocks (no copy; aliases b).
func BlocksQ5_0(b []byte) ([]BlockQ5_0, error) { return blocks[BlockQ5_0](b, "Q5_0") }

// BlocksQ5_1 views Q5_1 data as blocks (no copy; aliases b).
func BlocksQ5_1(b []byte) ([]BlockQ5_1, error) { return blocks[BlockQ5_1](b, "Q5_1") }

// BlocksQ5_K views Q5_K data as blocks (no copy; aliases b).
func BlocksQ5_K(b []byte) ([]BlockQ5_K, error) { return blocks[BlockQ5_K](b, "Q5_K") }

// Dequantize decodes src, the raw data of len(dst) elements of type t, into
// dst. len(dst) must be a multiple of t.BlockSize() and src exactly the size
// of that many elements. Types F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1,
// Q4_K, Q5_K and Q6_K are supported; others return ErrUnsupportedType. The arithmetic is the same as
// ggml's reference (dequantize_row_*), operation for operation, so results
// are bit-identical to it and do not depend on the CPU.
func Dequantize(t Type, src []byte, dst []float32) error {
	if !t.Supported() {
		return fmt.Errorf("%w: cannot dequantize %v", ErrUnsupportedType, t)
	}
	need, err := t.RowBytes(uint64(len(dst)))
	if err != nil {
		return err
	}
	if uint64(len(src)) != need {
		return fmt.Errorf("%w: %d %v elements need %d bytes, got %d", ErrCorrupt, len(dst), t, need, len(src))
	}
	switch t {
	case TypeF32:
		for i := range dst {
			dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(src[4*i:]))
		}
	case TypeF16:
		for i := range dst {
			dst[i] = F16ToF32(binary.LittleEndian.Uint16(src[2*i:]))
		}
	case TypeBF16:
		for i := range dst {
			dst[i] = BF16ToF32(binary.LittleEndian.Uint16(src[2*i:]))
		}
	case TypeQ8_0:
		for i := 0; i < len(dst)/QK8_0; i++ {
			DequantizeQ8_0(src[i*BlockBytesQ8_0:(i+1)*BlockBytesQ8_0], dst[i*QK8_0:(i+1)*QK8_0])
		}
	case TypeQ4_0:
		for i := 0; i < len(dst)/QK4_0; i++ {
			DequantizeQ4_0(src[i*BlockBytesQ4_0:(i+1)*BlockBytesQ4_0], dst[i*QK4_0:(i+1)*QK4_0])
		}
	case TypeQ4_1:
		dequantizeBlocks(src, dst, BlockBytesQ4_1, QK4_1, DequantizeQ4_1)
	case TypeQ5_0:
		dequantizeBlocks(src, dst, BlockBytesQ5_0, QK5_0, DequantizeQ5_0)
	case TypeQ5_1:
		dequantizeBlocks(src, dst, BlockBytesQ5_1, QK5_1, DequantizeQ5_1)
	case TypeQ5_K:
		dequantizeBlocks(src, dst, BlockBytesQ5_K, QK_K, DequantizeQ5_K)
	case TypeQ4_K:
		for i := 0; i < len(dst)/QK_K; i++ {
			DequantizeQ4_K(src[i*BlockBytesQ4_K:(i+1)*BlockBytesQ4_K], dst[i*QK_K:(i+1)*QK_K])
		}
	case TypeQ6_K:
		for i := 0; i < len(dst)/QK_K; i++ {
			DequantizeQ6_K(src[i*BlockBytesQ6_K:(i+1)*BlockBytesQ6_K], dst[i*QK_K:(i+1)*QK_K])
		}
	}
	return nil
}

func dequantizeBlocks(src []byte, dst []float32, blockBytes, blockSize int, f func([]byte, []float32)) {
	for i := 0; i < len(dst)/blockSize; i++ {
		f(src[i*blockBytes:(i+1)*blockBytes], dst[i*blockSize:(i+1)*blockSize])
	}
}

// DequantizeQ4_1 decodes one Q4_1 block (20 bytes) into 32 floats.
func DequantizeQ4_1(b []byte, y []float32) {
	_, _ = b[BlockBytesQ4_1-1], y[QK4_1-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	m := F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	for j := 0; j < QK4_1/2; j++ {
		q := b[4+j]
		// float32(...) keeps x*d+m from being fused into an FMA.
		y[j] = float32(float32(q&0x0F)*d) + m
		y[j+QK4_1/2] = float32(float32(q>>4)*d) + m
	}
}

// DequantizeQ5_0 decodes one Q5_0 block (22 bytes) into 32 floats.
func DequantizeQ5_0(b []byte, y []float32) {
	_, _ = b[BlockBytesQ5_0-1], y[QK5_0-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	qh := binary.LittleEndian.Uint32(b[2:])
	for j := 0; j < QK5_0/2; j++ {
		q := b[6+j]
		xh0 := byte(qh>>j<<4) & 0x10
		xh1 := byte(qh>>(j+12)) & 0x10
		y[j] = float32(int32(q&0x0F|xh0)-16) * d
		y[j+QK5_0/2] = float32(int32(q>>4|xh1)-16) * d
	}
}

// DequantizeQ5_1 decodes one Q5_1 block (24 bytes) into 32 floats.
func DequantizeQ5_1(b []byte, y []float32) {
	_, _ = b[BlockBytesQ5_1-1], y[QK5_1-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	m := F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	qh := binary.LittleEndian.Uint32(b[4:])
	for j := 0; j < QK5_1/2; j++ {
		q := b[8+j]
		xh0 := byte(qh>>j<<4) & 0x10
		xh1 := byte(qh>>(j+12)) & 0x10
		y[j] = float32(float32(q&0x0F|xh0)*d) + m
		y[j+QK5_1/2] = float32(float32(q>>4|xh1)*d) + m
	}
}

// DequantizeQ5_K decodes one Q5_K block (176 bytes) into 256 floats.
func DequantizeQ5_K(b []byte, y []float32) {
	_, _ = b[BlockBytesQ5_K-1], y[QK_K-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	dmin := F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	scales := b[4:16]
	qh := b[16 : 16+QK_K/8]
	ql := b[16+QK_K/8:]
	is := 0
	u1, u2 := uint8(1), uint8(2)
	for j := 0; j < QK_K; j += 64 {
		sc, m := ScaleMinK4(is, scales)
		d1, m1 := d*float32(sc), dmin*float32(m)
		sc, m = ScaleMinK4(is+1, scales)
		d2, m2 := d*float32(sc), dmin*float32(m)
		for l := 0; l < 32; l++ {
			q := ql[l] & 0xF
			if qh[l]&u1 != 0 {
				q += 16
			}
			y[j+l] = float32(d1*float32(q)) - m1
		}
		for l := 0; l < 32; l++ {
			q := ql[l] >> 4
			if qh[l]&u2 != 0 {
				q += 16
			}
			y[j+32+l] = float32(d2*float32(q)) - m2
		}
		ql = ql[32:]
		is += 2
		u1 <<= 2
		u2 <<= 2
	}
}

// DequantizeQ8_0 decodes one Q8_0 block (34 bytes) into 32 floats.
func DequantizeQ8_0(b []byte, y []float32) {
	_, _ = b[BlockBytesQ8_0-1], y[QK8_0-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	for j := 0; j < QK8_0; j++ {
		y[j] = float32(int8(b[2+j])) * d
	}
}

// DequantizeQ4_0 decodes one Q4_0 block (18 bytes) into 32 floats.
func DequantizeQ4_0(b []byte, y []float32) {
	_, _ = b[BlockBytesQ4_0-1], y[QK4_0-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	for j := 0; j < QK4_0/2; j++ {
		q := b[2+j]
		y[j] = float32(int32(q&0x0F)-8) * d
		y[j+QK4_0/2] = float32(int32(q>>4)-8) * d
	}
}

// ScaleMinK4 unpacks the 6-bit scale and min of sub-block j (0..7) of a Q4_K
// (or Q5_K) block from its 12 packed scale bytes (ggml's get_scale_min_k4).
func ScaleMinK4(j int, q []uint8) (sc, m uint8) {
	if j < 4 {
		return q[j] & 63, q[j+4] & 63
	}
	return q[j+4]&0xF | (q[j-4]>>6)<<4, q[j+4]>>4 | (q[j]>>6)<<4
}

// DequantizeQ4_K decodes one Q4_K block (144 bytes) into 256 floats.
func DequantizeQ4_K(b []byte, y []float32) {
	_, _ = b[BlockBytesQ4_K-1], y[QK_K-1]
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	dmin := F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	scales := b[4:16]
	q := b[16:]
	is := 0
	for j := 0; j < QK_K; j += 64 {
		sc, m := ScaleMinK4(is, scales)
		d1, m1 := d*float32(sc), dmin*float32(m)
		sc, m = ScaleMinK4(is+1, scales)
		d2, m2 := d*float32(sc), dmin*float32(m)
		// The explicit float32 conversions forbid fusing into an FMA, which
		// would change the rounding on CPUs that have one.
		for l := 0; l < 32; l++ {
			y[j+l] = float32(d1*float32(q[l]&0xF)) - m1
		}
		for l := 0; l < 32; l++ {
			y[j+32+l] = float32(d2*float32(q[l]>>4)) - m2
		}
		q = q[32:]
		is += 2
	}
}

// DequantizeQ6_K decodes one Q6_K block (210 bytes) into 256 floats.
func DequantizeQ6_K(b []byte, y []float32) {
	_, _ = b[BlockBytesQ6_K-1], y[QK_K-1]
	ql := b[:QK_K/2]
	qh := b[QK_K/2 : QK_K/2+QK_K/4]
	sc := b[QK_K/2+QK_K/4 : QK_K/2+QK_K/4+QK_K/16]
	d := F16ToF32(binary.LittleEndian.Uint16(b[BlockBytesQ6_K-2:]))
	for n := 0; n < QK_K; n += 128 {
		for l := 0; l < 32; l++ {
			is := l / 16
			q1 := int32(ql[l]&0xF|(qh[l]>>0&3)<<4) - 32
			q2 := int32(ql[l+32]&0xF|(qh[l]>>2&3)<<4) - 32
			q3 := int32(ql[l]>>4|(qh[l]>>4&3)<<4) - 32
			q4 := int32(ql[l+32]>>4|(qh[l]>>6&3)<<4) - 32
			y[n+l] = d * float32(int8(sc[is])) * float32(q1)
			y[n+l+32] = d * float32(int8(sc[is+2])) * float32(q2)
			y[n+l+64] = d * float32(int8(sc[is+4])) * float32(q3)
			y[n+l+96] = d * float32(int8(sc[is+6])) * float32(q4)
		}
		ql = ql[64:]
		qh = qh[32:]
		sc = sc[8:]
	}
}
