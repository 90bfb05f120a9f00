package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/minidao/minidao/deploy/chain"
	"github.com/minidao/minidao/deploy/devchain"
)

// syncBuffer is a bytes.Buffer safe to read while the command writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestDevnetServesUntilCancelled(t *testing.T) {
	for _, tt := range []struct {
		name    string
		args    []string
		chainID int64
	}{
		{"anvil", nil, 31337},
		{"the embedded chain", []string{"--embedded"}, 1337},
	} {
		t.Run("serves "+tt.name+" until Ctrl-C", func(t *testing.T) {
			port, err := devchain.FreePort()
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			var out, errOut syncBuffer
			done := make(chan int, 1)
			deps := t.TempDir()
			args := append([]string{"devnet", "--port", itoa(port), "--spec", "../../../examples/dao.yaml", "--deployments", deps}, tt.args...)
			go func() { done <- run(ctx, args, &out, &errOut) }()

			// The command prints its banner once the chain is up.
			for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline) && !strings.Contains(out.String(), "Press Ctrl-C to stop."); {
				time.Sleep(50 * time.Millisecond)
			}
			url := "http://127.0.0.1:" + itoa(port)
			conn, err := chain.Dial(context.Background(), url, 5*time.Second)
			if err != nil {
				cancel()
				t.Fatalf("devnet did not answer on %s: %v\nstdout: %s\nstderr: %s", url, err, out.String(), errOut.String())
			}
			defer conn.Close()
			if conn.ChainID.Int64() != tt.chainID {
				t.Fatalf("chain id %v, want %d", conn.ChainID, tt.chainID)
			}
			bal, err := conn.BalanceAt(context.Background(), devchain.DevAddress(9), nil)
			if err != nil || bal.Sign() == 0 {
				t.Fatalf("dev account 9 balance %v, %v; want funded", bal, err)
			}
			if !strings.Contains(out.String(), devchain.DevAddress(0).Hex()) || !strings.Contains(out.String(), devchain.DevKeys[0]) {
				t.Fatalf("output does not list the dev accounts and keys:\n%s", out.String())
			}
			// The example DAO is there, with its model, as status reads it from the chain.
			code, st, stErr := cli(t, "status", "--rpc", url, "--deployments", deps)
			if code != 0 || !strings.Contains(st, "DAO Tiny Stories DAO (TINY)") || !strings.Contains(st, "model 1: version 1 of 1") {
				t.Fatalf("status after devnet: exit %d\n%s\n%s", code, st, stErr)
			}
			cancel()
			select {
			case code := <-done:
				if code != 0 {
					t.Fatalf("exit code %d; stderr: %s", code, errOut.String())
				}
			case <-time.After(15 * time.Second):
				t.Fatal("devnet did not stop within 15s of cancellation")
			}
		})
	}
}

func TestDevnetStateSurvivesARestart(t *testing.T) {
	state, deps := t.TempDir(), t.TempDir()
	start := func() string {
		port, err := devchain.FreePort()
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		var out, errOut syncBuffer
		done := make(chan int, 1)
		go func() {
			done <- run(ctx, []string{"devnet", "--port", itoa(port), "--state", state, "--deployments", deps, "--spec", "../../../examples/dao.yaml"}, &out, &errOut)
		}()
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline) && !strings.Contains(out.String(), "Press Ctrl-C to stop."); {
			select {
			case code := <-done:
				t.Fatalf("devnet exited %d\n%s\n%s", code, out.String(), errOut.String())
			case <-time.After(50 * time.Millisecond):
			}
		}
		cancel()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("devnet did not stop")
		}
		return out.String()
	}
	first := start()
	if !strings.Contains(first, "deploy  MiniDAOFactory") || !strings.Contains(first, "send    MiniDAOFactory.createDAO") {
		t.Fatalf("first start did not deploy:\n%s", first)
	}
	second := start()
	if strings.Contains(second, "deploy  ") || strings.Contains(second, "send    ") || !strings.Contains(second, "already deployed") {
		t.Fatalf("the restart deployed again:\n%s", second)
	}
}

func TestCommandLineErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"an unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"an unknown flag", []string{"devnet", "--nope"}, 2, "flag provided but not defined"},
		{"a port out of range", []string{"devnet", "--port", "70000"}, 2, "is not a TCP port"},
		{"--state with --embedded", []string{"devnet", "--embedded", "--state", "x"}, 2, "--state keeps an anvil chain"},
	}
	for _, tt := range tests {
		t.Run("rejects "+tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), tt.args, &out, &errOut)
			if code != tt.code || !strings.Contains(errOut.String(), tt.want) {
				t.Fatalf("exit %d, stderr %q; want exit %d and %q", code, errOut.String(), tt.code, tt.want)
			}
		})
	}
}

func TestDialUnreachableFailsFast(t *testing.T) {
	port, _ := devchain.FreePort() // nothing listens there
	start := time.Now()
	_, err := chain.Dial(context.Background(), "http://127.0.0.1:"+itoa(port), 2*time.Second)
	if err == nil {
		t.Fatal("dial of a closed port succeeded")
	}
	if !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("err = %v, want it to say unreachable", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Fatalf("took %v; the timeout was 2s", time.Since(start))
	}
}
