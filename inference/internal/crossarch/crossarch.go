// Package crossarch checks that a package's test computes the same bits in
// every build the engine ships: x86-64 v1 and v3 (where the compiler may
// fuse multiply-adds), with the assembly kernels capped at AVX2 or turned
// off, and arm64 under qemu-user. The test logs "<label>=<64 hex digits>";
// Check runs it in each other build and compares. For tests only.
package crossarch

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// childEnv marks a run started by Check, which must not start its own.
const childEnv = "SLM_FINGERPRINT_CHILD"

// Check runs test (a test of the package in the working directory, as go
// test runs it) in the other builds and fails t unless each logs
// label=want, want being this build's value, computed only when Check
// goes on. It skips under -short, inside another build's run, and for
// arm64 where qemu-aarch64 is missing (saying so).
func Check(t *testing.T, test, label string, want func() string) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the rebuilds for other CPUs")
	}
	if os.Getenv(childEnv) != "" {
		t.Skip("running inside another build's fingerprint run")
	}
	w := want()
	line := regexp.MustCompile(`(?:^|\s)` + regexp.QuoteMeta(label) + `=([0-9a-f]{64})`)
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	run := "^" + test + "$"
	check := func(name string, cmd *exec.Cmd, env ...string) {
		t.Helper()
		// GOFLAGS is cleared so that a parent run with -race (which arm64
		// cross-builds do not support) or other flags builds plain binaries.
		cmd.Env = append(append(os.Environ(), env...), childEnv+"=1", "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		switch m := line.FindSubmatch(out); {
		case m == nil:
			t.Fatalf("%s printed no %s:\n%s", name, label, out)
		case string(m[1]) != w:
			t.Errorf("%s: %s %s, this build %s", name, label, m[1], w)
		default:
			t.Logf("%s: same %s", name, label)
		}
	}
	if runtime.GOARCH == "amd64" {
		for _, env := range [][]string{
			{"GOAMD64=v1"},
			{"GOAMD64=v3"},
			{"GOAMD64=v3", "SLM_NOAVX512=1"},
			{"GOAMD64=v1", "SLM_NOASM=1"},
		} {
			check(strings.Join(env, " "), exec.Command(goTool, "test", "-count=1", "-run", run, "-v", "."), env...)
		}
	}
	if runtime.GOARCH == "arm64" {
		return // this run was the arm64 one
	}
	qemu, err := exec.LookPath("qemu-aarch64")
	if err != nil {
		t.Skip("qemu-aarch64 not found (Debian: apt-get install qemu-user): arm64 not checked")
	}
	bin := filepath.Join(t.TempDir(), "arm64.test")
	build := exec.Command(goTool, "test", "-c", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0", "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("cross-compile for arm64: %v\n%s", err, out)
	}
	check("arm64 under qemu-user", exec.Command(qemu, bin, "-test.run", run, "-test.v"))
}
