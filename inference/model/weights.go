package model

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/kernels"
)

// Matrix is a weight matrix used in place: Data aliases the GGUF mapping.
// Row r holds the Cols input weights of output r, in the tensor's own
// encoding (float32, half floats or quantized blocks).
type Matrix struct {
	Name       string
	Type       gguf.Type
	Rows, Cols int
	Data       []byte    // [Rows][row bytes], the raw tensor
	f32        []float32 // Data viewed as [Rows*Cols]float32 (F32 only)
	u16        []uint16  // Data viewed as [Rows*Cols]uint16 (F16, BF16)
	// tiles is a Q8_0 matrix rearranged for the AVX-512 kernels (see
	// tileQ8_0); products and rows then read it, not Data.
	tiles *kernels.Q8Tiles
}

// Quantized reports whether products with m need quantized activations.
func (m *Matrix) Quantized() bool {
	return m.Type == gguf.TypeQ8_0 || m.Type == gguf.TypeQ4_0 || m.Type == gguf.TypeQ5_0
}

// F32 returns the weights of an F32 matrix as float32 values (a view).
func (m *Matrix) F32() []float32 { return m.f32 }

func (m *Matrix) rowBytes() int {
	return m.Cols / int(m.Type.BlockSize()) * int(m.Type.BlockBytes())
}

// mul sets out[t*ldo+r-r0] = row r of m · token t of the activations, for rows
// [r0, r1) and ntok tokens: x is [ntok][Cols] float32, act the same
// activations quantized (used when m.Quantized()), scratch Cols floats of
// working space (for half-float weights).
func (m *Matrix) mul(out []float32, ldo int, x []float32, act *kernels.Q8Act, ntok, r0, r1 int, scratch []float32) {
	if r0 >= r1 {
		return
	}
	switch m.Type {
	case gguf.TypeF32:
		kernels.MatMulF32(out, ldo, m.f32[r0*m.Cols:r1*m.Cols], m.Cols, x, ntok)
	case gguf.TypeF16:
		kernels.MatMulF16(out, ldo, m.u16[r0*m.Cols:r1*m.Cols], m.Cols, x, ntok, scratch)
	case gguf.TypeBF16:
		kernels.MatMulBF16(out, ldo, m.u16[r0*m.Cols:r1*m.Cols], m.Cols, x, ntok, scratch)
	case gguf.TypeQ8_0:
		if m.tiles != nil {
			m.tiles.MatMul(out, ldo, act, r0, r1)
			return
		}
		rb := m.rowBytes()
		kernels.MatMulQ8_0(out, ldo, m.Data[r0*rb:r1*rb], act)
	case gguf.TypeQ4_0:
		rb := m.rowBytes()
		kernels.MatMulQ4_0(out, ldo, m.Data[r0*rb:r1*rb], act)
	case gguf.TypeQ5_0:
		rb := m.rowBytes()
		kernels.MatMulQ5_0(out, ldo, m.Data[r0*rb:r1*rb], act)
	case gguf.TypeQ4_K, gguf.TypeQ6_K:
		m.mulK(out, ldo, x, ntok, r0, r1)
	}
}

// kActs holds the K-quant activation buffers (kernels.Q8KAct) between calls.
var kActs = sync.Pool{New: func() any { return new(kernels.Q8KAct) }}

// mulK is mul for Q4_K and Q6_K weights. Their activations are quantized per
// super-block of 256 (ggml's Q8_K), which the State's Q8Act (blocks of 32)
// does not hold, so each thread quantizes all the tokens itself: the same
// bits on every thread, for about 6% of an all-K prefill with AVX-512 (a
// Q8KAct in the State, filled once per input like Q8Act, would save it).
func (m *Matrix) mulK(out []float32, ldo int, x []float32, ntok, r0, r1 int) {
	act := kActs.Get().(*kernels.Q8KAct)
	defer kActs.Put(act)
	act.Quantize(x[:ntok*m.Cols], m.Cols, ntok)
	rb := m.rowBytes()
	if m.Type == gguf.TypeQ4_K {
		kernels.MatMulQ4_K(out, ldo, m.Data[r0*rb:r1*rb], act)
	} else {
		kernels.MatMulQ6_K(out, ldo, m.Data[r0*rb:r1*rb], act)
	}
}

