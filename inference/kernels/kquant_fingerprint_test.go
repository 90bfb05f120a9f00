package kernels

import (
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
)

// kquantFingerprint is the sha256 of the bits of a fixed set of K-quant and
// Q5_0 products, activation quantization included, over shapes that reach
// every tile and tail.
func kquantFingerprint() string {
	h := sha256.New()
	r := newTestRand(23)
	put := func(v []float32) {
		for _, f := range v {
			binary.Write(h, binary.LittleEndian, math.Float32bits(f))
		}
	}
	for _, q6 := range []bool{false, true} {
		for _, cols := range []int{256, 1536} {
			for _, ntok := range []int{1, 4, 6, 13} {
				var x Q8KAct
				x.Quantize(r.floats(ntok*cols), cols, ntok)
				put(x.D)
				w := randomK(r, q6, 9*cols/QKK)
				out := make([]float32, 9*ntok)
				mulK(q6, out, 9, w, &x)
				put(out)
			}
		}
	}
	for _, cols := range []int{96, 576} {
		for _, ntok := range []int{1, 4, 6, 13} {
			var act Q8Act
			act.Quantize(r.floats(ntok*cols), cols, ntok)
			w := make([]byte, 9*cols/QK*BlockQ5_0)
			for i := range w {
				w[i] = byte(r.next())
			}
			out := make([]float32, 9*ntok)
			MatMulQ5_0(out, 9, clearHalfNaN(w, BlockQ5_0), &act)
			put(out)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestKQuantFingerprint prints this build's fingerprint (for the test below,
// which runs it in other builds).
func TestKQuantFingerprint(t *testing.T) {
	t.Logf("kquant-fingerprint=%s (%s)", kquantFingerprint(), Accelerated())
}

var kquantFingerprintLine = regexp.MustCompile(`kquant-fingerprint=([0-9a-f]{64})`)

// TestKQuantSameFingerprintOnEveryCPU rebuilds the fingerprint test for
// x86-64 v1 and v3 (where the compiler may fuse multiply-adds), with the
// assembly capped at AVX2 or turned off, and for arm64 under qemu-user:
// every build must print the same fingerprint.
func TestKQuantSameFingerprintOnEveryCPU(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the rebuilds for other CPUs")
	}
	if os.Getenv("SLM_FINGERPRINT_CHILD") != "" {
		t.Skip("running inside another build's fingerprint run")
	}
	want := kquantFingerprint()
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	check := func(name string, cmd *exec.Cmd, env ...string) {
		t.Helper()
		cmd.Env = append(append(os.Environ(), env...), "SLM_FINGERPRINT_CHILD=1", "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		switch m := kquantFingerprintLine.FindSubmatch(out); {
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
			check(strings.Join(env, " "), exec.Command(goTool, "test", "-count=1", "-run", "^TestKQuantFingerprint$", "-v", "."), env...)
		}
	}
	if runtime.GOARCH == "arm64" {
		return
	}
	qemu, err := exec.LookPath("qemu-aarch64")
	if err != nil {
		t.Skip("qemu-aarch64 not found (Debian: apt-get install qemu-user): arm64 not checked")
	}
	bin := filepath.Join(t.TempDir(), "kernels.arm64.test")
	build := exec.Command(goTool, "test", "-c", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0", "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("cross-compile for arm64: %v\n%s", err, out)
	}
	check("arm64 under qemu-user", exec.Command(qemu, bin, "-test.run", "^TestKQuantFingerprint$", "-test.v"))
}
