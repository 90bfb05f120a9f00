package gguf

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Writer builds a GGUF v3 file: set metadata and declare tensors, then call
// WriteTo (or WriteFile). Tensor data is either given as bytes (AddTensor) or
// produced while writing by a function (AddTensorFunc), so that large models
// can be written without holding all their weights in memory.
type Writer struct {
	kv        []KV
	kvIndex   map[string]int
	tensors   []pendingTensor
	names     map[string]bool
	alignment uint64
}

type pendingTensor struct {
	info  TensorInfo
	write func(io.Writer) error
}

// NewWriter returns an empty Writer with the default alignment (32).
func NewWriter() *Writer {
	return &Writer{kvIndex: map[string]int{}, names: map[string]bool{}, alignment: DefaultAlignment}
}

// Set sets a metadata key, replacing an earlier value of the same key but
// keeping its position. Setting general.alignment changes the alignment
// used for tensor data; it must be a power-of-two uint32.
func (w *Writer) Set(key string, v Value) error {
	if key == KeyAlignment {
		a, ok := v.Uint()
		if v.Type != ValueUint32 || !ok || a == 0 || a&(a-1) != 0 {
			return fmt.Errorf("gguf: %s must be a power-of-two uint32, got %v %v", KeyAlignment, v.Type, v)
		}
		w.alignment = a
	}
	if err := v.check(); err != nil {
		return fmt.Errorf("gguf: %s: %w", key, err)
	}
	if i, ok := w.kvIndex[key]; ok {
		w.kv[i].Value = v
		return nil
	}
	w.kvIndex[key] = len(w.kv)
	w.kv = append(w.kv, KV{Key: key, Value: v})
	return nil
}

// AddTensor declares a tensor whose data is given. shape is in GGUF order
// (shape[0] = row length); len(data) must match the type and shape. The
// Writer keeps data until WriteTo.
func (w *Writer) AddTensor(name string, typ Type, shape []uint64, data []byte) error {
	info, err := w.declare(name, typ, shape)
	if err != nil {
		return err
	}
	if uint64(len(data)) != info.Size {
		return fmt.Errorf("gguf: tensor %q: %v %v needs %d bytes, got %d", name, typ, shape, info.Size, len(data))
	}
	w.tensors = append(w.tensors, pendingTensor{info: info, write: func(out io.Writer) error {
		_, err := out.Write(data)
		return err
	}})
	return nil
}

// AddTensorFunc declares a tensor whose data write produces during WriteTo;
// write must write exactly the tensor's size in bytes.
func (w *Writer) AddTensorFunc(name string, typ Type, shape []uint64, write func(io.Writer) error) error {
	info, err := w.declare(name, typ, shape)
	if err != nil {
		return err
	}
	w.tensors = append(w.tensors, pendingTensor{info: info, write: write})
	return nil
}

func (w *Writer) declare(name string, typ Type, shape []uint64) (TensorInfo, error) {
	if w.names[name] {
		return TensorInfo{}, fmt.Errorf("gguf: duplicate tensor %q", name)
	}
	if len(shape) == 0 || len(shape) > MaxDims {
		return TensorInfo{}, fmt.Errorf("gguf: tensor %q: %d dimensions (want 1..%d)", name, len(shape), MaxDims)
	}
	n := uint64(1)
	for _, d := range shape {
		if d == 0 || n > math.MaxInt64/d {
			return TensorInfo{}, fmt.Errorf("gguf: tensor %q: bad shape %v", name, shape)
		}
		n *= d
	}
	if !typ.Known() {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q: %v", ErrUnsupportedType, name, typ)
	}
	if shape[0]%typ.BlockSize() != 0 {
		return TensorInfo{}, fmt.Errorf("gguf: tensor %q: row length %d is not a multiple of the %v block size %d", name, shape[0], typ, typ.BlockSize())
	}
	w.names[name] = true
	return TensorInfo{
		Name:  name,
		Shape: append([]uint64(nil), shape...),
		Type:  typ,
		Size:  n / typ.BlockSize() * typ.BlockBytes(),
	}, nil
}