// row dequantizes row r into dst (Cols values): the token embedding lookup.
func (m *Matrix) row(dst []float32, r int) {
	switch m.Type {
	case gguf.TypeF32:
		copy(dst, m.f32[r*m.Cols:(r+1)*m.Cols])
	case gguf.TypeF16:
		for i, h := range m.u16[r*m.Cols : (r+1)*m.Cols] {
			dst[i] = kernels.F16ToF32(h)
		}
	case gguf.TypeBF16:
		for i, h := range m.u16[r*m.Cols : (r+1)*m.Cols] {
			dst[i] = kernels.BF16ToF32(h)
		}
	case gguf.TypeQ8_0:
		if m.tiles != nil {
			m.tiles.Row(dst, r)
			return
		}
		rb := m.rowBytes()
		kernels.DequantizeQ8_0(dst, m.Data[r*rb:(r+1)*rb])
	case gguf.TypeQ4_0:
		rb := m.rowBytes()
		kernels.DequantizeQ4_0(dst, m.Data[r*rb:(r+1)*rb])
	case gguf.TypeQ5_0:
		rb := m.rowBytes()
		kernels.DequantizeQ5_0(dst, m.Data[r*rb:(r+1)*rb])
	case gguf.TypeQ4_K, gguf.TypeQ6_K:
		rb := m.rowBytes()
		dequantizeK(m.Type, m.Data[r*rb:(r+1)*rb], dst[:m.Cols])
	}
}

// dequantizeK expands a row of Q4_K or Q6_K super-blocks.
func dequantizeK(t gguf.Type, src []byte, dst []float32) {
	bs := int(t.BlockBytes())
	for b := 0; b < len(dst)/gguf.QK_K; b++ {
		blk, y := src[b*bs:(b+1)*bs], dst[b*gguf.QK_K:(b+1)*gguf.QK_K]
		if t == gguf.TypeQ4_K {
			gguf.DequantizeQ4_K(blk, y)
		} else {
			gguf.DequantizeQ6_K(blk, y)
		}
	}
}

// Layer holds one transformer block's weights.
type Layer struct {
	AttnNorm []float32 // [Dim] attn_norm
	Wq       Matrix    // [QDim rows][Dim] attn_q
	Wk       Matrix    // [KVDim rows][Dim] attn_k
	Wv       Matrix    // [KVDim rows][Dim] attn_v
	Bq       []float32 // [QDim] attn_q.bias (qwen2; nil for llama)
	Bk       []float32 // [KVDim] attn_k.bias (qwen2)
	Bv       []float32 // [KVDim] attn_v.bias (qwen2)
	Wo       Matrix    // [Dim rows][QDim] attn_output
	FFNNorm  []float32 // [Dim] ffn_norm
	Gate     Matrix    // [HiddenDim rows][Dim] ffn_gate (w1)
	Up       Matrix    // [HiddenDim rows][Dim] ffn_up (w3)
	Down     Matrix    // [Dim rows][HiddenDim] ffn_down (w2)
}

// Weights holds every tensor of a model.
type Weights struct {
	TokenEmbd  Matrix    // [VocabSize rows][Dim] token_embd
	Layers     []Layer   // [Layers]
	OutputNorm []float32 // [Dim] output_norm
	Output     Matrix    // [VocabSize rows][Dim] output, or token_embd when tied
}

// WeightTypes names the weights' tensor type: "Q8_0" when every matrix has
// it, else the types with how many matrices of each, most first ("Q5_0 x151,
// Q8_0 x30, Q6_K x30" for a small model quantized as Q4_K_M, whose narrow
// rows fall back to other types). The token embedding counts once, even
// when it is also the output.
func (m *Model) WeightTypes() string {
	w := &m.Weights
	count := map[gguf.Type]int{w.TokenEmbd.Type: 1}
	if !m.Config.TiedOutput {
		count[w.Output.Type]++
	}
	for i := range w.Layers {
		l := &w.Layers[i]
		for _, m := range []*Matrix{&l.Wq, &l.Wk, &l.Wv, &l.Wo, &l.Gate, &l.Up, &l.Down} {
			count[m.Type]++
		}
	}
	types := make([]gguf.Type, 0, len(count))
	for t := range count {
		types = append(types, t)
	}
	if len(types) == 1 {
		return types[0].String()
	}
	slices.SortFunc(types, func(a, b gguf.Type) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a.String(), b.String())
	})
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%v x%d", t, count[t])
	}
	return strings.Join(parts, ", ")
}

// loader reads tensors by name, checking shapes and types.
type loader struct {
	f *gguf.File
}

