package gguf

import "fmt"

// Type is a ggml tensor element type (ggml_type), as stored in tensor infos.
type Type uint32

// The ggml tensor types. The numbers are part of the file format. Types this
// package can dequantize are marked in Type.Supported; the others can still be
// read (their size is known) and listed.
const (
	TypeF32     Type = 0
	TypeF16     Type = 1
	TypeQ4_0    Type = 2
	TypeQ4_1    Type = 3
	TypeQ5_0    Type = 6
	TypeQ5_1    Type = 7
	TypeQ8_0    Type = 8
	TypeQ8_1    Type = 9
	TypeQ2_K    Type = 10
	TypeQ3_K    Type = 11
	TypeQ4_K    Type = 12
	TypeQ5_K    Type = 13
	TypeQ6_K    Type = 14
	TypeQ8_K    Type = 15
	TypeIQ2_XXS Type = 16
	TypeIQ2_XS  Type = 17
	TypeIQ3_XXS Type = 18
	TypeIQ1_S   Type = 19
	TypeIQ4_NL  Type = 20
	TypeIQ3_S   Type = 21
	TypeIQ2_S   Type = 22
	TypeIQ4_XS  Type = 23
	TypeI8      Type = 24
	TypeI16     Type = 25
	TypeI32     Type = 26
	TypeI64     Type = 27
	TypeF64     Type = 28
	TypeIQ1_M   Type = 29
	TypeBF16    Type = 30
	TypeTQ1_0   Type = 34
	TypeTQ2_0   Type = 35
)

// Block geometry of the quantized types this package decodes: QK… elements per
// block, BlockBytes… bytes per block.
const (
	QK8_0 = 32
	QK4_0 = 32
	QK4_1 = 32
	QK5_0 = 32
	QK5_1 = 32
	QK_K  = 256 // super-block size of the k-quants (Q4_K, Q5_K, Q6_K)

	BlockBytesQ8_0 = 2 + QK8_0                     // 34: f16 scale, 32 int8
	BlockBytesQ4_0 = 2 + QK4_0/2                   // 18: f16 scale, 32 nibbles
	BlockBytesQ4_K = 2 + 2 + 12 + QK_K/2           // 144: f16 d, f16 dmin, 12 bytes of 6-bit scales/mins, 256 nibbles
	BlockBytesQ6_K = QK_K/2 + QK_K/4 + QK_K/16 + 2 // 210: low 4 bits, high 2 bits, 16 int8 scales, f16 d
	BlockBytesQ4_1 = 2 + 2 + QK4_1/2               // 20: f16 scale, f16 min, 32 nibbles
	BlockBytesQ5_0 = 2 + 4 + QK5_0/2               // 22: f16 scale, 32 high bits, 32 nibbles
	BlockBytesQ5_1 = 2 + 2 + 4 + QK5_1/2           // 24: f16 scale, f16 min, 32 high bits, 32 nibbles
	BlockBytesQ5_K = 2 + 2 + 12 + QK_K/8 + QK_K/2  // 176: like Q4_K plus 256 high bits
)

type typeTraits struct {
	name       string
	blockSize  uint64 // elements per block
	blockBytes uint64 // bytes per block
	supported  bool   // Dequantize handles it
}

var traits = map[Type]typeTraits{
	TypeF32:     {"F32", 1, 4, true},
	TypeF16:     {"F16", 1, 2, true},
	TypeQ4_0:    {"Q4_0", 32, 18, true},
	TypeQ4_1:    {"Q4_1", 32, 20, true},
	TypeQ5_0:    {"Q5_0", 32, 22, true},
	TypeQ5_1:    {"Q5_1", 32, 24, true},
	TypeQ8_0:    {"Q8_0", 32, 34, true},
	TypeQ8_1:    {"Q8_1", 32, 36, false},
	TypeQ2_K:    {"Q2_K", 256, 84, false},
	TypeQ3_K:    {"Q3_K", 256, 110, false},
	TypeQ4_K:    {"Q4_K", 256, 144, true},
	TypeQ5_K:    {"Q5_K", 256, 176, true},
	TypeQ6_K:    {"Q6_K", 256, 210, true},
	TypeQ8_K:    {"Q8_K", 256, 292, false},
	TypeIQ2_XXS: {"IQ2_XXS", 256, 66, false},
	TypeIQ2_XS:  {"IQ2_XS", 256, 74, false},
	TypeIQ3_XXS: {"IQ3_XXS", 256, 98, false},
	TypeIQ1_S:   {"IQ1_S", 256, 50, false},
	TypeIQ4_NL:  {"IQ4_NL", 32, 18, false},
	TypeIQ3_S:   {"IQ3_S", 256, 110, false},
	TypeIQ2_S:   {"IQ2_S", 256, 82, false},
	TypeIQ4_XS:  {"IQ4_XS", 256, 136, false},
	TypeI8:      {"I8", 1, 1, false},
	TypeI16:     {"I16", 1, 2, false},
	TypeI32:     {"I32", 1, 4, false},
	TypeI64:     {"I64", 1, 8, false},
	TypeF64:     {"F64", 1, 8, false},
	TypeIQ1_M:   {"IQ1_M", 256, 56, false},
	TypeBF16:    {"BF16", 1, 2, true},
	TypeTQ1_0:   {"TQ1_0", 256, 54, false},
	TypeTQ2_0:   {"TQ2_0", 256, 66, false},
}

