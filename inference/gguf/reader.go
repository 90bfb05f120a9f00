package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
)

// Magic is the first four bytes of every GGUF file.
const Magic = "GGUF"

// DefaultAlignment is the tensor data alignment when general.alignment is absent.
const DefaultAlignment = 32

// KeyAlignment is the metadata key that overrides DefaultAlignment.
const KeyAlignment = "general.alignment"

// MaxDims is the largest number of dimensions a tensor may have (GGML_MAX_DIMS).
const MaxDims = 4

// Limits that keep a corrupt header from asking for absurd allocations; real
// files are far below them.
const (
	maxStringLen   = 1 << 30
	maxNestedDepth = 8
)

// decoder reads little-endian GGUF primitives from a byte slice, tracking the
// offset for error messages. It never reads past the end: every read checks
// the remaining length first.
type decoder struct {
	b   []byte
	off uint64
}

func (d *decoder) need(n uint64, what string) error {
	if n > uint64(len(d.b))-d.off {
		return fmt.Errorf("%w: reading %s at offset %d: need %d bytes, %d left", ErrTruncated, what, d.off, n, uint64(len(d.b))-d.off)
	}
	return nil
}

func (d *decoder) u8(what string) (uint8, error) {
	if err := d.need(1, what); err != nil {
		return 0, err
	}
	x := d.b[d.off]
	d.off++
	return x, nil
}

func (d *decoder) u16(what string) (uint16, error) {
	if err := d.need(2, what); err != nil {
		return 0, err
	}
	x := binary.LittleEndian.Uint16(d.b[d.off:])
	d.off += 2
	return x, nil
}

func (d *decoder) u32(what string) (uint32, error) {
	if err := d.need(4, what); err != nil {
		return 0, err
	}
	x := binary.LittleEndian.Uint32(d.b[d.off:])
	d.off += 4
	return x, nil
}

func (d *decoder) u64(what string) (uint64, error) {
	if err := d.need(8, what); err != nil {
		return 0, err
	}
	x := binary.LittleEndian.Uint64(d.b[d.off:])
	d.off += 8
	return x, nil
}

func (d *decoder) str(what string) (string, error) {
	n, err := d.u64(what + " length")
	if err != nil {
		return "", err
	}
	if n > maxStringLen {
		return "", fmt.Errorf("%w: %s at offset %d has length %d", ErrCorrupt, what, d.off-8, n)
	}
	if err := d.need(n, what); err != nil {
		return "", err
	}
	s := string(d.b[d.off : d.off+n])
	d.off += n
	return s, nil
}

// header is the parsed fixed part of a file plus its metadata and tensor infos.
type header struct {
	version   uint32
	kv        []KV
	tensors   []TensorInfo
	alignment uint64
	dataOff   uint64
}

func parseHeader(b []byte) (*header, error) {
	d := &decoder{b: b}
	version, err := d.magicAndVersion()
	if err != nil {
		return nil, err
	}
	nTensors, err := d.u64("tensor count")
	if err != nil {
		return nil, err
	}
	nKV, err := d.u64("metadata count")
	if err != nil {
		return nil, err
	}
	// Each KV takes at least 8+4+1 bytes, each tensor info at least 8+4+4+8.
	if nKV > uint64(len(b))/13 {
		return nil, fmt.Errorf("%w: metadata count %d cannot fit in %d bytes", ErrTruncated, nKV, len(b))
	}
	if nTensors > uint64(len(b))/24 {
		return nil, fmt.Errorf("%w: tensor count %d cannot fit in %d bytes", ErrTruncated, nTensors, len(b))
	}
	h := &header{version: version, alignment: DefaultAlignment}
	if err := d.metadata(h, nKV); err != nil {
		return nil, err
	}
	h.tensors = make([]TensorInfo, 0, nTensors)
	names := make(map[string]bool, nTensors)
	for i := uint64(0); i < nTensors; i++ {
		t, err := d.tensorInfo(i)
		if err != nil {
			return nil, err
		}
		if names[t.Name] {
			return nil, fmt.Errorf("%w: duplicate tensor name %q", ErrCorrupt, t.Name)
		}
		names[t.Name] = true
		h.tensors = append(h.tensors, t)
	}
	h.dataOff = alignUp(d.off, h.alignment)
	if err := h.checkTensorData(uint64(len(b))); err != nil {
		return nil, err
	}
	return h, nil
}

