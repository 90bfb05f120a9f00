package gguf

import (
	"bytes"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// allValues has one metadata entry of every value type, arrays included.
func allValues(t testing.TB) []KV {
	t.Helper()
	nested, err := Array([]Value{Int32s([]int32{1, -2}), Strings([]string{"a", ""})})
	if err != nil {
		t.Fatal(err)
	}
	mustArray := func(x any) Value {
		v, err := Array(x)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	return []KV{
		{"general.architecture", String("llama")},
		{"u8", Uint8(200)}, {"i8", Int8(-100)}, {"u16", Uint16(60000)}, {"i16", Int16(-30000)},
		{"u32", Uint32(4000000000)}, {"i32", Int32(-2000000000)}, {"f32", Float32(1.5)},
		{"bool", Bool(true)}, {"str", String("héllo ▁ world")}, {"u64", Uint64(1 << 60)},
		{"i64", Int64(-1 << 60)}, {"f64", Float64(math.Pi)},
		{"a.u8", mustArray([]uint8{1, 2, 3})}, {"a.i8", mustArray([]int8{-1, 2})},
		{"a.u16", mustArray([]uint16{1, 65535})}, {"a.i16", mustArray([]int16{-5})},
		{"a.u32", mustArray([]uint32{7, 8})}, {"a.i32", Int32s([]int32{-7, 8})},
		{"a.f32", Float32s([]float32{0.25, -1})}, {"a.bool", mustArray([]bool{true, false})},
		{"a.str", Strings([]string{"x", "", "▁y"})}, {"a.u64", mustArray([]uint64{1 << 63})},
		{"a.i64", mustArray([]int64{-1})}, {"a.f64", mustArray([]float64{2.5})},
		{"a.empty", Strings([]string{})}, {"a.nested", nested},
		{KeyAlignment, Uint32(64)},
	}
}

func randFloats(r *rand.Rand, n int, scale float32) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64()) * scale
	}
	return x
}

// buildFile writes a file with every value type and one tensor of each
// supported type, and returns its bytes and the float data of each tensor.
func buildFile(t testing.TB) ([]byte, map[string][]float32) {
	t.Helper()
	w := NewWriter()
	for _, kv := range allValues(t) {
		if err := w.Set(kv.Key, kv.Value); err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	src := map[string][]float32{}
	for _, typ := range []Type{TypeF32, TypeF16, TypeBF16, TypeQ8_0, TypeQ4_0, TypeQ4_1, TypeQ5_0, TypeQ5_1, TypeQ4_K, TypeQ5_K, TypeQ6_K} {
		shape := []uint64{256, 3}
		x := randFloats(r, 768, 1)
		data, err := Quantize(typ, x, nil)
		if err != nil {
			t.Fatal(err)
		}
		name := "t." + typ.String()
		if err := w.AddTensor(name, typ, shape, data); err != nil {
			t.Fatal(err)
		}
		src[name] = x
	}
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), src
}

func TestWriterOutputReadsBackExactly(t *testing.T) {
	b, src := buildFile(t)
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if f.Version != 3 || f.Alignment != 64 || f.DataOffset%64 != 0 {
		t.Fatalf("version %d alignment %d data offset %d", f.Version, f.Alignment, f.DataOffset)
	}
	want := allValues(t)
	if len(f.Metadata) != len(want) {
		t.Fatalf("got %d keys, want %d", len(f.Metadata), len(want))
	}
	for i, kv := range want {
		got := f.Metadata[i]
		if got.Key != kv.Key || got.Value.Type != kv.Value.Type || got.Value.Elem != kv.Value.Elem || !reflect.DeepEqual(got.Value.Any(), kv.Value.Any()) {
			t.Errorf("entry %d: got %s=%#v, want %s=%#v", i, got.Key, got.Value, kv.Key, kv.Value)
		}
	}
	for name, x := range src {
		info, err := f.TensorInfo(name)
		if err != nil {
			t.Fatal(err)
		}
		if info.Offset%64 != 0 || !reflect.DeepEqual(info.Shape, []uint64{256, 3}) {
			t.Errorf("%s: offset %d shape %v", name, info.Offset, info.Shape)
		}
		got, _, err := f.TensorFloat32s(name)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := f.Data(info)
		again, _ := Quantize(info.Type, got, nil)
		if info.Type != TypeQ4_K && info.Type != TypeQ5_K && info.Type != TypeQ6_K && !bytes.Equal(again, data) {
			t.Errorf("%s: re-quantizing the decoded values does not give the same bytes", name)
		}
		var maxErr float64
		for i := range x {
			maxErr = max(maxErr, math.Abs(float64(got[i]-x[i])))
		}
		// Bounds for N(0,1) data with |x| <= ~4.5 in this seed.
		bound := map[Type]float64{TypeF32: 0, TypeF16: 2e-3, TypeBF16: 2e-2, TypeQ8_0: 0.02, TypeQ4_0: 0.35, TypeQ4_1: 0.35, TypeQ5_0: 0.17, TypeQ5_1: 0.17, TypeQ4_K: 0.4, TypeQ5_K: 0.2, TypeQ6_K: 0.1}[info.Type]
		if maxErr > bound {
			t.Errorf("%s: max error %g > %g", name, maxErr, bound)
		}
	}
}

