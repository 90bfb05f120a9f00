package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/relayer/config"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/internal/testworker"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// build builds the relayer binary once per test run.
func build(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "relayer-test-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "relayer")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		_ = os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

type proc struct {
	cmd *exec.Cmd
	out *os.File
}

func start(t *testing.T, bin string, env []string) *proc {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "relayer-*.log")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd, f}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return p
}

func (p *proc) log() string {
	b, _ := os.ReadFile(p.out.Name())
	return string(b)
}

func TestBadConfigurationExitsWithAMessage(t *testing.T) {
	bin := build(t)
	cmd := exec.Command(bin, "--rpc-url", "ws://127.0.0.1:1", "--coordinator", "0x12")
	cmd.Env = []string{"MINIDAO_RELAYER_CONFIRMATIONS=many"}
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("exit: %v, want status 2\n%s", err, out)
	}
	if !strings.Contains(string(out), "MINIDAO_RELAYER_CONFIRMATIONS") {
		t.Errorf("output does not name the bad variable:\n%s", out)
	}
}

// The relayer is killed (SIGKILL) in the middle of a batch and started
// again: every job completes, none is collected twice; then SIGTERM stops
// it cleanly.
func TestRelayerKilledMidBatchCompletesEveryJobOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the relayer binary")
	}
	if _, err := devchain.AnvilPath(); err != nil {
		t.Skipf("anvil absent: %v", err)
	}
	bin := build(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Skipf("anvil does not start: %v", err)
	}
	t.Cleanup(a.Stop)
	eth, err := ethclient.Dial(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	rs := redistest.Start(t)
	q, err := queue.New(rs.Client(), queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	weights, runtime := crypto.Keccak256Hash([]byte("w")), crypto.Keccak256Hash([]byte("r"))
	s := testnet.Deploy(t, eth, nil)
	m := s.RegisterModel(weights, runtime, 1, 2)
	var eps []string
	for i := 0; i < 2; i++ {
		w := testworker.Start(t, runtime)
		rec, sig := s.Record(w.Attester, weights)
		w.Serve(rec, sig)
		s.RegisterWorker(rec, sig)
		w.SetDelay(150 * time.Millisecond)
		eps = append(eps, w.URL)
	}
	listen := freeAddr(t)
	env := []string{
		"MINIDAO_RELAYER_RPC_URL=" + a.WSURL,
		"MINIDAO_RELAYER_COORDINATOR=" + s.Coordinator.Hex(),
		"MINIDAO_RELAYER_WORKER_REGISTRY=" + s.WorkerRegistry.Hex(),
		"MINIDAO_RELAYER_MODEL_REGISTRY=" + s.ModelRegistry.Hex(),
		"MINIDAO_RELAYER_REDIS_ADDRS=" + rs.Addr(),
		"MINIDAO_RELAYER_WORKERS=" + strings.Join(eps, ","),
		"MINIDAO_RELAYER_LISTEN=" + listen,
		"MINIDAO_RELAYER_VISIBILITY_TIMEOUT=1s",
		"MINIDAO_RELAYER_CONCURRENCY=2",
		"MINIDAO_RELAYER_POLL_INTERVAL=200ms",
		"MINIDAO_RELAYER_LOG_LEVEL=debug",
	}
	var ids []common.Hash
	for i := 0; i < 12; i++ {
		rid, _ := s.Request(m, fmt.Sprintf("question %d", i), 8)
		ids = append(ids, rid)
	}
	p := start(t, bin, env)
	collected := func() int {
		n := 0
		for _, rid := range ids {
			if j, err := q.Get(t.Context(), rid); err == nil && j.State == queue.ResultsCollected {
				n++
			}
		}
		return n
	}
	deadline := time.Now().Add(30 * time.Second)
	for collected() < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("no progress before the kill; relayer log:\n%s", p.log())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
	if n := collected(); n == len(ids) {
		t.Fatal("every job was done before the kill: the test tests nothing")
	}
	for i := 0; i < 3; i++ { // requests made while it was down
		rid, _ := s.Request(m, fmt.Sprintf("while down %d", i), 8)
		ids = append(ids, rid)
	}

	p = start(t, bin, env)
	deadline = time.Now().Add(60 * time.Second)
	for collected() < len(ids) {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d jobs collected after the restart; relayer log:\n%s", collected(), len(ids), p.log())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, rid := range ids {
		j, _ := q.Get(t.Context(), rid)
		if j.Results == nil || string(j.Results.Output) == "" {
			t.Errorf("job %s: no output", rid)
		}
		agreed := 0
		for _, w := range j.Results.Workers {
			if w.Agreed {
				agreed++
			}
		}
		if agreed != 1 {
			t.Errorf("job %s: %d agreed results, want 1", rid, agreed)
		}
	}

	// The API answers on the configured address.
	resp, err := http.Get("http://" + listen + "/v1/requests/" + ids[0].Hex())
	if err != nil {
		t.Fatal(err)
	}
	var view struct{ State string }
	_ = json.NewDecoder(resp.Body).Decode(&view)
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || view.State != string(queue.ResultsCollected) {
		t.Errorf("GET /v1/requests: %d %q", resp.StatusCode, view.State)
	}

	// SIGTERM: a clean exit.
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, p.log())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no exit 20s after SIGTERM")
	}
	if !strings.Contains(p.log(), "shutting down") {
		t.Errorf("no shutdown in the log:\n%s", p.log())
	}
}

func TestExampleConfigIsValid(t *testing.T) {
	c, err := config.Load([]string{"--config", "relayer.example.yaml"}, func(string) string { return "" }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
}
