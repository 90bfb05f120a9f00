package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model/modeltest"
	"github.com/minidao/minidao/inference/worker"
)

var (
	registry    = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	coordinator = common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// modelsFile writes a tiny random model and a models file for it.
func modelsFile(t *testing.T, weightsHash string) (string, common.Hash) {
	t.Helper()
	return modelsFileSeed(t, weightsHash, 3)
}

// modelsFileSeed is modelsFile with another random model for each seed.
func modelsFileSeed(t *testing.T, weightsHash string, seed uint64) (string, common.Hash) {
	t.Helper()
	dir := t.TempDir()
	err := modeltest.Write(filepath.Join(dir, "tiny.gguf"), modeltest.Spec{
		Arch: "llama", Dim: 64, Hidden: 96, Layers: 1, Heads: 4, KVHeads: 2, Vocab: 300, Context: 64, Type: gguf.TypeF32, Tied: true, Seed: seed,
	})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := attest.MeasureFile(filepath.Join(dir, "tiny.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	if weightsHash == "" {
		weightsHash = sum.Hex()
	}
	path := filepath.Join(dir, "models.json")
	body := fmt.Sprintf(`[{"modelId": "5", "version": 1, "weightsHash": %q, "path": "tiny.gguf", "maxTokens": 32}]`, weightsHash)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, sum
}

func runCmd(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr syncBuffer
	code := run(ctx, args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestCommandLineRefusals(t *testing.T) {
	models, _ := modelsFile(t, "")
	wrong, _ := modelsFile(t, "0x"+strings.Repeat("11", 32))
	t.Setenv("TEST_WORKER_KEY", devchain.DevKeys[3])
	tests := []struct {
		name string
		args []string
		env  map[string]string
		code int
		msg  string
	}{
		{"no command", nil, nil, 2, "usage: worker"},
		{"an unknown command", []string{"launch"}, nil, 2, `unknown command "launch"`},
		{"serve without --models", []string{"serve", "--dev-account", "1"}, nil, 2, "--models is required"},
		{"an unknown flag", []string{"serve", "--modles", models}, nil, 2, "flag provided but not defined: -modles"},
		{"a stray argument", []string{"serve", "--models", models, "extra"}, nil, 2, `unexpected argument "extra"`},
		{"zero concurrency", []string{"serve", "--models", models, "--max-concurrent", "0"}, nil, 2, "--max-concurrent 0: want at least 1"},
		{"a bad environment value", []string{"serve", "--models", models}, map[string]string{"MINIDAO_WORKER_MAX_QUEUE": "many"}, 2, "$MINIDAO_WORKER_MAX_QUEUE"},
		{"a chain id without a coordinator", []string{"serve", "--models", models, "--chain-id", "31337"}, nil, 2, "--chain-id and --coordinator go together"},
		{"a bad coordinator", []string{"serve", "--models", models, "--chain-id", "1", "--coordinator", "0x12"}, nil, 2, `--coordinator "0x12" is not an address`},
		{"a bad log level", []string{"serve", "--models", models, "--log-level", "loud"}, nil, 2, `--log-level "loud"`},
		{"no key", []string{"serve", "--models", models}, nil, 1, "no signing key"},
		{"a dev account off a devnet", []string{"serve", "--models", models, "--dev-account", "1"}, nil, 1, "development accounts are public"},
		{"a wrong weightsHash", []string{"serve", "--models", wrong, "--key-env", "TEST_WORKER_KEY"}, nil, 1, "does not match its weightsHash"},
		{"register without --registry", []string{"register", "--chain-id", "31337"}, nil, 2, "--registry is required"},
		{"register on a live chain", []string{"register", "--chain-id", "1", "--registry", registry, "--models", models, "--records", "r.json"}, nil, 2, "is not a local devnet"},
		{"register with a wrong weightsHash", []string{"register", "--chain-id", "31337", "--registry", registry, "--models", wrong,
			"--records", filepath.Join(t.TempDir(), "r.json"), "--dev-account", "1", "--authority-dev-account", "0"}, nil, 1, "refusing to serve it"},
	}
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			code, _, stderr := runCmd(t, context.Background(), tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Fatalf("exit %d, stderr:\n%s\nwant exit %d and %q", code, stderr, tt.code, tt.msg)
			}
			if strings.Contains(stderr, devchain.DevKeys[3]) {
				t.Fatal("stderr shows the private key")
			}
		})
	}
}

func TestEnvironmentFillsFlags(t *testing.T) {
	t.Setenv("MINIDAO_WORKER_MAX_CONCURRENT", "3")
	t.Setenv("MINIDAO_WORKER_LISTEN", "127.0.0.1:1")
	cfg, parseArgs := serveFlags(io.Discard)
	if err := parseArgs([]string{"--listen", "127.0.0.1:2"}); err != nil {
		t.Fatal(err)
	}
	if cfg.MaxConcurrent != 3 || cfg.Listen != "127.0.0.1:2" {
		t.Fatalf("max-concurrent %d (want 3 from the environment), listen %s (want the flag's)", cfg.MaxConcurrent, cfg.Listen)
	}
}

// The whole devnet flow: register writes countersigned records, serve
// serves them and signs jobs, SIGTERM (the context) shuts it down cleanly.
func TestRegisterThenServe(t *testing.T) {
	models, weights := modelsFile(t, "")
	records := filepath.Join(t.TempDir(), "records.json")
	code, stdout, stderr := runCmd(t, context.Background(), "register", "--chain-id", "31337", "--registry", registry,
		"--models", models, "--records", records, "--dev-account", "1", "--authority-dev-account", "0")
	if code != 0 {
		t.Fatalf("register: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, devchain.DevAddress(1).Hex()) {
		t.Fatalf("register printed %s", stdout)
	}

	port := freePort(t)
	signedLog := filepath.Join(t.TempDir(), "signed.log")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	t.Setenv("MINIDAO_WORKER_KEY_ENV", "TEST_WORKER_KEY")
	t.Setenv("TEST_WORKER_KEY", "0x"+devchain.DevKeys[1])
	type exit struct {
		code           int
		stdout, stderr string
	}
	done := make(chan exit, 1)
	go func() {
		code, stdout, stderr := runCmd(t, ctx, "serve", "--models", models, "--records", records, "--signed-log", signedLog,
			"--listen", fmt.Sprintf("127.0.0.1:%d", port), "--threads", "1")
		done <- exit{code, stdout, stderr}
	}()
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitReady(t, base, done)

	nonce := common.HexToHash("0x" + strings.Repeat("77", 32))
	var report attest.Report
	getJSON(t, base+"/v1/attestation?nonce="+nonce.Hex(), &report)
	measurement, err := attest.MeasureExecutable()
	if err != nil {
		t.Fatal(err)
	}
	v := &attest.SoftwareVerifier{Authority: devchain.DevAddress(0), Registry: attest.RegistryDomain(big.NewInt(31337), common.HexToAddress(registry))}
	if err := v.Verify(context.Background(), &report, nonce, attest.Expectation{RuntimeMeasurement: measurement, WeightsHash: weights}); err != nil {
		t.Fatalf("the served report does not verify: %v", err)
	}

	body, _ := json.Marshal(map[string]any{
		"requestId": common.Hash{9}.Hex(), "modelId": "5", "modelVersion": 1, "prompt": hexutil.Encode([]byte("hello")),
		"maxTokens": 8, "deadline": time.Now().Add(time.Minute).Unix(), "chainId": 31337, "coordinator": coordinator.Hex(),
	})
	resp, err := http.Post(base+"/v1/jobs", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var res worker.Result
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if resp.StatusCode != 200 || res.Signer != devchain.DevAddress(1) {
		t.Fatalf("job: %d, signer %s", resp.StatusCode, res.Signer)
	}

	cancel() // as SIGINT/SIGTERM would
	select {
	case e := <-done:
		if e.code != 0 {
			t.Fatalf("serve exited %d\n%s", e.code, e.stderr)
		}
		if strings.Contains(e.stderr, devchain.DevKeys[1]) {
			t.Fatal("the logs show the private key")
		}
		if st, err := os.Stat(signedLog); err != nil || st.Size() != 64 {
			t.Fatalf("signed log after one job: %v, %v (want 64 bytes)", st, err)
		}
		for _, want := range []string{`"msg":"worker ready"`, `"msg":"shutting down"`, `"msg":"job done"`} {
			if !strings.Contains(e.stderr, want) {
				t.Errorf("the logs lack %s:\n%s", want, e.stderr)
			}
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30s of the signal")
	}
}

func TestStopLetsARunningJobFinish(t *testing.T) {
	models, _ := modelsFile(t, "")
	t.Setenv("TEST_WORKER_KEY", devchain.DevKeys[2])
	cfg, parseArgs := serveFlags(io.Discard)
	if err := parseArgs([]string{"--models", models, "--key-env", "TEST_WORKER_KEY", "--listen", "127.0.0.1:0", "--threads", "1"}); err != nil {
		t.Fatal(err)
	}
	s, err := NewServer(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{
		"requestId": common.Hash{3}.Hex(), "modelId": 5, "modelVersion": 1, "prompt": "0x6869",
		"maxTokens": 32, "deadline": time.Now().Add(time.Minute).Unix(), "chainId": 31337, "coordinator": coordinator.Hex(),
	})
	got := make(chan int, 1)
	go func() {
		resp, err := http.Post("http://"+s.Addr()+"/v1/jobs", "application/json", bytes.NewReader(body))
		if err != nil {
			got <- -1
			return
		}
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	time.Sleep(20 * time.Millisecond) // the job is likely running; if it is done already, Stop still must succeed
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if code := <-got; code != 200 {
		t.Fatalf("the job answered %d across the shutdown", code)
	}
	if _, err := http.Get("http://" + s.Addr() + "/livez"); err == nil {
		t.Fatal("the server still answers after Stop")
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func waitReady[T any](t *testing.T, base string, done <-chan T) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		select {
		case e := <-done:
			t.Fatalf("serve exited early: %+v", e)
		default:
		}
		if resp, err := http.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
	}
	t.Fatal("serve not ready within 20s")
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}
