package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/devmodel"
)

// exampleSpec copies examples/dao.yaml into a temporary folder with the
// devnet's seeded model as its weights, and returns the spec's path.
func exampleSpec(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../../examples/dao.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := devmodel.Write(filepath.Join(dir, "models", "tiny.gguf")); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "dao.yaml")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const testRuntime = "0x1111111111111111111111111111111111111111111111111111111111111111"

// cli runs the command and returns its exit code, stdout and stderr.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// testChains starts the simulated chain (over RPC) and anvil.
func testChains(t *testing.T) map[string]string {
	t.Helper()
	e, err := devchain.StartEmbedded(devchain.EmbeddedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Stop() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	return map[string]string{"the simulated chain": e.URL, "anvil": a.URL}
}

func TestDeployProtocolDAOAndStatus(t *testing.T) {
	specPath := exampleSpec(t)
	for name, url := range testChains(t) {
		t.Run("deploys the protocol and the example DAO on "+name+", and status shows them", func(t *testing.T) {
			dir := t.TempDir()
			chainArgs := []string{"--rpc", url, "--deployments", dir}
			code, out, errOut := cli(t, append([]string{"deploy", "protocol", "--dev-account", "0"}, chainArgs...)...)
			if code != 0 || !strings.Contains(out, "deploy  MiniDAOFactory") {
				t.Fatalf("deploy protocol: exit %d\n%s\n%s", code, out, errOut)
			}
			code, out, _ = cli(t, append([]string{"deploy", "protocol", "--dev-account", "0"}, chainArgs...)...)
			if code != 0 || strings.Contains(out, "deploy  ") || strings.Count(out, "skip") != 11 {
				t.Fatalf("a re-run deployed again (exit %d):\n%s", code, out)
			}

			// A key without ETH is refused before anything is sent.
			poor, _ := crypto.GenerateKey()
			t.Setenv("MINIDAO_TEST_POOR_KEY", hexutil.Encode(crypto.FromECDSA(poor)))
			code, _, errOut = cli(t, append([]string{"deploy", "dao", "--spec", specPath, "--key-env", "MINIDAO_TEST_POOR_KEY", "--runtime-measurement", testRuntime}, chainArgs...)...)
			if code != 1 || !strings.Contains(errOut, "insufficient funds") {
				t.Fatalf("deploy dao from a key without ETH: exit %d, %s", code, errOut)
			}

			daoArgs := append([]string{"deploy", "dao", "--spec", specPath, "--dev-account", "0", "--runtime-measurement", testRuntime}, chainArgs...)
			code, out, errOut = cli(t, append(daoArgs, "--dry-run")...)
			if code != 0 || !strings.Contains(out, "plan    MiniDAOFactory.createDAO") || !strings.Contains(out, "nothing sent") {
				t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errOut)
			}
			code, out, errOut = cli(t, append(daoArgs, "--json")...)
			if code != 0 {
				t.Fatalf("deploy dao: exit %d\n%s\n%s", code, out, errOut)
			}
			if !strings.Contains(errOut, "send    MiniDAOFactory.createDAO(Tiny Stories DAO) tx 0x") || !strings.Contains(errOut, "bounty(ies) were not posted") {
				t.Fatalf("progress lacks the createDAO line or the bounty note:\n%s", errOut)
			}
			var created struct {
				DAO struct {
					Timelock string
					Models   []struct{ ID uint64 }
				}
				GasUsed uint64
			}
			if err := json.Unmarshal([]byte(out), &created); err != nil || len(created.DAO.Models) != 1 || created.DAO.Models[0].ID != 1 {
				t.Fatalf("--json output %q: %v", out, err)
			}
			t.Logf("createDAO with the example spec: %d gas", created.GasUsed)

			code, out, errOut = cli(t, append([]string{"status", "--json"}, chainArgs...)...)
			if code != 0 {
				t.Fatalf("status: exit %d\n%s", code, errOut)
			}
			var st struct {
				Protocol []struct{ OnChain bool }
				DAOs     []struct {
					Name, Timelock string
					Models         []struct {
						ID            uint64
						ActiveVersion uint32
						BaseFee       json.Number
					}
				}
			}
			if err := json.Unmarshal([]byte(out), &st); err != nil {
				t.Fatal(err)
			}
			if len(st.Protocol) != 9 || len(st.DAOs) != 1 || st.DAOs[0].Name != "Tiny Stories DAO" || !strings.EqualFold(st.DAOs[0].Timelock, created.DAO.Timelock) {
				t.Fatalf("status: %s", out)
			}
			m := st.DAOs[0].Models
			if len(m) != 1 || m[0].ID != 1 || m[0].ActiveVersion != 1 || m[0].BaseFee.String() != "100000000000000" {
				t.Fatalf("status models: %+v", m)
			}
			code, out, _ = cli(t, append([]string{"status"}, chainArgs...)...)
			if code != 0 || !strings.Contains(out, "model 1: version 1 of 1, price 0.0001 ETH + 0.000000001 ETH per token") {
				t.Fatalf("status text: exit %d\n%s", code, out)
			}
		})
	}
}

