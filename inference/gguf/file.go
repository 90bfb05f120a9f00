package gguf

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"sync"
)

// TensorInfo describes one tensor: its name, shape, element type and where its
// data lies in the file.
type TensorInfo struct {
	Name string
	// Shape in GGUF order: Shape[0] (ggml's ne[0]) is the length of one
	// contiguous row, Shape[1] the number of rows, and so on. A weight matrix
	// of a linear layer y = W·x with x of length n_in and y of length n_out
	// has Shape [n_in, n_out].
	Shape []uint64
	Type  Type
	// Offset of the data from the start of the data section (File.DataOffset).
	Offset uint64
	// Size of the data in bytes.
	Size uint64
}

// NumElements returns the product of the shape.
func (t TensorInfo) NumElements() uint64 {
	n := uint64(1)
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// Rows returns the number of rows (the product of Shape[1:]).
func (t TensorInfo) Rows() uint64 {
	n := uint64(1)
	for _, d := range t.Shape[1:] {
		n *= d
	}
	return n
}

// RowBytes returns the bytes of one row (Shape[0] elements).
func (t TensorInfo) RowBytes() uint64 { return t.Shape[0] / t.Type.BlockSize() * t.Type.BlockBytes() }

// File is an open GGUF file. Its methods are safe for concurrent use; its
// exported fields are read-only. The byte slices it returns alias a
// read-only memory mapping and must not be used after Close (reading them
// would fault).
type File struct {
	// Version is the GGUF version (2 or 3).
	Version uint32
	// Metadata in file order.
	Metadata []KV
	// Tensors in file order.
	Tensors []TensorInfo
	// Alignment of tensor data (general.alignment, default 32).
	Alignment uint64
	// DataOffset is the file offset of the tensor data section.
	DataOffset uint64
	// Path the file was opened from ("" for Parse).
	Path string

	data     []byte // the whole file (mapped, or the caller's slice for Parse)
	unmap    func([]byte) error
	kvIndex  map[string]int
	tIndex   map[string]int
	mu       sync.Mutex
	closed   bool
	hashOnce sync.Once
	hash     [32]byte
	hashErr  error
}

// Open memory-maps the GGUF file at path and parses its header, metadata and
// tensor infos. Tensor data is not read until used. Close releases the mapping.
func Open(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("gguf: %s is not a regular file", path)
	}
	if st.Size() < 24 {
		return nil, fmt.Errorf("%w: %s has %d bytes, a GGUF header needs at least 24", ErrTruncated, path, st.Size())
	}
	data, err := mmapFile(fh, st.Size())
	if err != nil {
		return nil, fmt.Errorf("gguf: map %s: %w", path, err)
	}
	f, err := parse(data)
	if err != nil {
		_ = munmap(data)
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.Path = path
	f.unmap = munmap
	return f, nil
}

// Parse parses a GGUF file held in memory. The File aliases b; b must not be
// modified while the File is used. Close is a no-op for such a File.
func Parse(b []byte) (*File, error) { return parse(b) }

func parse(b []byte) (*File, error) {
	h, err := parseHeader(b)
	if err != nil {
		return nil, err
	}
	f := &File{
		Version:    h.version,
		Metadata:   h.kv,
		Tensors:    h.tensors,
		Alignment:  h.alignment,
		DataOffset: h.dataOff,
		data:       b,
		kvIndex:    make(map[string]int, len(h.kv)),
		tIndex:     make(map[string]int, len(h.tensors)),
	}
	for i, kv := range h.kv {
		f.kvIndex[kv.Key] = i
	}
	for i, t := range h.tensors {
		f.tIndex[t.Name] = i
	}
	return f, nil
}

// Close unmaps the file. Slices from TensorData become invalid.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	f.closed = true
	data := f.data
	f.data = nil
	if f.unmap != nil {
		return f.unmap(data)
	}
	return nil
}

// Size returns the file's size in bytes.
func (f *File) Size() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return int64(len(f.data))
}

// TensorInfo returns the info of the named tensor.
func (f *File) TensorInfo(name string) (TensorInfo, error) {
	i, ok := f.tIndex[name]
	if !ok {
		return TensorInfo{}, fmt.Errorf("%w: %q", ErrTensorNotFound, name)
	}
	return f.Tensors[i], nil
}