func (l loader) matrix(name string, rows, cols int) (Matrix, error) {
	data, info, err := l.f.TensorData(name)
	if err != nil {
		return Matrix{}, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if len(info.Shape) != 2 || info.Shape[0] != uint64(cols) || info.Shape[1] != uint64(rows) {
		return Matrix{}, fmt.Errorf("%w: tensor %s has shape %v, want [%d %d]", ErrBadModel, name, info.Shape, cols, rows)
	}
	m := Matrix{Name: name, Type: info.Type, Rows: rows, Cols: cols, Data: data}
	switch info.Type {
	case gguf.TypeF32:
		if err := aligned(name, data, 4); err != nil {
			return Matrix{}, err
		}
		m.f32 = unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(data))), rows*cols)
	case gguf.TypeF16, gguf.TypeBF16:
		if err := aligned(name, data, 2); err != nil {
			return Matrix{}, err
		}
		m.u16 = unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(data))), rows*cols)
	case gguf.TypeQ8_0, gguf.TypeQ4_0, gguf.TypeQ5_0, gguf.TypeQ4_K, gguf.TypeQ6_K:
		if bs := int(info.Type.BlockSize()); cols%bs != 0 {
			return Matrix{}, fmt.Errorf("%w: tensor %s: %d columns is not a multiple of the %v block of %d", ErrBadModel, name, cols, info.Type, bs)
		}
	default:
		return Matrix{}, fmt.Errorf("%w: tensor %s has type %v (supported: F32, F16, BF16, Q8_0, Q4_0, Q5_0, Q4_K, Q6_K)", ErrUnsupported, name, info.Type)
	}
	return m, nil
}

func aligned(name string, data []byte, n uintptr) error {
	if len(data) > 0 && uintptr(unsafe.Pointer(unsafe.SliceData(data)))%n != 0 {
		return fmt.Errorf("%w: tensor %s data is not %d-byte aligned", ErrBadModel, name, n)
	}
	return nil
}

// vector reads a 1-D tensor of n values into a new float32 slice.
func (l loader) vector(name string, n int) ([]float32, error) {
	v, info, err := l.f.TensorFloat32s(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if len(info.Shape) != 1 || info.Shape[0] != uint64(n) {
		return nil, fmt.Errorf("%w: tensor %s has shape %v, want [%d]", ErrBadModel, name, info.Shape, n)
	}
	return v, nil
}

func loadWeights(f *gguf.File, c Config) (Weights, error) {
	l := loader{f}
	var w Weights
	var err error
	if w.TokenEmbd, err = l.matrix("token_embd.weight", c.VocabSize, c.Dim); err != nil {
		return w, err
	}
	if w.OutputNorm, err = l.vector("output_norm.weight", c.Dim); err != nil {
		return w, err
	}
	if c.TiedOutput {
		w.Output = w.TokenEmbd
	} else if w.Output, err = l.matrix("output.weight", c.VocabSize, c.Dim); err != nil {
		return w, err
	}
	w.Layers = make([]Layer, c.Layers)
	for i := range w.Layers {
		if err := loadLayer(l, c, i, &w.Layers[i]); err != nil {
			return w, err
		}
	}
	return w, nil
}

func loadLayer(l loader, c Config, i int, ly *Layer) error {
	p := fmt.Sprintf("blk.%d.", i)
	var err error
	mats := []struct {
		dst        *Matrix
		name       string
		rows, cols int
	}{
		{&ly.Wq, "attn_q.weight", c.QDim(), c.Dim},
		{&ly.Wk, "attn_k.weight", c.KVDim(), c.Dim},
		{&ly.Wv, "attn_v.weight", c.KVDim(), c.Dim},
		{&ly.Wo, "attn_output.weight", c.Dim, c.QDim()},
		{&ly.Gate, "ffn_gate.weight", c.HiddenDim, c.Dim},
		{&ly.Up, "ffn_up.weight", c.HiddenDim, c.Dim},
		{&ly.Down, "ffn_down.weight", c.Dim, c.HiddenDim},
	}
	for _, m := range mats {
		if *m.dst, err = l.matrix(p+m.name, m.rows, m.cols); err != nil {
			return err
		}
	}
	if ly.AttnNorm, err = l.vector(p+"attn_norm.weight", c.Dim); err != nil {
		return err
	}
	if ly.FFNNorm, err = l.vector(p+"ffn_norm.weight", c.Dim); err != nil {
		return err
	}
	if c.Arch == "qwen2" {
		for _, b := range []struct {
			dst  *[]float32
			name string
			n    int
		}{{&ly.Bq, "attn_q.bias", c.QDim()}, {&ly.Bk, "attn_k.bias", c.KVDim()}, {&ly.Bv, "attn_v.bias", c.KVDim()}} {
			if *b.dst, err = l.vector(p+b.name, b.n); err != nil {
				return err
			}
		}
	}
	return nil
}