// String returns ggml's name for the type ("F32", "Q4_K", ...).
func (t Type) String() string {
	if tr, ok := traits[t]; ok {
		return tr.name
	}
	return fmt.Sprintf("type(%d)", uint32(t))
}

// Known reports whether the type's block geometry is known, which is what
// reading a file needs.
func (t Type) Known() bool { _, ok := traits[t]; return ok }

// Supported reports whether Dequantize can decode the type.
func (t Type) Supported() bool { return traits[t].supported }

// BlockSize returns the number of elements in one block (1 for plain types),
// or 0 for an unknown type.
func (t Type) BlockSize() uint64 { return traits[t].blockSize }

// BlockBytes returns the number of bytes of one block, or 0 for an unknown type.
func (t Type) BlockBytes() uint64 { return traits[t].blockBytes }

// RowBytes returns the bytes taken by n elements of type t. n must be a
// multiple of t.BlockSize(); it returns an error wrapping ErrCorrupt otherwise
// and ErrUnsupportedType for an unknown type.
func (t Type) RowBytes(n uint64) (uint64, error) {
	tr, ok := traits[t]
	if !ok {
		return 0, fmt.Errorf("%w: %v", ErrUnsupportedType, t)
	}
	if n%tr.blockSize != 0 {
		return 0, fmt.Errorf("%w: %d elements of %v is not a whole number of %d-element blocks", ErrCorrupt, n, t, tr.blockSize)
	}
	return n / tr.blockSize * tr.blockBytes, nil
}

// TypeByName returns the Type of a ggml type name, case-insensitively
// ("f32", "Q8_0", ...).
func TypeByName(name string) (Type, bool) {
	for t, tr := range traits {
		if equalFold(tr.name, name) {
			return t, true
		}
	}
	return 0, false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'a' <= x && x <= 'z' {
			x -= 'a' - 'A'
		}
		if 'a' <= y && y <= 'z' {
			y -= 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// ValueType is the type tag of a metadata value (gguf_type).
type ValueType uint32

// The metadata value types. The numbers are part of the file format.
const (
	ValueUint8   ValueType = 0
	ValueInt8    ValueType = 1
	ValueUint16  ValueType = 2
	ValueInt16   ValueType = 3
	ValueUint32  ValueType = 4
	ValueInt32   ValueType = 5
	ValueFloat32 ValueType = 6
	ValueBool    ValueType = 7
	ValueString  ValueType = 8
	ValueArray   ValueType = 9
	ValueUint64  ValueType = 10
	ValueInt64   ValueType = 11
	ValueFloat64 ValueType = 12
)

var valueTypeNames = [...]string{"u8", "i8", "u16", "i16", "u32", "i32", "f32", "bool", "string", "array", "u64", "i64", "f64"}

func (t ValueType) String() string {
	if int(t) < len(valueTypeNames) {
		return valueTypeNames[t]
	}
	return fmt.Sprintf("valuetype(%d)", uint32(t))
}

// size returns the encoded size of a scalar of this type (0 for string, array
// and unknown types).
func (t ValueType) size() int {
	switch t {
	case ValueUint8, ValueInt8, ValueBool:
		return 1
	case ValueUint16, ValueInt16:
		return 2
	case ValueUint32, ValueInt32, ValueFloat32:
		return 4
	case ValueUint64, ValueInt64, ValueFloat64:
		return 8
	}
	return 0
}
