package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/tokenizer"
)

func init() {
	register(command{
		name:    "info",
		summary: "print a GGUF file's metadata, tensor table and weightsHash",
		run:     runInfo,
	})
}

func runInfo(args []string, e *env) error {
	fs := newFlagSet("info", "-m FILE.gguf", e)
	path := fs.String("m", "", "GGUF `file`")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	if err := requireFlag(*path, "m"); err != nil {
		return err
	}
	f, err := gguf.Open(*path)
	if err != nil {
		return err
	}
	defer f.Close()

	p := newProgress(e, "hashing "+*path)
	sum, err := gguf.HashFile(*path, func(done, total int64) { p.update(done, total, "MiB") })
	p.done()
	if err != nil {
		return err
	}

	w := bufio.NewWriter(e.stdout)
	fmt.Fprintf(w, "file:        %s\n", *path)
	fmt.Fprintf(w, "size:        %d bytes\n", f.Size())
	fmt.Fprintf(w, "gguf:        version %d, alignment %d, data at offset %d\n", f.Version, f.Alignment, f.DataOffset)
	fmt.Fprintf(w, "weightsHash: 0x%s\n", hex.EncodeToString(sum[:]))
	if tok, err := tokenizer.New(f); err == nil {
		fmt.Fprintf(w, "tokenizer:   %s", tok.Model())
		if tok.Pre() != "" {
			fmt.Fprintf(w, " (pre-tokenizer %s)", tok.Pre())
		}
		fmt.Fprintf(w, ", %d tokens, BOS %d, EOS %d, add BOS %v, add EOS %v\n", tok.VocabSize(), tok.BOS(), tok.EOS(), tok.AddBOS(), tok.AddEOS())
	} else if f.Has(tokenizer.KeyModel) {
		fmt.Fprintf(w, "tokenizer:   unusable: %v\n", err)
	}
	printMetadata(w, f)
	printTensors(w, f)
	return w.Flush()
}

func printMetadata(w io.Writer, f *gguf.File) {
	fmt.Fprintf(w, "\nmetadata (%d keys):\n", len(f.Metadata))
	width := 0
	for _, kv := range f.Metadata {
		width = max(width, len(kv.Key))
	}
	for _, kv := range f.Metadata {
		typ := kv.Value.Type.String()
		if kv.Value.Type == gguf.ValueArray {
			typ = fmt.Sprintf("[%v; %d]", kv.Value.Elem, kv.Value.Len())
		}
		fmt.Fprintf(w, "  %-*s %-16s %s\n", width, kv.Key, typ, oneLine(kv.Value.String()))
	}
}

func printTensors(w io.Writer, f *gguf.File) {
	fmt.Fprintf(w, "\ntensors (%d):\n", len(f.Tensors))
	nameWidth := len("name")
	for _, t := range f.Tensors {
		nameWidth = max(nameWidth, len(t.Name))
	}
	fmt.Fprintf(w, "  %-*s %-6s %-22s %14s %14s\n", nameWidth, "name", "type", "shape", "elements", "bytes")
	var params, bytes uint64
	var unsupported []gguf.Type
	for _, t := range f.Tensors {
		fmt.Fprintf(w, "  %-*s %-6v %-22s %14d %14d\n", nameWidth, t.Name, t.Type, shapeString(t.Shape), t.NumElements(), t.Size)
		params += t.NumElements()
		bytes += t.Size
		if !t.Type.Supported() && !slices.Contains(unsupported, t.Type) {
			unsupported = append(unsupported, t.Type)
		}
	}
	fmt.Fprintf(w, "  total: %d parameters, %d bytes of tensor data\n", params, bytes)
	for _, t := range unsupported {
		fmt.Fprintf(w, "  note: tensor type %v is listed but cannot be decoded by this engine\n", t)
	}
}

func shapeString(shape []uint64) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// oneLine keeps metadata values on one line (strings may hold newlines, e.g.
// chat templates) and at most 120 characters.
func oneLine(s string) string {
	s = strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(s)
	if r := []rune(s); len(r) > 120 {
		s = string(r[:117]) + "..."
	}
	return s
}