// countingWriter counts bytes and remembers the first error.
type countingWriter struct {
	w   *bufio.Writer
	n   int64
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func (c *countingWriter) u32(x uint32) { c.Write(binary.LittleEndian.AppendUint32(nil, x)) }
func (c *countingWriter) u64(x uint64) { c.Write(binary.LittleEndian.AppendUint64(nil, x)) }
func (c *countingWriter) str(s string) { c.u64(uint64(len(s))); io.WriteString(c, s) }
func (c *countingWriter) pad(a uint64) {
	if r := uint64(c.n) % a; r != 0 {
		c.Write(make([]byte, a-r))
	}
}

// WriteTo writes the file. Tensors are laid out in the order they were added,
// each aligned.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	c := &countingWriter{w: bufio.NewWriterSize(out, 1<<20)}
	io.WriteString(c, Magic)
	c.u32(3)
	c.u64(uint64(len(w.tensors)))
	c.u64(uint64(len(w.kv)))
	for _, kv := range w.kv {
		c.str(kv.Key)
		c.u32(uint32(kv.Value.Type))
		writeValue(c, kv.Value)
	}
	offset := uint64(0)
	for i := range w.tensors {
		t := &w.tensors[i].info
		t.Offset = offset
		c.str(t.Name)
		c.u32(uint32(len(t.Shape)))
		for _, d := range t.Shape {
			c.u64(d)
		}
		c.u32(uint32(t.Type))
		c.u64(t.Offset)
		offset = alignUp(offset+t.Size, w.alignment)
	}
	c.pad(w.alignment)
	for _, t := range w.tensors {
		c.pad(w.alignment)
		start := c.n
		if err := t.write(c); err != nil {
			return c.n, fmt.Errorf("gguf: write tensor %q: %w", t.info.Name, err)
		}
		if c.err != nil {
			return c.n, c.err
		}
		if got := uint64(c.n - start); got != t.info.Size {
			return c.n, fmt.Errorf("gguf: tensor %q: wrote %d bytes, want %d", t.info.Name, got, t.info.Size)
		}
	}
	if c.err != nil {
		return c.n, c.err
	}
	return c.n, c.w.Flush()
}

// WriteFile writes the file to path (via a temporary file renamed into place,
// so a failed write leaves no partial file at path).
func (w *Writer) WriteFile(path string) error {
	tmp, err := os.CreateTemp(dirOf(path), ".gguf-*")
	if err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	_, err = w.WriteTo(tmp)
	err = errors.Join(err, tmp.Chmod(0o644), tmp.Close())
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}

func writeValue(c *countingWriter, v Value) {
	le := binary.LittleEndian
	switch x := v.v.(type) {
	case uint8:
		c.Write([]byte{x})
	case int8:
		c.Write([]byte{byte(x)})
	case bool:
		b := byte(0)
		if x {
			b = 1
		}
		c.Write([]byte{b})
	case uint16:
		c.Write(le.AppendUint16(nil, x))
	case int16:
		c.Write(le.AppendUint16(nil, uint16(x)))
	case uint32:
		c.u32(x)
	case int32:
		c.u32(uint32(x))
	case float32:
		c.u32(math.Float32bits(x))
	case uint64:
		c.u64(x)
	case int64:
		c.u64(uint64(x))
	case float64:
		c.u64(math.Float64bits(x))
	case string:
		c.str(x)
	default:
		writeArray(c, v)
	}
}

func writeArray(c *countingWriter, v Value) {
	c.u32(uint32(v.Elem))
	c.u64(uint64(v.Len()))
	le := binary.LittleEndian
	var b []byte
	switch a := v.v.(type) {
	case []uint8:
		b = a
	case []int8:
		for _, x := range a {
			b = append(b, byte(x))
		}
	case []bool:
		for _, x := range a {
			if x {
				b = append(b, 1)
			} else {
				b = append(b, 0)
			}
		}
	case []uint16:
		for _, x := range a {
			b = le.AppendUint16(b, x)
		}
	case []int16:
		for _, x := range a {
			b = le.AppendUint16(b, uint16(x))
		}
	case []uint32:
		for _, x := range a {
			b = le.AppendUint32(b, x)
		}
	case []int32:
		for _, x := range a {
			b = le.AppendUint32(b, uint32(x))
		}
	case []float32:
		for _, x := range a {
			b = le.AppendUint32(b, math.Float32bits(x))
		}
	case []uint64:
		for _, x := range a {
			b = le.AppendUint64(b, x)
		}
	case []int64:
		for _, x := range a {
			b = le.AppendUint64(b, uint64(x))
		}
	case []float64:
		for _, x := range a {
			b = le.AppendUint64(b, math.Float64bits(x))
		}
	case []string:
		for _, s := range a {
			c.str(s)
		}
	case []Value:
		for _, e := range a {
			writeArray(c, e)
		}
	}
	c.Write(b)
}
