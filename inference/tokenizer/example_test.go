package tokenizer_test

import (
	"bytes"
	"fmt"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/tokenizer"
)

// A tiny llama vocabulary built in memory; real ones come from
// gguf.Open(path) on a model or vocabulary-only GGUF.
func Example() {
	w := gguf.NewWriter()
	w.Set(tokenizer.KeyModel, gguf.String("llama"))
	w.Set(tokenizer.KeyTokens, gguf.Strings([]string{"<unk>", "<s>", "</s>", "\u2581", "h", "i", "\u2581h", "\u2581hi", "<0xC3>", "<0xA9>"}))
	w.Set(tokenizer.KeyScores, gguf.Float32s([]float32{0, 0, 0, 1, 1, 1, 2, 3, 0, 0}))
	w.Set(tokenizer.KeyTokenType, gguf.Int32s([]int32{2, 3, 3, 1, 1, 1, 1, 1, 6, 6}))
	var buf bytes.Buffer
	w.WriteTo(&buf)
	f, _ := gguf.Parse(buf.Bytes())
	tok, err := tokenizer.New(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	ids := tok.Encode("hi é", true, false) // BOS added: add_bos_token defaults to true for llama
	fmt.Println(ids)

	// Stream the text back: é is two byte tokens, held until complete.
	d := tok.NewDecoder(false)
	for _, id := range ids {
		fmt.Printf("%q ", d.Add(id))
	}
	fmt.Printf("%q\n", d.Flush())
	// Output:
	// [1 7 3 8 9]
	// "" " hi" " " "" "é" ""
}
