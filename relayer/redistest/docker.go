package redistest

import (
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ory/dockertest/v3"
	dc "github.com/ory/dockertest/v3/docker"
)

// DockerImage is the Redis image StartDocker runs.
const DockerImage = "redis:7.0"

// StartDocker starts Redis in a container (DockerImage) published on a free
// 127.0.0.1 port, and removes the container when the test ends. When no
// Docker engine is reachable it logs one line saying so and returns a local
// redis-server from Start instead, so the same test runs either way.
func StartDocker(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	pool, err := dockertest.NewPool("")
	if err == nil {
		err = pool.Client.Ping()
	}
	if err != nil {
		tb.Logf("redistest: no Docker engine reachable (%v); using a local redis-server instead", err)
		return Start(tb, opts...)
	}
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	port, err := freePort()
	if err != nil {
		tb.Fatalf("redistest: %v", err)
	}
	res, err := pool.RunWithOptions(&dockertest.RunOptions{
		Repository:   "redis",
		Tag:          DockerImage[len("redis:"):],
		Cmd:          append([]string{"redis-server"}, cfg.redisArgs()...),
		ExposedPorts: []string{"6379/tcp"},
		PortBindings: map[dc.Port][]dc.PortBinding{
			"6379/tcp": {{HostIP: "127.0.0.1", HostPort: strconv.Itoa(port)}},
		},
	})
	if err != nil {
		tb.Fatalf("redistest: starting %s: %v", DockerImage, err)
	}
	c := &container{pool: pool, res: res, addr: "127.0.0.1:" + strconv.Itoa(port), up: true}
	tb.Cleanup(func() { _ = pool.Purge(res) })
	if err := c.waitReady(); err != nil {
		tb.Fatalf("redistest: %v", err)
	}
	return &Server{tb: tb, addr: c.addr, b: c}
}

// container is a Redis container; its host port binding survives stop and
// start, so the address stays the same.
type container struct {
	pool *dockertest.Pool
	res  *dockertest.Resource
	addr string

	mu sync.Mutex
	up bool
}

func (c *container) waitReady() error {
	c.pool.MaxWait = 30 * time.Second
	if err := c.pool.Retry(func() error { return ping(c.addr) }); err != nil {
		return fmt.Errorf("container %s at %s not answering PING: %w", c.res.Container.ID[:12], c.addr, err)
	}
	return nil
}

func (c *container) start() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.pool.Client.StartContainer(c.res.Container.ID, nil); err != nil {
		return fmt.Errorf("starting container: %w", err)
	}
	c.up = true
	return c.waitReady()
}

func (c *container) stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.up {
		return nil
	}
	// docker stop sends SIGTERM: Redis saves or fsyncs, then exits.
	if err := c.pool.Client.StopContainer(c.res.Container.ID, 30); err != nil {
		return fmt.Errorf("stopping container: %w", err)
	}
	c.up = false
	return nil
}

func (c *container) kill() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.up {
		return nil
	}
	if err := c.pool.Client.KillContainer(dc.KillContainerOptions{ID: c.res.Container.ID, Signal: dc.SIGKILL}); err != nil {
		return fmt.Errorf("killing container: %w", err)
	}
	c.up = false
	return nil
}

func (c *container) running() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.up
}