func TestMetadataGetters(t *testing.T) {
	b, _ := buildFile(t)
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := f.String("str"); err != nil || s != "héllo ▁ world" {
		t.Errorf("String = %q, %v", s, err)
	}
	if x, err := f.Uint("u16"); err != nil || x != 60000 {
		t.Errorf("Uint(u16) = %d, %v", x, err)
	}
	if x, err := f.Int("i8"); err != nil || x != -100 {
		t.Errorf("Int(i8) = %d, %v", x, err)
	}
	if _, err := f.Uint("i8"); !errors.Is(err, ErrTypeMismatch) {
		t.Errorf("Uint of a negative value: %v, want ErrTypeMismatch", err)
	}
	if _, err := f.Uint32("u64"); !errors.Is(err, ErrTypeMismatch) {
		t.Errorf("Uint32 of 2^60: %v, want ErrTypeMismatch", err)
	}
	if x, err := f.Float("f32"); err != nil || x != 1.5 {
		t.Errorf("Float = %v, %v", x, err)
	}
	if x, err := f.Bool("bool"); err != nil || !x {
		t.Errorf("Bool = %v, %v", x, err)
	}
	if a, err := f.Int32s("a.u16"); err != nil || !reflect.DeepEqual(a, []int32{1, 65535}) {
		t.Errorf("Int32s(a.u16) = %v, %v", a, err)
	}
	if _, err := f.String("nope"); !errors.Is(err, ErrKeyNotFound) {
		t.Errorf("missing key: %v", err)
	}
	if _, err := f.Strings("str"); !errors.Is(err, ErrTypeMismatch) {
		t.Errorf("Strings of a string: %v", err)
	}
	if x, err := f.UintOr("absent", 7); err != nil || x != 7 {
		t.Errorf("UintOr = %d, %v", x, err)
	}
	if _, err := f.UintOr("str", 7); !errors.Is(err, ErrTypeMismatch) {
		t.Errorf("UintOr of a string: %v", err)
	}
	if k, err := f.ArchKey("context_length"); err != nil || k != "llama.context_length" {
		t.Errorf("ArchKey = %q, %v", k, err)
	}
	if _, _, err := f.TensorData("missing"); !errors.Is(err, ErrTensorNotFound) {
		t.Errorf("missing tensor: %v", err)
	}
}

func TestEveryTruncationFailsCleanly(t *testing.T) {
	b, _ := buildFile(t)
	for n := 0; n < len(b); n++ {
		_, err := Parse(b[:n])
		if err == nil {
			t.Fatalf("a file cut to %d of %d bytes parsed without error", n, len(b))
		}
		if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrBadMagic) {
			t.Fatalf("cut to %d bytes: %v, want ErrTruncated", n, err)
		}
	}
}

