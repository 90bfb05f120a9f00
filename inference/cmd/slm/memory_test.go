package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model"
	"github.com/minidao/minidao/inference/model/modeltest"
)

// TestBenchPeakMemory runs `slm bench` in its own process on a 100 MB model
// and checks its peak RSS against the budget: the model file (mapped, never
// copied) plus the KV cache plus 64 MiB.
func TestBenchPeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the build and run of slm")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "slm")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build slm: %v\n%s", err, out)
	}
	for _, typ := range []gguf.Type{gguf.TypeF32, gguf.TypeQ8_0} {
		spec := modeltest.Spec{Arch: "llama", Dim: 512, Hidden: 1536, Layers: 8, Heads: 8, KVHeads: 4,
			Vocab: 24000, Context: 512, Type: typ, Seed: 1}
		path := filepath.Join(dir, typ.String()+".gguf")
		if err := modeltest.Write(path, spec); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		const prefill, decode = 128, 64
		out, err := exec.Command(bin, "bench", "-m", path, "-p", "128", "-n", "64", "-t", "2", "-r", "2").CombinedOutput()
		if err != nil {
			t.Fatalf("slm bench: %v\n%s", err, out)
		}
		// The child reports its own peak (VmHWM): the rusage of a child also
		// counts the parent's memory it shared until exec.
		m := regexp.MustCompile(`peak RSS: ([0-9.]+) MiB`).FindSubmatch(out)
		if m == nil {
			t.Skipf("no peak RSS reported (not Linux?):\n%s", out)
		}
		mb, _ := strconv.ParseFloat(string(m[1]), 64)
		peak := int64(mb * (1 << 20))
		c := model.Config{Layers: spec.Layers, KVHeads: spec.KVHeads, HeadDim: spec.Dim / spec.Heads}
		budget := st.Size() + c.KVCacheBytes(prefill+decode) + 64<<20
		t.Logf("%v: peak RSS %d MiB, file %d MiB, budget %d MiB", typ, peak>>20, st.Size()>>20, budget>>20)
		if peak > budget {
			t.Errorf("%v: peak RSS %d MiB exceeds the budget of %d MiB", typ, peak>>20, budget>>20)
		}
	}
}
