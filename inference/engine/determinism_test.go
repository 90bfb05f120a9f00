package engine

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model"
	"github.com/minidao/minidao/inference/model/modeltest"
)

// fingerprint runs a fixed workload on small random models of every
// supported type and architecture, with 1, 2 and 4 threads, and returns the
// sha256 of every logit's bits and every generated token. It fails the test
// if the thread count changes anything.
func fingerprint(t *testing.T) string {
	h := sha256.New()
	specs := []modeltest.Spec{
		{Arch: "llama", Type: gguf.TypeF32, Tied: true},
		{Arch: "llama", Type: gguf.TypeF16},
		{Arch: "llama", Type: gguf.TypeBF16, Tied: true},
		{Arch: "llama", Type: gguf.TypeQ8_0, Tied: true},
		{Arch: "llama", Type: gguf.TypeQ4_0},
		{Arch: "qwen2", Type: gguf.TypeF32},
		{Arch: "qwen2", Type: gguf.TypeQ8_0},
		{Arch: "qwen2", Type: gguf.TypeQ4_0, Tied: true},
		{Arch: "llama", Type: gguf.TypeQ4_K},
		{Arch: "qwen2", Type: gguf.TypeQ6_K, Tied: true},
	}
	for i, s := range specs {
		s.Dim, s.Hidden, s.Layers, s.Heads, s.KVHeads, s.Vocab, s.Context, s.Seed = 128, 192, 2, 4, 2, 300, 64, uint64(i)
		if s.Type.BlockSize() == gguf.QK_K {
			s.Dim, s.Hidden = 256, 256
		}
		path := filepath.Join(t.TempDir(), "m.gguf")
		if err := modeltest.Write(path, s); err != nil {
			t.Fatal(err)
		}
		var first []byte
		for _, threads := range []int{1, 2, 4} {
			one := sha256.New()
			e, err := Open(path, Options{Threads: threads})
			if err != nil {
				t.Fatal(err)
			}
			// Raw logits of a prefill in uneven batches.
			st, err := e.Model().NewState(model.Options{Threads: threads, Batch: 5})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			logits, err := st.Forward(context.Background(), []int32{1, 17, 99, 250, 3, 8, 13, 21, 34, 55, 89, 144})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range logits {
				binary.Write(one, binary.LittleEndian, math.Float32bits(v))
			}
			for _, p := range []Params{greedy(8), sampled(8, 42)} {
				res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: p})
				if err != nil {
					t.Fatal(err)
				}
				binary.Write(one, binary.LittleEndian, res.Tokens)
				one.Write(res.OutputHash[:])
			}
			e.Close()
			sum := one.Sum(nil)
			if first == nil {
				first = sum
				h.Write(sum)
			} else if string(sum) != string(first) {
				t.Fatalf("%s %v: %d threads give %x, 1 thread %x", s.Arch, s.Type, threads, sum, first)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestFingerprint prints this build's fingerprint (for the test below, which
// runs it in other builds).
func TestFingerprint(t *testing.T) {
	t.Logf("fingerprint=%s", fingerprint(t))
}

var fingerprintLine = regexp.MustCompile(`fingerprint=([0-9a-f]{64})`)

// TestSameFingerprintOnEveryCPU rebuilds the fingerprint test for x86-64 v1
// and v3 (where the compiler may fuse multiply-adds), runs it with the
// assembly kernels capped at AVX2 or turned off, and cross-compiles it for
// arm64 to run under qemu-user: every build must print the same fingerprint.
func TestSameFingerprintOnEveryCPU(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the rebuilds for other CPUs")
	}
	if os.Getenv("SLM_FINGERPRINT_CHILD") != "" {
		t.Skip("running inside another build's fingerprint run")
	}
	want := fingerprint(t)
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	check := func(name string, cmd *exec.Cmd, env ...string) {
		t.Helper()
		// GOFLAGS is cleared so that a parent run with -race (which arm64
		// cross-builds do not support) or other flags builds plain binaries.
		cmd.Env = append(append(os.Environ(), env...), "SLM_FINGERPRINT_CHILD=1", "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		m := fingerprintLine.FindSubmatch(out)
		switch {
		case m == nil:
			t.Fatalf("%s printed no fingerprint:\n%s", name, out)
		case string(m[1]) != want:
			t.Errorf("%s: fingerprint %s, this build %s", name, m[1], want)
		default:
			t.Logf("%s: same fingerprint", name)
		}
	}
	if runtime.GOARCH == "amd64" {
		for _, env := range [][]string{
			{"GOAMD64=v1"},
			{"GOAMD64=v3"},
			{"GOAMD64=v3", "SLM_NOAVX512=1"},
			{"GOAMD64=v1", "SLM_NOASM=1"},
		} {
			check(strings.Join(env, " "), exec.Command(goTool, "test", "-count=1", "-run", "^TestFingerprint$", "-v", "."), env...)
		}
	}
	if runtime.GOARCH == "arm64" {
		return // this run was the arm64 one
	}
	qemu, err := exec.LookPath("qemu-aarch64")
	if err != nil {
		t.Skip("qemu-aarch64 not found (Debian: apt-get install qemu-user): arm64 not checked")
	}
	bin := filepath.Join(t.TempDir(), "engine.arm64.test")
	build := exec.Command(goTool, "test", "-c", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0", "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("cross-compile for arm64: %v\n%s", err, out)
	}
	check("arm64 under qemu-user", exec.Command(qemu, bin, "-test.run", "^TestFingerprint$", "-test.v"))
}
