package localnet

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
)

// Binaries are the built commands.
type Binaries struct {
	Worker, Relayer, Oracle, SLM string
}

// Build builds the commands from the repository at root into dir.
func Build(ctx context.Context, root, dir string) (Binaries, error) {
	b := Binaries{
		Worker:  filepath.Join(dir, "worker"),
		Relayer: filepath.Join(dir, "relayer"),
		Oracle:  filepath.Join(dir, "oracle"),
		SLM:     filepath.Join(dir, "slm"),
	}
	for _, c := range []struct{ pkg, out string }{
		{"./inference/cmd/worker", b.Worker},
		{"./relayer/cmd/relayer", b.Relayer},
		{"./oracle/cmd/oracle", b.Oracle},
		{"./inference/cmd/slm", b.SLM},
	} {
		cmd := exec.CommandContext(ctx, "go", "build", "-o", c.out, c.pkg)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return b, fmt.Errorf("go build %s: %v\n%s", c.pkg, err, out)
		}
	}
	return b, nil
}

// MakeModel writes a seeded random-weight model with vocab's tokenizer to
// out (as `slm mkmodel` does): dim 64, 2 layers, 4 heads.
func MakeModel(ctx context.Context, slm, vocab, out string, seed uint64) error {
	cmd := exec.CommandContext(ctx, slm, "mkmodel", "--like", vocab, "--dim", "64", "--layers", "2",
		"--heads", "4", "--ff", "128", "--ctx", "512", "--type", "f32", "--seed", fmt.Sprint(seed), "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("slm mkmodel: %v\n%s", err, b)
	}
	return nil
}
