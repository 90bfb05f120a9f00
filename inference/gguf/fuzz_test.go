package gguf

import (
	"bytes"
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