func (d *decoder) magicAndVersion() (uint32, error) {
	if err := d.need(4, "magic"); err != nil {
		return 0, fmt.Errorf("%w (%w)", ErrBadMagic, err)
	}
	if string(d.b[:4]) != Magic {
		return 0, fmt.Errorf("%w: starts with %q", ErrBadMagic, d.b[:4])
	}
	d.off = 4
	version, err := d.u32("version")
	if err != nil {
		return 0, err
	}
	switch {
	case version == 2 || version == 3:
		return version, nil
	case version&0xFFFF == 0 && bits.ReverseBytes32(version) <= 3:
		return 0, fmt.Errorf("%w: big-endian GGUF (version %d) is not supported", ErrUnsupportedVersion, bits.ReverseBytes32(version))
	}
	return 0, fmt.Errorf("%w: version %d (want 2 or 3)", ErrUnsupportedVersion, version)
}

// metadata reads nKV key/value pairs into h, and h.alignment from
// general.alignment.
func (d *decoder) metadata(h *header, nKV uint64) error {
	h.kv = make([]KV, 0, nKV)
	seen := make(map[string]bool, nKV)
	for i := uint64(0); i < nKV; i++ {
		key, err := d.str(fmt.Sprintf("key of metadata entry %d", i))
		if err != nil {
			return err
		}
		if seen[key] {
			return fmt.Errorf("%w: duplicate metadata key %q", ErrCorrupt, key)
		}
		seen[key] = true
		vt, err := d.u32("value type of " + key)
		if err != nil {
			return err
		}
		v, err := d.value(ValueType(vt), key, 0)
		if err != nil {
			return err
		}
		h.kv = append(h.kv, KV{Key: key, Value: v})
		if key == KeyAlignment {
			a, ok := v.Uint()
			if !ok || v.Type != ValueUint32 && v.Type != ValueUint64 {
				return fmt.Errorf("%w: %s is a %v, want an unsigned integer", ErrCorrupt, KeyAlignment, v.Type)
			}
			if a == 0 || a&(a-1) != 0 || a > 1<<20 {
				return fmt.Errorf("%w: %s = %d is not a power of two up to 1 MiB", ErrCorrupt, KeyAlignment, a)
			}
			h.alignment = a
		}
	}
	return nil
}

// checkTensorData checks that every tensor's data is aligned and inside a
// file of size bytes.
func (h *header) checkTensorData(size uint64) error {
	if h.dataOff > size && len(h.tensors) > 0 {
		return fmt.Errorf("%w: tensor data would start at offset %d, past the end (%d bytes)", ErrTruncated, h.dataOff, size)
	}
	dataLen := uint64(0)
	if h.dataOff <= size {
		dataLen = size - h.dataOff
	}
	for _, t := range h.tensors {
		if t.Offset%h.alignment != 0 {
			return fmt.Errorf("%w: tensor %q data offset %d is not a multiple of the alignment %d", ErrCorrupt, t.Name, t.Offset, h.alignment)
		}
		if t.Offset > dataLen || t.Size > dataLen-t.Offset {
			return fmt.Errorf("%w: tensor %q needs bytes [%d, %d) of the data section, which has %d", ErrTruncated, t.Name, t.Offset, t.Offset+t.Size, dataLen)
		}
	}
	return nil
}

func alignUp(x, a uint64) uint64 {
	if r := x % a; r != 0 {
		return x + a - r
	}
	return x
}

