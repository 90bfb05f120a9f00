package spec_test

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minidao/minidao/deploy/spec"
)

func TestExampleSpecIsValid(t *testing.T) {
	d, err := spec.Load("../../examples/dao.yaml")
	if err != nil {
		t.Fatalf("examples/dao.yaml: %v", err)
	}
	if d.Symbol != "TINY" || len(d.Models) != 1 || d.Models[0].Verification.K != 1 {
		t.Fatalf("unexpected spec: %+v", d)
	}
	want, _ := new(big.Int).SetString("600000000000000000000000", 10)
	if d.Allocations[0].Amount.Big().Cmp(want) != 0 {
		t.Fatalf("allocation = %v, want %v", d.Allocations[0].Amount.Big(), want)
	}
}

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{
		"123": "123", "1.5 ether": "1500000000000000000", "20 gwei": "20000000000",
		"1000e18": "1000000000000000000000", "1_000": "1000", "0.0001 ether": "100000000000000",
	} {
		got, err := spec.ParseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"-1", "1.5", "abc", "1 parsec", "1e999"} {
		if _, err := spec.ParseAmount(bad); err == nil {
			t.Errorf("ParseAmount(%q) succeeded; want an error", bad)
		}
	}
}

// A malformed spec names the field and the line.
func TestParseRejectsBadSpecsNamingFieldAndLine(t *testing.T) {
	example, err := os.ReadFile("../../examples/dao.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// line is where s first occurs in the example, so that comments added
	// to the example do not break the test.
	line := func(s string) string {
		i := strings.Index(string(example), s)
		if i < 0 {
			t.Fatalf("%q is not in the example", s)
		}
		return fmt.Sprintf("line %d: ", strings.Count(string(example[:i]), "\n")+1)
	}
	tests := []struct {
		name, from, to, want string
	}{
		{"split that does not sum to 10000", "treasury: 1000", "treasury: 999", line("revenue_split:") + "revenue_split: shares sum to 9999"},
		{"unknown key", "quorum_percent: 4", "quorum_percen: 4", line("quorum_percent: 4") + "field quorum_percen not found"},
		{"bad address", `"0x90F79bf6EB2c4f870365E785982E1f101E93b906"`, `"0x1234"`, line(`"0x90F79bf6EB2c4f870365E785982E1f101E93b906"`) + "curators[0]"},
		{"k above n", "k: 1 ", "k: 3 ", "models[0].verification: want 1 <= k <= n"},
		{"quorum out of range", "quorum_percent: 4", "quorum_percent: 101", line("quorum_percent: 4") + "governance.quorum_percent"},
		{"bad amount", "amount: 400000 ether", "amount: 400000 parsecs", line("amount: 400000 ether") + "amount"},
	}
	for _, tt := range tests {
		t.Run("rejects a "+tt.name, func(t *testing.T) {
			src := strings.Replace(string(example), tt.from, tt.to, 1)
			if src == string(example) {
				t.Fatalf("test edit %q not found in the example", tt.from)
			}
			_, err := spec.Parse(strings.NewReader(src))
			if !errors.Is(err, spec.ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestWeightsHashOfMissingFileNamesTheField(t *testing.T) {
	dir := t.TempDir()
	example, _ := os.ReadFile("../../examples/dao.yaml")
	p := filepath.Join(dir, "dao.yaml")
	if err := os.WriteFile(p, example, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := spec.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.WeightsHash(0); err == nil || !strings.Contains(err.Error(), "models[0].weights") {
		t.Fatalf("err = %v, want one naming models[0].weights", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "models"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "models", "tiny.gguf"), []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	h, err := d.WeightsHash(0)
	if err != nil {
		t.Fatal(err)
	}
	// sha256("abc")
	if got := big.NewInt(0).SetBytes(h[:]).Text(16); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Fatalf("weights hash = %s", got)
	}
}