func TestChainCommandsRejectBadInput(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	good := exampleSpec(t)
	goodText, _ := os.ReadFile(good)
	dir := filepath.Dir(good)
	writeSpec := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	malformed := writeSpec("bad.yaml", strings.Replace(string(goodText), "quorum_percent: 4 ", "quorum_percent: 400 ", 1))
	noWeights := writeSpec("noweights.yaml", strings.Replace(string(goodText), "weights: models/tiny.gguf", "weights: models/missing.gguf", 1))
	mismatch := t.TempDir()
	if err := os.WriteFile(filepath.Join(mismatch, "31337.json"), []byte(`{"chainId": 1, "protocol": {}, "daos": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	poor, _ := crypto.GenerateKey()
	t.Setenv("MINIDAO_TEST_POOR_KEY", hexutil.Encode(crypto.FromECDSA(poor)))
	closed, _ := devchain.FreePort()

	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"a malformed spec, naming the field and the line", []string{"deploy", "dao", "--spec", malformed, "--rpc", a.URL, "--dev-account", "0"},
			1, []string{"line " + itoa(lineOf(string(goodText), "quorum_percent:")), "governance.quorum_percent", "400 is not within 1..100"}},
		{"a weights file that does not exist", []string{"deploy", "dao", "--spec", noWeights, "--rpc", a.URL, "--dev-account", "0", "--runtime-measurement", testRuntime},
			1, []string{"models[0].weights", "missing.gguf: no such file"}},
		{"an unreachable RPC endpoint", []string{"status", "--rpc", "http://127.0.0.1:" + itoa(closed), "--dial-timeout", "1s"},
			1, []string{"RPC endpoint unreachable", "127.0.0.1:" + itoa(closed)}},
		{"an unreachable RPC endpoint when deploying", []string{"deploy", "protocol", "--rpc", "http://127.0.0.1:" + itoa(closed), "--dev-account", "0", "--dial-timeout", "1s"},
			1, []string{"RPC endpoint unreachable"}},
		{"a key without funds", []string{"deploy", "protocol", "--rpc", a.URL, "--key-env", "MINIDAO_TEST_POOR_KEY", "--deployments", t.TempDir()},
			1, []string{"insufficient funds", "has 0 wei"}},
		{"a deployments file of another chain", []string{"status", "--rpc", a.URL, "--deployments", mismatch},
			1, []string{"deployments file is for another chain", "says chain id 1, the RPC endpoint is chain 31337"}},
		{"a DAO before the protocol", []string{"deploy", "dao", "--spec", good, "--rpc", a.URL, "--dev-account", "0", "--runtime-measurement", testRuntime, "--deployments", t.TempDir()},
			1, []string{"protocol is not deployed"}},
		{"a DAO without a runtime measurement", []string{"deploy", "dao", "--spec", good, "--rpc", a.URL, "--dev-account", "0"},
			1, []string{"no runtime measurement for models[0]"}},
		{"no signing key", []string{"deploy", "protocol", "--rpc", a.URL, "--deployments", t.TempDir()},
			2, []string{"no signing key"}},
		{"deploy without a target", []string{"deploy"}, 2, []string{"protocol or dao"}},
		{"deploy dao without --spec", []string{"deploy", "dao"}, 2, []string{"--spec FILE is required"}},
	}
	for _, tt := range tests {
		t.Run("rejects "+tt.name, func(t *testing.T) {
			start := time.Now()
			code, out, errOut := cli(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Fatalf("stderr %q lacks %q", errOut, w)
				}
			}
			if d := time.Since(start); d > 15*time.Second {
				t.Fatalf("took %v", d)
			}
		})
	}
}

// lineOf is the 1-based line of the first occurrence of sub.
func lineOf(text, sub string) int {
	return strings.Count(text[:strings.Index(text, sub)], "\n") + 1
}
