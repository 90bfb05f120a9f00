package redistest_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/redistest"
)

func TestServer(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		opts     []redistest.Option
		restart  func(*redistest.Server) error
		wantKept bool
	}{
		{"an AOF server keeps its data across a restart", nil, (*redistest.Server).Restart, true},
		{"an RDB server keeps its data across a restart", []redistest.Option{redistest.WithPersistence(redistest.RDB)}, (*redistest.Server).Restart, true},
		{"a server without persistence comes back empty", []redistest.Option{redistest.WithPersistence(redistest.None)}, (*redistest.Server).Restart, false},
		{"an fsync-always AOF server keeps its data across a crash", []redistest.Option{redistest.WithFsyncAlways()}, killAndStart, true},
		{"an RDB server loses unsaved data in a crash", []redistest.Option{redistest.WithPersistence(redistest.RDB)}, killAndStart, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := redistest.Start(t, tt.opts...)
			rdb := srv.Client()
			if err := rdb.Set(ctx, "k", "v", 0).Err(); err != nil {
				t.Fatal(err)
			}
			addr := srv.Addr()
			if err := tt.restart(srv); err != nil {
				t.Fatal(err)
			}
			if srv.Addr() != addr {
				t.Fatalf("address changed from %s to %s", addr, srv.Addr())
			}
			// The same client reconnects by itself.
			got, err := rdb.Get(ctx, "k").Result()
			switch {
			case tt.wantKept && err != nil:
				t.Fatalf("after restart: %v", err)
			case tt.wantKept && got != "v":
				t.Fatalf("after restart k = %q, want v", got)
			case !tt.wantKept && err != redis.Nil:
				t.Fatalf("after restart: got %q, %v; want the key gone", got, err)
			}
		})
	}
}

func killAndStart(s *redistest.Server) error {
	if err := s.Kill(); err != nil {
		return err
	}
	return s.Start()
}

func TestServerStoppedRefusesConnections(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr(), MaxRetries: -1})
	defer rdb.Close()
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := rdb.Ping(ctx).Err(); err == nil {
		t.Fatal("PING succeeded on a stopped server")
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err == nil {
		t.Fatal("Start on a running server did not fail")
	}
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("PING after Start: %v", err)
	}
}

func TestStartDocker(t *testing.T) {
	// Without a Docker engine this logs one line and runs a local process.
	srv := redistest.StartDocker(t)
	ctx := context.Background()
	rdb := srv.Client()
	if err := rdb.Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	if got, err := rdb.Get(ctx, "k").Result(); err != nil || got != "v" {
		t.Fatalf("after restart: %q, %v", got, err)
	}
}

func TestCluster(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := redistest.StartCluster(t, 3)
	cc := c.Client()
	// Keys spread over the three masters, so every node must hold some.
	for i := range 64 {
		if err := cc.Set(ctx, fmt.Sprintf("key-%d", i), i, 0).Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, node := range c.Nodes {
		n, err := node.Client().DBSize(ctx).Result()
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("node %s holds no keys: the slots are not spread", node.Addr())
		}
	}
	// A multi-key command across slots is refused, which is what the
	// queue's hash tags avoid.
	if err := cc.Do(ctx, "MSET", "a", 1, "b", 2).Err(); err == nil {
		t.Error("MSET across slots succeeded on a cluster")
	}
	// A restarted master rejoins with its data.
	if err := c.Nodes[0].Restart(); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitHealthy(20 * time.Second); err != nil {
		t.Fatal(err)
	}
	for i := range 64 {
		if got, err := cc.Get(ctx, fmt.Sprintf("key-%d", i)).Int(); err != nil || got != i {
			t.Fatalf("key-%d after a restart: %d, %v", i, got, err)
		}
	}
}

func TestStartSkipsWithoutRedisServer(t *testing.T) {
	t.Setenv("REDIS_SERVER", "no-such-redis-server")
	skipped := false
	t.Run("a test needing Redis", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		redistest.Start(t)
		t.Error("Start returned without redis-server")
	})
	if !skipped {
		t.Fatal("Start did not skip the test")
	}
}
