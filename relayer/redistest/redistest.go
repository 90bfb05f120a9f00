// Package redistest starts real Redis servers for tests: a redis-server
// process on a free 127.0.0.1 port in the test's temporary directory (Start),
// a Redis container when a Docker engine is reachable (StartDocker, which falls
// back to the local process and says so in one line), and a small Redis
// Cluster of local processes (StartCluster, Redis 7 or later; after a node's
// restart, Cluster.WaitHealthy waits until it serves again).
//
// Every server is stopped and its files removed when the test ends. Servers
// persist to an append-only file by default, so Restart keeps the data and
// tests can check what survives a Redis restart; Kill stops the server
// without a final save, like a crash.
//
// It is for tests only: it is not a way to run Redis in production, and it
// never mocks Redis.
//
//	srv := redistest.Start(t)        // skips t when redis-server is absent
//	rdb := srv.Client()              // closed when t ends
//	...
//	if err := srv.Restart(); err != nil { t.Fatal(err) }
package redistest

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Persistence says how a server keeps its data across Restart.
type Persistence int

const (
	// AOF writes every command to an append-only file, fsynced every second
	// (or on every write with FsyncAlways). The default.
	AOF Persistence = iota
	// RDB writes a snapshot on shutdown (SIGTERM), so Restart keeps the
	// data but Kill loses everything since the last snapshot.
	RDB
	// None keeps nothing: a restarted server is empty.
	None
)

// Option configures a server.
type Option func(*config)

type config struct {
	persistence Persistence
	fsyncAlways bool
	args        []string
}

// WithPersistence chooses how the server keeps its data (AOF by default).
func WithPersistence(p Persistence) Option { return func(c *config) { c.persistence = p } }

// WithFsyncAlways makes the append-only file fsync before every reply, so a
// Kill loses no acknowledged write.
func WithFsyncAlways() Option { return func(c *config) { c.fsyncAlways = true } }

// WithArgs adds redis-server configuration arguments, as "--name", "value".
func WithArgs(args ...string) Option {
	return func(c *config) { c.args = append(c.args, args...) }
}

func (c config) redisArgs() []string {
	var args []string
	switch c.persistence {
	case AOF:
		fsync := "everysec"
		if c.fsyncAlways {
			fsync = "always"
		}
		args = []string{"--appendonly", "yes", "--appendfsync", fsync, "--save", ""}
	case RDB:
		args = []string{"--appendonly", "no", "--save", "3600 1"}
	case None:
		args = []string{"--appendonly", "no", "--save", ""}
	}
	return append(args, c.args...)
}

// Server is one Redis server started for a test.
type Server struct {
	tb   testing.TB
	addr string
	b    backend
}

// backend is what differs between a local process and a container.
type backend interface {
	start() error
	stop() error // graceful: the server saves or fsyncs before it exits
	kill() error // no final save
	running() bool
}

// Addr is the server's "127.0.0.1:port" address. It does not change across
// Stop, Start and Restart.
func (s *Server) Addr() string { return s.addr }

// Client returns a new go-redis client for the server, closed when the test
// ends.
func (s *Server) Client() *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.addr})
	s.tb.Cleanup(func() { _ = c.Close() })
	return c
}

// Stop shuts the server down gracefully, as SIGTERM does in production: with
// persistence on, the data is on disk when Stop returns.
func (s *Server) Stop() error { return s.b.stop() }

// Kill stops the server with SIGKILL, like a crash: only what was already on
// disk survives (everything, with WithFsyncAlways).
func (s *Server) Kill() error { return s.b.kill() }

// Start starts a stopped server again on the same address and waits until
// it answers PING.
func (s *Server) Start() error {
	if s.b.running() {
		return errors.New("redistest: server is already running")
	}
	return s.b.start()
}

// Restart stops the server gracefully and starts it again on the same
// address.
func (s *Server) Restart() error {
	if err := s.b.stop(); err != nil {
		return err
	}
	return s.b.start()
}

// Start starts a redis-server process on a free 127.0.0.1 port, with its
// files in a temporary directory, and stops it when the test ends. It skips
// the test when redis-server is not installed (the binary can be named by
// $REDIS_SERVER) and fails it when the server does not come up.
func Start(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	bin := lookPath(tb)
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	dir := tb.TempDir()
	var lastErr error
	// A free port can be taken by someone else between our probe and the
	// server's bind: try a few.
	for range 5 {
		port, err := freePort()
		if err != nil {
			tb.Fatalf("redistest: %v", err)
		}
		p := &process{bin: bin, dir: dir, port: port, args: cfg.redisArgs()}
		if lastErr = p.start(); lastErr == nil {
			tb.Cleanup(func() { _ = p.kill() })
			return &Server{tb: tb, addr: p.addr(), b: p}
		}
	}
	tb.Fatalf("redistest: redis-server did not start: %v", lastErr)
	return nil
}

func lookPath(tb testing.TB) string {
	tb.Helper()
	name := os.Getenv("REDIS_SERVER")
	if name == "" {
		name = "redis-server"
	}
	bin, err := exec.LookPath(name)
	if err != nil {
		tb.Skipf("redistest: %s not found on PATH, skipping: install Debian's redis-server package (make setup does) or set REDIS_SERVER", name)
	}
	return bin
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// process is a redis-server child process.
type process struct {
	bin, dir string
	port     int
	args     []string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{} // closed when cmd has exited
}

func (p *process) addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(p.port)) }

func (p *process) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	args := append([]string{
		"--port", strconv.Itoa(p.port),
		"--bind", "127.0.0.1",
		"--dir", p.dir,
		"--daemonize", "no",
		"--logfile", "redis.log",
	}, p.args...)
	cmd := exec.Command(p.bin, args...)
	cmd.Dir = p.dir
	// The server dies with the test binary even when the test is killed
	// before its cleanups run.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", p.bin, err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	p.cmd, p.done = cmd, done

	deadline := time.Now().Add(15 * time.Second)
	for {
		err := ping(p.addr())
		if err == nil {
			return nil
		}
		select {
		case <-done:
			p.cmd = nil
			return fmt.Errorf("redis-server on port %d exited: %s", p.port, p.logTail())
		default:
		}
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			<-done
			p.cmd = nil
			return fmt.Errorf("redis-server on port %d not answering PING after 15s (%v): %s", p.port, err, p.logTail())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (p *process) stop() error { return p.signal(syscall.SIGTERM, 30*time.Second) }
func (p *process) kill() error { return p.signal(syscall.SIGKILL, 10*time.Second) }

func (p *process) signal(sig syscall.Signal, wait time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return nil
	}
	_ = p.cmd.Process.Signal(sig)
	select {
	case <-p.done:
	case <-time.After(wait):
		_ = p.cmd.Process.Kill()
		<-p.done
		p.cmd = nil
		return fmt.Errorf("redis-server on port %d did not exit within %v of %v; killed", p.port, wait, sig)
	}
	p.cmd = nil
	return nil
}

func (p *process) running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cmd != nil
}

func (p *process) logTail() string {
	b, err := os.ReadFile(filepath.Join(p.dir, "redis.log"))
	if err != nil {
		return "(no log: " + err.Error() + ")"
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > 8 {
		lines = lines[len(lines)-8:]
	}
	return strings.Join(lines, " | ")
}

// ping sends one inline PING and expects +PONG. It does not use go-redis so
// that readiness does not depend on the client under test.
func ping(addr string) error {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := conn.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(line, "+PONG") {
		// -LOADING while the data set is read back after a restart.
		return fmt.Errorf("PING answered %q", strings.TrimSpace(line))
	}
	return nil
}
