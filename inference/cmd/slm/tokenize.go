package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/tokenizer"
)

func init() {
	register(command{
		name:    "tokenize",
		summary: "print the token ids of the text on standard input",
		run:     runTokenize,
	})
}

func runTokenize(args []string, e *env) error {
	fs := newFlagSet("tokenize", "-m FILE.gguf [--special] < text", e)
	path := fs.String("m", "", "GGUF `file` with the vocabulary (a vocabulary-only GGUF is enough)")
	special := fs.Bool("special", false, "add BOS/EOS as the metadata says and parse special-token text such as <s>")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	if err := requireFlag(*path, "m"); err != nil {
		return err
	}
	tok, err := openTokenizer(*path)
	if err != nil {
		return err
	}
	// The text is tokenized exactly as given: a trailing newline is part of it.
	text, err := io.ReadAll(e.stdin)
	if err != nil {
		return fmt.Errorf("read standard input: %w", err)
	}
	ids := tok.Encode(string(text), *special, *special)
	w := bufio.NewWriter(e.stdout)
	var buf []byte
	for i, id := range ids {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = strconv.AppendInt(buf, int64(id), 10)
		if len(buf) > 4096 {
			w.Write(buf)
			buf = buf[:0]
		}
	}
	buf = append(buf, '\n')
	w.Write(buf)
	return w.Flush()
}

// openTokenizer builds the tokenizer of a GGUF file. The file is closed
// before returning: the tokenizer keeps its own copy of the vocabulary.
func openTokenizer(path string) (*tokenizer.Tokenizer, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tok, err := tokenizer.New(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return tok, nil
}