func TestCorruptHeadersAreRejected(t *testing.T) {
	good, _ := buildFile(t)
	patch := func(off int, bytes ...byte) []byte {
		b := append([]byte(nil), good...)
		copy(b[off:], bytes)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"a bad magic", patch(0, 'G', 'G', 'M', 'L'), ErrBadMagic},
		{"version 1", patch(4, 1, 0, 0, 0), ErrUnsupportedVersion},
		{"version 4", patch(4, 4, 0, 0, 0), ErrUnsupportedVersion},
		{"a big-endian file", patch(4, 0, 0, 0, 3), ErrUnsupportedVersion},
		{"a huge tensor count", patch(8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f), ErrTruncated},
		{"a huge metadata count", patch(16, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f), ErrTruncated},
		{"a huge key length", patch(24, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0), ErrCorrupt},
		{"an unknown value type", patch(24+8+len("general.architecture"), 99, 0, 0, 0), ErrCorrupt},
	}
	for _, c := range cases {
		t.Run("it rejects "+c.name, func(t *testing.T) {
			if _, err := Parse(c.data); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestCorruptTensorInfosAreRejected(t *testing.T) {
	// One F32 tensor "x" of 4 elements and no metadata: its type field is at
	// 24 (header) + 8+1 (name) + 4 (dims) + 8 (ne[0]) = 45.
	const typeOff = 45
	w := NewWriter()
	w.AddTensor("x", TypeF32, []uint64{4}, make([]byte, 16))
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if _, err := Parse(good); err != nil {
		t.Fatal(err)
	}
	edit := func(off int, v ...byte) []byte {
		b := append([]byte(nil), good...)
		copy(b[off:], v)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"an unknown tensor type", edit(typeOff, 77), ErrUnsupportedType},
		{"a row that is not whole blocks", edit(typeOff, byte(TypeQ8_0)), ErrCorrupt},
		{"zero dimensions", edit(24+9, 0), ErrCorrupt},
		{"five dimensions", edit(24+9, 5), ErrCorrupt},
		{"a misaligned data offset", edit(typeOff+4, 1), ErrCorrupt},
		{"data past the end", good[:len(good)-1], ErrTruncated},
		{"an overflowing shape", edit(24+9+4, 0, 0, 0, 0, 0, 0, 0, 0x80), ErrCorrupt},
	}
	for _, c := range cases {
		t.Run("it rejects "+c.name, func(t *testing.T) {
			if _, err := Parse(c.data); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestOpenMapsAndHashes(t *testing.T) {
	b, _ := buildFile(t)
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	h, err := f.WeightsHash()
	if err != nil {
		t.Fatal(err)
	}
	mem, _ := Parse(b)
	if h2, _ := mem.WeightsHash(); h != h2 {
		t.Fatalf("streamed hash %x != in-memory hash %x", h, h2)
	}
	if f.Size() != int64(len(b)) {
		t.Fatalf("Size = %d", f.Size())
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.TensorData("t.F32"); !errors.Is(err, ErrClosed) {
		t.Fatalf("after Close: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.gguf")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	short := filepath.Join(t.TempDir(), "short.gguf")
	os.WriteFile(short, b[:10], 0o644)
	if _, err := Open(short); !errors.Is(err, ErrTruncated) {
		t.Fatalf("short file: %v", err)
	}
}

func TestWriteFileLeavesNoPartialFile(t *testing.T) {
	w := NewWriter()
	w.AddTensorFunc("x", TypeF32, []uint64{4}, func(out io.Writer) error {
		_, err := out.Write(make([]byte, 8)) // 8 of the 16 bytes
		return err
	})
	path := filepath.Join(t.TempDir(), "out.gguf")
	if err := w.WriteFile(path); err == nil {
		t.Fatal("a short tensor write succeeded")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a partial file was left: %v", err)
	}
	if err := w.Set(KeyAlignment, Uint32(3)); err == nil {
		t.Fatal("alignment 3 accepted")
	}
	if err := w.Set("zero", Value{}); err == nil {
		t.Fatal("a zero Value accepted")
	}
}

func TestVersion2FilesParseLikeVersion3(t *testing.T) {
	// v2 and v3 share the layout (v3 only allowed big-endian files, which
	// are rejected), so a v3 file relabelled v2 must read the same.
	b, _ := buildFile(t)
	v2 := append([]byte(nil), b...)
	v2[4] = 2
	f3, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	f2, err := Parse(v2)
	if err != nil {
		t.Fatal(err)
	}
	if f2.Version != 2 || !reflect.DeepEqual(f2.Metadata, f3.Metadata) || !reflect.DeepEqual(f2.Tensors, f3.Tensors) {
		t.Fatal("a v2 file reads differently from the same v3 file")
	}
}

func TestPreloadReportsProgressToTheEnd(t *testing.T) {
	b, _ := buildFile(t)
	path := filepath.Join(t.TempDir(), "m.gguf")
	os.WriteFile(path, b, 0o644)
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var last, total int64
	if err := f.Preload(func(d, n int64) { last, total = d, n }); err != nil {
		t.Fatal(err)
	}
	if total != int64(len(b))-int64(f.DataOffset) || last != total {
		t.Fatalf("progress ended at %d of %d", last, total)
	}
	f.Close()
	if err := f.Preload(nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Preload after Close: %v", err)
	}
}

func TestOpenDoesNotCopyTensorDataToTheHeap(t *testing.T) {
	const size = 32 << 20
	w := NewWriter()
	w.AddTensorFunc("big", TypeF32, []uint64{size / 4}, func(out io.Writer) error {
		_, err := out.Write(make([]byte, size))
		return err
	})
	path := filepath.Join(t.TempDir(), "big.gguf")
	if err := w.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, _, err := f.TensorData("big")
	if err != nil || len(data) != size {
		t.Fatalf("%d bytes, %v", len(data), err)
	}
	var sum byte
	for i := 0; i < len(data); i += 4096 {
		sum += data[i]
	}
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Fatalf("opening and reading a %d MiB tensor allocated %d bytes on the heap", size>>20, alloc)
	}
	_ = sum
}

func TestTensorGeometry(t *testing.T) {
	ti := TensorInfo{Shape: []uint64{64, 3, 2}, Type: TypeQ8_0}
	if ti.NumElements() != 384 || ti.Rows() != 6 || ti.RowBytes() != 68 {
		t.Fatalf("elements %d rows %d row bytes %d", ti.NumElements(), ti.Rows(), ti.RowBytes())
	}
	empty := TensorInfo{Shape: []uint64{0, 5}, Type: TypeF32}
	if empty.NumElements() != 0 || empty.Rows() != 5 || empty.RowBytes() != 0 {
		t.Fatal("a tensor with an empty dimension")
	}
	if n, err := TypeQ4_K.RowBytes(512); err != nil || n != 288 {
		t.Fatalf("Q4_K RowBytes(512) = %d, %v", n, err)
	}
	if _, err := TypeQ4_K.RowBytes(100); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Q4_K RowBytes(100): %v", err)
	}
	if typ, ok := TypeByName("q6_k"); !ok || typ != TypeQ6_K || typ.String() != "Q6_K" || Type(99).String() != "type(99)" {
		t.Fatal("type names")
	}
}
