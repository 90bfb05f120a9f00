package watcher_test

import (
	"context"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/watcher"
)

type anvilEnv struct {
	anvil *devchain.Anvil
	http  *ethclient.Client
	stack *testnet.Stack
	q     *queue.Queue
	rec   *recorder
	model testnet.Model
}

func startAnvil(t *testing.T) *anvilEnv {
	t.Helper()
	if _, err := devchain.AnvilPath(); err != nil {
		t.Skipf("anvil absent: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Skipf("anvil does not start here: %v", err)
	}
	t.Cleanup(a.Stop)
	c, err := ethclient.Dial(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	srv := redistest.Start(t)
	q, err := queue.New(srv.Client(), queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	s := testnet.Deploy(t, c, nil)
	return &anvilEnv{anvil: a, http: c, stack: s, q: q, rec: newRecorder(), model: s.RegisterModel(weights, runtime, 1, 1)}
}

func (e *anvilEnv) watcher(t *testing.T, cfg watcher.Config, chain watcher.Chain) *watcher.Watcher {
	t.Helper()
	cfg.Coordinator = e.stack.Coordinator
	cfg.ModelRegistry = e.stack.ModelRegistry
	cfg.WorkerRegistry = e.stack.WorkerRegistry
	w, err := watcher.New(cfg, chain, e.q, e.rec, e.rec, quiet())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (e *anvilEnv) rpc(t *testing.T, method string, args ...any) string {
	t.Helper()
	var out any
	if err := e.http.Client().CallContext(t.Context(), &out, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	s, _ := out.(string)
	return s
}

// A request mined, seen, then reorged out by a longer branch without it is
// withdrawn; the new branch's request is enqueued.
func TestWatcherReorgOnAnvil(t *testing.T) {
	e := startAnvil(t)
	w := e.watcher(t, watcher.Config{}, e.http)
	catchUp(t, w)

	snap := e.rpc(t, "evm_snapshot")
	gone, _ := e.stack.Request(e.model, "reorged out", 4)
	kept, _ := e.stack.Request(e.model, "also reorged out", 4)
	catchUp(t, w)
	if j := mustJob(t, e.q, gone); j.State != queue.Queued {
		t.Fatalf("before the reorg: %s", j.State)
	}

	e.rpc(t, "evm_revert", snap)
	for i := 0; i < 4; i++ {
		e.rpc(t, "evm_mine")
	}
	fresh, _ := e.stack.Request(e.model, "on the new branch", 4)
	catchUp(t, w)

	for name, rid := range map[string]common.Hash{"first": gone, "second": kept} {
		j := mustJob(t, e.q, rid)
		if j.State != queue.Failed || !j.Withdrawn {
			t.Errorf("%s reorged-out request: %s, withdrawn %v (%s)", name, j.State, j.Withdrawn, j.Reason)
		}
	}
	if j := mustJob(t, e.q, fresh); j.State != queue.Queued {
		t.Errorf("new branch's request: %s", j.State)
	}
	if len(e.rec.reorgs) != 1 {
		t.Errorf("reorgs %v, want one", e.rec.reorgs)
	}
}

// Over WebSocket the watcher reacts to new heads (polling is set to a
// minute, so only the subscription can deliver); when the connection drops
// it resubscribes and goes on. Over plain HTTP it polls.
func TestWatcherSubscriptionDropsAndComesBack(t *testing.T) {
	e := startAnvil(t)
	p := startProxy(t, e.anvil.URL[len("http://"):])
	ws, err := ethclient.Dial("ws://" + p.addr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ws.Close)
	w := e.watcher(t, watcher.Config{PollInterval: time.Minute, Backoff: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond}, ws)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Run: %v", err)
		}
	}()

	rid, _ := e.stack.Request(e.model, "over websocket", 4)
	waitJob(t, e.q, rid, 10*time.Second)
	if !w.Status().Subscribed {
		t.Fatal("not subscribed over WebSocket")
	}

	p.dropAll()
	deadline := time.Now().Add(10 * time.Second)
	for w.Status().Subscriptions < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if st := w.Status(); st.Subscriptions < 2 || !st.Subscribed {
		t.Fatalf("after the drop: %+v", st)
	}
	rid, _ = e.stack.Request(e.model, "after the drop", 4)
	waitJob(t, e.q, rid, 10*time.Second)

	t.Run("plain HTTP polls", func(t *testing.T) {
		w := e.watcher(t, watcher.Config{Name: "http", PollInterval: 50 * time.Millisecond}, e.http)
		ctx, cancel := context.WithCancel(t.Context())
		go func() { _ = w.Run(ctx) }()
		defer cancel()
		rid, _ := e.stack.Request(e.model, "polled", 4)
		waitJob(t, e.q, rid, 10*time.Second)
		if w.Status().Subscribed {
			t.Error("subscribed over HTTP?")
		}
	})
}

// proxy forwards TCP to a target and can cut every connection: an RPC
// endpoint that drops and comes back.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	t.Cleanup(func() { _ = ln.Close(); p.dropAll() })
	go p.serve()
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		u, err := net.Dial("tcp", p.target)
		if err != nil {
			_ = c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, u)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(u, c); _ = u.Close() }()
		go func() { _, _ = io.Copy(c, u); _ = c.Close() }()
	}
}

func (p *proxy) dropAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.conns = nil
}
