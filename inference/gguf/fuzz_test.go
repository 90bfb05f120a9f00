package gguf

import (
	"bytes"
	"math"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the reader: it must return an error or a
// File whose every tensor can be read (and decoded when supported), never
// panic or allocate without bound.
func FuzzParse(f *testing.F) {
	good, _ := buildFile(f)
	f.Add(good)
	f.Add(good[:100])
	w := NewWriter()
	w.Set("general.architecture", String("llama"))
	w.AddTensor("a", TypeQ8_0, []uint64{32}, make([]byte, 34))
	var buf bytes.Buffer
	w.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("GGUF\x03\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Parse(b)
		if err != nil {
			return
		}
		for _, kv := range file.Metadata {
			_ = kv.Value.String()
		}
		for _, ti := range file.Tensors {
			data, err := file.Data(ti)
			if err != nil {
				t.Fatalf("tensor %q passed parsing but cannot be read: %v", ti.Name, err)
			}
			if ti.Type.Supported() && ti.NumElements() <= 1<<16 {
				if err := Dequantize(ti.Type, data, make([]float32, ti.NumElements())); err != nil {
					t.Fatalf("tensor %q: %v", ti.Name, err)
				}
			}
		}
	})
}

// FuzzWriterRoundTrip writes arbitrary keys, string and number values and a
// tensor, and checks the reader gives them back.
func FuzzWriterRoundTrip(f *testing.F) {
	f.Add("general.name", "tiny", uint64(7), float32(0.5), uint16(32))
	f.Add("", "\x00\xff", uint64(0), float32(-1), uint16(1))
	f.Fuzz(func(t *testing.T, key, s string, u uint64, x float32, n uint16) {
		if key == KeyAlignment {
			return // must be a uint32: Set rejects a string, as it should
		}
		w := NewWriter()
		w.Set(key, String(s))
		w.Set(key+".u", Uint64(u))
		w.Set(key+".a", Strings([]string{s, key}))
		w.Set(key+".f", Float32s([]float32{x}))
		rows := uint64(n%8 + 1)
		data := make([]byte, 34*rows)
		if err := w.AddTensor(key+".t", TypeQ8_0, []uint64{32, rows}, data); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := w.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		file, err := Parse(buf.Bytes())
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		if got, err := file.String(key); err != nil || got != s {
			t.Fatalf("string %q: got %q, %v", key, got, err)
		}
		if got, err := file.Uint(key + ".u"); err != nil || got != u {
			t.Fatalf("uint: got %d, %v", got, err)
		}
		if got, err := file.Strings(key + ".a"); err != nil || len(got) != 2 || got[0] != s || got[1] != key {
			t.Fatalf("strings: got %q, %v", got, err)
		}
		if got, err := file.Float32s(key + ".f"); err != nil || math.Float32bits(got[0]) != math.Float32bits(x) {
			t.Fatalf("floats: got %v, %v", got, err)
		}
		if ti, err := file.TensorInfo(key + ".t"); err != nil || ti.Size != uint64(len(data)) {
			t.Fatalf("tensor: %+v, %v", ti, err)
		}
	})
}
