package bindings_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBindingsUpToDate regenerates the bindings from the current forge
// artifacts and fails on any difference with the committed ones.
func TestBindingsUpToDate(t *testing.T) {
	if _, err := os.Stat("../contracts/out"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("no forge artifacts in contracts/out: the test command must run forge build first")
		}
		t.Skip("no forge artifacts in contracts/out: run `make build` (forge build) first")
	}
	dir := t.TempDir()
	cmd := exec.Command("node", "../scripts/gen-bindings.mjs", dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("regenerate bindings: %v", err)
	}
	for _, f := range []string{"bindings.go", "registry.go"} {
		want, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s differs from what the contracts generate: run `make bindings` and commit the result", f)
		}
	}
}
