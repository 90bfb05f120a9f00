package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

func TestProgressIsDrawnOnlyOnATerminal(t *testing.T) {
	vocab := writeTinyVocab(t)
	model := filepath.Join(t.TempDir(), "m.gguf")
	if code, errOut := mkmodel(t, vocab, model); code != 0 {
		t.Fatal(errOut)
	}
	f, err := gguf.Open(model)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tty := range []bool{false, true} {
		var errb bytes.Buffer
		if err := preload(&env{stderr: &errb, stderrTTY: tty}, f); err != nil {
			t.Fatal(err)
		}
		drawn := strings.Contains(errb.String(), "loading "+model)
		if drawn != tty {
			t.Errorf("terminal %v: stderr %q", tty, errb.String())
		}
	}
}