func (d *decoder) tensorInfo(i uint64) (TensorInfo, error) {
	name, err := d.str(fmt.Sprintf("name of tensor %d", i))
	if err != nil {
		return TensorInfo{}, err
	}
	nDims, err := d.u32("dimension count of tensor " + name)
	if err != nil {
		return TensorInfo{}, err
	}
	if nDims == 0 || nDims > MaxDims {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q has %d dimensions (want 1..%d)", ErrCorrupt, name, nDims, MaxDims)
	}
	shape := make([]uint64, nDims)
	n := uint64(1)
	for j := range shape {
		if shape[j], err = d.u64("shape of tensor " + name); err != nil {
			return TensorInfo{}, err
		}
		hi, lo := bits.Mul64(n, shape[j])
		if hi != 0 || lo > math.MaxInt64 {
			return TensorInfo{}, fmt.Errorf("%w: tensor %q shape %v overflows", ErrCorrupt, name, shape)
		}
		n = lo
	}
	typ, err := d.u32("type of tensor " + name)
	if err != nil {
		return TensorInfo{}, err
	}
	t := TensorInfo{Name: name, Shape: shape, Type: Type(typ)}
	if !t.Type.Known() {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q has type %d", ErrUnsupportedType, name, typ)
	}
	if shape[0]%t.Type.BlockSize() != 0 {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q row length %d is not a multiple of the %v block size %d", ErrCorrupt, name, shape[0], t.Type, t.Type.BlockSize())
	}
	t.Size = n / t.Type.BlockSize() * t.Type.BlockBytes() // cannot overflow: BlockBytes/BlockSize <= 8 and n < 2^63
	if hi, _ := bits.Mul64(n/t.Type.BlockSize(), t.Type.BlockBytes()); hi != 0 {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q is too large", ErrCorrupt, name)
	}
	if t.Offset, err = d.u64("data offset of tensor " + name); err != nil {
		return TensorInfo{}, err
	}
	return t, nil
}

// value reads one metadata value of type vt.
func (d *decoder) value(vt ValueType, key string, depth int) (Value, error) {
	what := "value of " + key
	switch vt {
	case ValueUint8:
		x, err := d.u8(what)
		return Uint8(x), err
	case ValueInt8:
		x, err := d.u8(what)
		return Int8(int8(x)), err
	case ValueUint16:
		x, err := d.u16(what)
		return Uint16(x), err
	case ValueInt16:
		x, err := d.u16(what)
		return Int16(int16(x)), err
	case ValueUint32:
		x, err := d.u32(what)
		return Uint32(x), err
	case ValueInt32:
		x, err := d.u32(what)
		return Int32(int32(x)), err
	case ValueFloat32:
		x, err := d.u32(what)
		return Float32(math.Float32frombits(x)), err
	case ValueBool:
		x, err := d.u8(what)
		if err == nil && x > 1 {
			err = fmt.Errorf("%w: %s: bool byte %d", ErrCorrupt, key, x)
		}
		return Bool(x == 1), err
	case ValueString:
		s, err := d.str(what)
		return String(s), err
	case ValueUint64:
		x, err := d.u64(what)
		return Uint64(x), err
	case ValueInt64:
		x, err := d.u64(what)
		return Int64(int64(x)), err
	case ValueFloat64:
		x, err := d.u64(what)
		return Float64(math.Float64frombits(x)), err
	case ValueArray:
		return d.array(key, depth)
	}
	return Value{}, fmt.Errorf("%w: %s has unknown value type %d (offset %d)", ErrCorrupt, key, uint32(vt), d.off)
}

func (d *decoder) array(key string, depth int) (Value, error) {
	if depth >= maxNestedDepth {
		return Value{}, fmt.Errorf("%w: %s: arrays nested deeper than %d", ErrCorrupt, key, maxNestedDepth)
	}
	et, err := d.u32("array element type of " + key)
	if err != nil {
		return Value{}, err
	}
	elem := ValueType(et)
	n, err := d.u64("array length of " + key)
	if err != nil {
		return Value{}, err
	}
	// Bound n by what the rest of the file can hold before allocating.
	minSize := uint64(elem.size())
	switch elem {
	case ValueString, ValueArray:
		minSize = 8
	}
	if minSize == 0 {
		return Value{}, fmt.Errorf("%w: %s: unknown array element type %d", ErrCorrupt, key, et)
	}
	if n > (uint64(len(d.b))-d.off)/minSize {
		return Value{}, fmt.Errorf("%w: %s: array of %d %v elements at offset %d, only %d bytes left", ErrTruncated, key, n, elem, d.off, uint64(len(d.b))-d.off)
	}
	if elem.size() > 0 {
		return d.scalarArray(elem, int(n), key)
	}
	if elem == ValueString {
		return d.stringArray(key, n)
	}
	a := make([]Value, n)
	for i := range a {
		if a[i], err = d.array(fmt.Sprintf("%s[%d]", key, i), depth+1); err != nil {
			return Value{}, err
		}
	}
	return Value{Type: ValueArray, Elem: ValueArray, v: a}, nil
}

