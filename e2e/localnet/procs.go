package localnet

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Proc is a child process whose output goes to a log file.
type Proc struct {
	Name    string
	LogPath string

	bin  string
	args []string
	env  []string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// NewProc describes a process; Start runs it. env is added to the
// environment of this process.
func NewProc(name, logDir, bin string, args, env []string) *Proc {
	return &Proc{Name: name, LogPath: filepath.Join(logDir, name+".log"), bin: bin, args: args, env: env}
}

// Start starts the process, appending to its log file.
func (p *Proc) Start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd != nil && !p.exited() {
		return fmt.Errorf("%s: already running", p.Name)
	}
	f, err := os.OpenFile(p.LogPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(p.bin, p.args...)
	cmd.Env = append(os.Environ(), p.env...)
	cmd.Stdout, cmd.Stderr = f, f
	// Its own process group, killed with us should we die first.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		f.Close()
		return fmt.Errorf("%s: start %s: %w", p.Name, p.bin, err)
	}
	done := make(chan struct{})
	p.cmd, p.done, p.err = cmd, done, nil
	go func() {
		err := cmd.Wait()
		f.Close()
		p.mu.Lock()
		p.err = err
		p.mu.Unlock()
		close(done)
	}()
	return nil
}

func (p *Proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// Running reports whether the process is alive.
func (p *Proc) Running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cmd != nil && !p.exited()
}

// Done is closed when the current run exits.
func (p *Proc) Done() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.done
}

// Kill sends SIGKILL and waits for the exit.
func (p *Proc) Kill() { p.signal(syscall.SIGKILL, 10*time.Second) }

// Stop sends SIGTERM, waits up to grace, then kills.
func (p *Proc) Stop(grace time.Duration) error {
	if !p.signal(syscall.SIGTERM, grace) {
		p.Kill()
		return fmt.Errorf("%s: no exit %s after SIGTERM; killed", p.Name, grace)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	var ee *exec.ExitError
	if p.err != nil && !errors.As(p.err, &ee) {
		return p.err
	}
	return nil
}

// signal signals the process and reports whether it exited within wait.
func (p *Proc) signal(sig syscall.Signal, wait time.Duration) bool {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	p.mu.Unlock()
	if cmd == nil {
		return true
	}
	_ = cmd.Process.Signal(sig)
	select {
	case <-done:
		return true
	case <-time.After(wait):
		return false
	}
}

// Tail is the last n bytes of the log.
func (p *Proc) Tail(n int) string {
	b, err := os.ReadFile(p.LogPath)
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// WaitHTTP polls url until it answers 200, the process exits or ctx ends.
func (p *Proc) WaitHTTP(ctx context.Context, url string) error {
	c := &http.Client{Timeout: time.Second}
	for {
		resp, err := c.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-p.Done():
			return fmt.Errorf("%s exited before %s answered; log %s:\n%s", p.Name, url, p.LogPath, p.Tail(4000))
		case <-ctx.Done():
			return fmt.Errorf("%s: %s did not answer 200: %w; log %s:\n%s", p.Name, url, ctx.Err(), p.LogPath, p.Tail(4000))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// WaitLog polls the log until it holds s.
func (p *Proc) WaitLog(ctx context.Context, s string) error {
	for {
		if b, _ := os.ReadFile(p.LogPath); strings.Contains(string(b), s) {
			return nil
		}
		select {
		case <-p.Done():
			return fmt.Errorf("%s exited before logging %q; log %s:\n%s", p.Name, s, p.LogPath, p.Tail(4000))
		case <-ctx.Done():
			return fmt.Errorf("%s: no %q in the log: %w; log %s:\n%s", p.Name, s, ctx.Err(), p.LogPath, p.Tail(4000))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// FreeAddr is a free 127.0.0.1 port as host:port.
func FreeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
