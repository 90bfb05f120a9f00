package gguf_test

import (
	"bytes"
	"fmt"

	"github.com/minidao/minidao/inference/gguf"
)

// A file written with a Writer, then read back: metadata through typed
// getters, a tensor as raw Q8_0 blocks and as floats.
func Example() {
	w := gguf.NewWriter()
	w.Set("general.architecture", gguf.String("llama"))
	w.Set("llama.context_length", gguf.Uint32(2048))
	x := make([]float32, 64) // one row of 64 weights: two Q8_0 blocks
	for i := range x {
		x[i] = float32(i) / 64
	}
	data, _ := gguf.Quantize(gguf.TypeQ8_0, x, nil)
	w.AddTensor("w", gguf.TypeQ8_0, []uint64{64, 1}, data)
	var buf bytes.Buffer
	w.WriteTo(&buf)

	f, err := gguf.Parse(buf.Bytes()) // gguf.Open(path) maps a file instead
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := f.Uint("llama.context_length")
	raw, info, _ := f.TensorData("w")
	blocks, _ := gguf.BlocksQ8_0(raw)
	floats, _, _ := f.TensorFloat32s("w")
	fmt.Println(n, info.Type, info.Shape, len(blocks), blocks[1].Qs[31], floats[63])
	// Output: 2048 Q8_0 [64 1] 2 127 0.98443604
}