// stringArray decodes n strings with one allocation for all their bytes: a
// first pass checks the lengths and finds the end of the array, then the
// whole region is copied once and each string is a slice of that copy.
// (Vocabularies hold 30k-150k strings; this makes opening them several
// times faster.)
func (d *decoder) stringArray(key string, n uint64) (Value, error) {
	start := d.off
	size := uint64(len(d.b))
	for i := uint64(0); i < n; i++ {
		if size-d.off < 8 {
			return Value{}, fmt.Errorf("%w: %s[%d]: length at offset %d is cut off", ErrTruncated, key, i, d.off)
		}
		l := binary.LittleEndian.Uint64(d.b[d.off:])
		d.off += 8
		if l > maxStringLen {
			return Value{}, fmt.Errorf("%w: %s[%d] has length %d", ErrCorrupt, key, i, l)
		}
		if l > size-d.off {
			return Value{}, fmt.Errorf("%w: %s[%d] at offset %d needs %d bytes, %d left", ErrTruncated, key, i, d.off, l, size-d.off)
		}
		d.off += l
	}
	region := string(d.b[start:d.off])
	a := make([]string, n)
	off := uint64(0)
	for i := range a {
		l := binary.LittleEndian.Uint64(d.b[start+off:])
		a[i] = region[off+8 : off+8+l]
		off += 8 + l
	}
	return Strings(a), nil
}

// scalarArray decodes n scalars; the caller checked that they fit.
func (d *decoder) scalarArray(elem ValueType, n int, key string) (Value, error) {
	b := d.b[d.off : d.off+uint64(n*elem.size())]
	d.off += uint64(len(b))
	le := binary.LittleEndian
	var v any
	switch elem {
	case ValueUint8:
		v = append([]uint8(nil), b...)
	case ValueInt8:
		a := make([]int8, n)
		for i := range a {
			a[i] = int8(b[i])
		}
		v = a
	case ValueBool:
		a := make([]bool, n)
		for i := range a {
			if b[i] > 1 {
				return Value{}, fmt.Errorf("%w: %s[%d]: bool byte %d", ErrCorrupt, key, i, b[i])
			}
			a[i] = b[i] == 1
		}
		v = a
	case ValueUint16:
		a := make([]uint16, n)
		for i := range a {
			a[i] = le.Uint16(b[2*i:])
		}
		v = a
	case ValueInt16:
		a := make([]int16, n)
		for i := range a {
			a[i] = int16(le.Uint16(b[2*i:]))
		}
		v = a
	case ValueUint32:
		a := make([]uint32, n)
		for i := range a {
			a[i] = le.Uint32(b[4*i:])
		}
		v = a
	case ValueInt32:
		a := make([]int32, n)
		for i := range a {
			a[i] = int32(le.Uint32(b[4*i:]))
		}
		v = a
	case ValueFloat32:
		a := make([]float32, n)
		for i := range a {
			a[i] = math.Float32frombits(le.Uint32(b[4*i:]))
		}
		v = a
	case ValueUint64:
		a := make([]uint64, n)
		for i := range a {
			a[i] = le.Uint64(b[8*i:])
		}
		v = a
	case ValueInt64:
		a := make([]int64, n)
		for i := range a {
			a[i] = int64(le.Uint64(b[8*i:]))
		}
		v = a
	case ValueFloat64:
		a := make([]float64, n)
		for i := range a {
			a[i] = math.Float64frombits(le.Uint64(b[8*i:]))
		}
		v = a
	}
	return Value{Type: ValueArray, Elem: elem, v: v}, nil
}
