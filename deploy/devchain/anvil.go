package devchain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// AnvilOptions configure a local anvil chain.
type AnvilOptions struct {
	Port      int           // RPC port on 127.0.0.1; 0 picks a free one
	ChainID   uint64        // 0 keeps anvil's default (31337)
	BlockTime time.Duration // 0 mines a block per transaction
	StateFile string        // when set, the chain is loaded from and dumped to this file
	Accounts  int           // development accounts to fund; 0 means 10
	Log       *os.File      // anvil's output; nil discards it
	// HistoryStates bounds the historical states anvil keeps (--prune-history
	// N): memory stays flat on long runs, and calls and reorgs reach at most
	// N blocks back. 0 keeps anvil's default: about 500 states in memory,
	// then more on disk.
	HistoryStates int
}

// Anvil is a running anvil child process.
type Anvil struct {
	URL   string // HTTP JSON-RPC endpoint
	WSURL string // WebSocket JSON-RPC endpoint
	Port  int

	cmd      *exec.Cmd
	cacheDir string // anvil's --cache-path, removed by Stop
	done     chan struct{}
	waitErr  error
	stopOnce sync.Once
	stderr   bytes.Buffer
}

// StartAnvil starts anvil and waits until it answers JSON-RPC.
func StartAnvil(ctx context.Context, opts AnvilOptions) (*Anvil, error) {
	bin, err := AnvilPath()
	if err != nil {
		return nil, err
	}
	port := opts.Port
	if port == 0 {
		if port, err = FreePort(); err != nil {
			return nil, err
		}
	}
	accounts := opts.Accounts
	if accounts == 0 {
		accounts = 10
	}
	args := []string{
		"--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--accounts", strconv.Itoa(accounts), "--silent",
	}
	if opts.ChainID != 0 {
		args = append(args, "--chain-id", strconv.FormatUint(opts.ChainID, 10))
	}
	if opts.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(opts.BlockTime.Seconds(), 'f', -1, 64))
	}
	if opts.StateFile != "" {
		args = append(args, "--state", opts.StateFile)
	}
	if opts.HistoryStates > 0 {
		args = append(args, "--prune-history", strconv.Itoa(opts.HistoryStates))
	}
	// The historical states anvil writes to disk go to a directory of this
	// chain's own, removed by Stop: by default they pile up in
	// ~/.foundry/anvil/tmp (gigabytes per long run, never cleaned up after a
	// kill: foundry-rs/foundry#4251).
	cacheDir, err := os.MkdirTemp("", "anvil-states-")
	if err != nil {
		return nil, fmt.Errorf("devchain: anvil state directory: %w", err)
	}
	args = append(args, "--cache-path", cacheDir)
	a := &Anvil{
		URL:      fmt.Sprintf("http://127.0.0.1:%d", port),
		WSURL:    fmt.Sprintf("ws://127.0.0.1:%d", port),
		Port:     port,
		cacheDir: cacheDir,
		done:     make(chan struct{}),
	}
	// Not CommandContext: the chain must outlive the start-up context.
	a.cmd = exec.Command(bin, args...)
	a.cmd.Stderr = &a.stderr
	if opts.Log != nil {
		a.cmd.Stdout = opts.Log
		a.cmd.Stderr = opts.Log
	}
	a.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := a.cmd.Start(); err != nil {
		_ = os.RemoveAll(cacheDir)
		return nil, fmt.Errorf("devchain: start anvil: %w", err)
	}
	go func() {
		a.waitErr = a.cmd.Wait()
		close(a.done)
	}()
	if err := a.waitReady(ctx); err != nil {
		a.Stop()
		return nil, err
	}
	return a, nil
}

func (a *Anvil) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case <-a.done:
			return fmt.Errorf("devchain: anvil exited at start (%v): %s", a.waitErr, a.stderr.String())
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		c, err := ethclient.DialContext(ctx, a.URL)
		if err == nil {
			cctx, cancel := context.WithTimeout(ctx, time.Second)
			_, err = c.ChainID(cctx)
			cancel()
			c.Close()
			if err == nil {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("devchain: anvil did not answer on %s within 30s: %w", a.URL, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop ends anvil (SIGTERM, so that --state is dumped) and waits for it.
func (a *Anvil) Stop() {
	a.stopOnce.Do(func() {
		defer os.RemoveAll(a.cacheDir)
		if a.cmd.Process == nil {
			return
		}
		_ = a.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-a.done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
			<-a.done
		}
	})
}

// Done is closed when anvil has exited.
func (a *Anvil) Done() <-chan struct{} { return a.done }

// FreePort asks the kernel for a free TCP port on 127.0.0.1.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devchain: free port: %w", err)
	}
	defer l.Close()
	addr, ok := l.Addr().(*net.TCPAddr)
	if !ok {
		return 0, errors.New("devchain: free port: not a TCP address")
	}
	return addr.Port, nil
}