// HasTensor reports whether a tensor of that name exists.
func (f *File) HasTensor(name string) bool { _, ok := f.tIndex[name]; return ok }

// TensorData returns the raw bytes of the named tensor, aliasing the mapping
// (no copy). The bytes are laid out as ggml stores them: rows of Shape[0]
// elements, each row a sequence of blocks for quantized types.
func (f *File) TensorData(name string) ([]byte, TensorInfo, error) {
	t, err := f.TensorInfo(name)
	if err != nil {
		return nil, TensorInfo{}, err
	}
	b, err := f.Data(t)
	return b, t, err
}

// Data returns the raw bytes of a tensor of this file, aliasing the mapping.
func (f *File) Data(t TensorInfo) ([]byte, error) {
	f.mu.Lock()
	data, closed := f.data, f.closed
	f.mu.Unlock()
	if closed {
		return nil, ErrClosed
	}
	start := f.DataOffset + t.Offset
	if start > uint64(len(data)) || t.Size > uint64(len(data))-start {
		return nil, fmt.Errorf("%w: tensor %q lies outside the file", ErrCorrupt, t.Name)
	}
	return data[start : start+t.Size : start+t.Size], nil
}

// TensorFloat32s dequantizes the named tensor into a new []float32 (on the
// heap: meant for small tensors such as norms, and for tests).
func (f *File) TensorFloat32s(name string) ([]float32, TensorInfo, error) {
	b, t, err := f.TensorData(name)
	if err != nil {
		return nil, t, err
	}
	out := make([]float32, t.NumElements())
	if err := Dequantize(t.Type, b, out); err != nil {
		return nil, t, fmt.Errorf("tensor %q: %w", name, err)
	}
	return out, t, nil
}

// WeightsHash returns the sha256 of the whole file as it is mapped, computed
// once and cached. Hashing the mapping (not the path) guarantees the hash is
// of the bytes this File serves even if the file on disk is replaced; it
// reads the file through the page cache without copying it to the heap.
func (f *File) WeightsHash() ([32]byte, error) {
	f.hashOnce.Do(func() {
		f.mu.Lock()
		data, closed := f.data, f.closed
		f.mu.Unlock()
		if closed {
			f.hashErr = ErrClosed
			return
		}
		f.hash = sha256.Sum256(data)
	})
	return f.hash, f.hashErr
}

// HashFile returns the sha256 of a file, streamed. If progress is not nil it
// is called after each chunk with the bytes hashed so far and the total.
func HashFile(path string, progress func(done, total int64)) ([32]byte, error) {
	var sum [32]byte
	fh, err := os.Open(path)
	if err != nil {
		return sum, fmt.Errorf("gguf: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return sum, fmt.Errorf("gguf: %w", err)
	}
	h := sha256.New()
	buf := make([]byte, 1<<20)
	var done int64
	for {
		n, err := fh.Read(buf)
		h.Write(buf[:n])
		done += int64(n)
		if progress != nil && n > 0 {
			progress(done, st.Size())
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return sum, fmt.Errorf("gguf: hash %s: %w", path, err)
		}
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}

// Preload reads through the tensor data once, one byte per 4 KiB page, so
// that the page faults of a cold file happen now (with progress shown, if
// progress is not nil) rather than during the first forward pass. The pages
// stay in the page cache; nothing is copied to the heap.
func (f *File) Preload(progress func(done, total int64)) error {
	f.mu.Lock()
	data, closed := f.data, f.closed
	f.mu.Unlock()
	if closed {
		return ErrClosed
	}
	if f.DataOffset >= uint64(len(data)) {
		return nil
	}
	tensors := data[f.DataOffset:]
	total := int64(len(tensors))
	const page, chunk = 4096, 16 << 20
	var sink byte
	for start := 0; start < len(tensors); start += chunk {
		end := min(start+chunk, len(tensors))
		for i := start; i < end; i += page {
			sink ^= tensors[i]
		}
		if progress != nil {
			progress(int64(end), total)
		}
	}
	preloadSink = sink
	return nil
}

// preloadSink keeps the compiler from removing Preload's reads.
var preloadSink byte
