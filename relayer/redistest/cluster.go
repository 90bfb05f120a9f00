package redistest

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Cluster is a Redis Cluster of local redis-server processes, one master
// per node and no replicas, with the 16384 slots split evenly.
type Cluster struct {
	tb    testing.TB
	Nodes []*Server
}

// StartCluster starts a Redis Cluster of n master nodes (n >= 1) on free
// 127.0.0.1 ports and waits until every node reports cluster_state:ok. It
// skips the test when redis-server is not installed.
func StartCluster(tb testing.TB, n int, opts ...Option) *Cluster {
	tb.Helper()
	if n < 1 || n > 16 {
		tb.Fatalf("redistest: a cluster needs 1 to 16 nodes, not %d", n)
	}
	opts = append(opts, WithArgs(
		"--cluster-enabled", "yes",
		"--cluster-config-file", "nodes.conf",
		"--cluster-node-timeout", "5000",
	))
	c := &Cluster{tb: tb}
	for range n {
		c.Nodes = append(c.Nodes, Start(tb, opts...))
	}
	if err := c.form(); err != nil {
		tb.Fatalf("redistest: forming the cluster: %v", err)
	}
	return c
}

// Addrs are the nodes' addresses.
func (c *Cluster) Addrs() []string {
	addrs := make([]string, len(c.Nodes))
	for i, s := range c.Nodes {
		addrs[i] = s.Addr()
	}
	return addrs
}

// Client returns a new go-redis cluster client, closed when the test ends.
func (c *Cluster) Client() *redis.ClusterClient {
	cc := redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.Addrs()})
	c.tb.Cleanup(func() { _ = cc.Close() })
	return cc
}

// form assigns the slots and introduces the nodes to each other, as
// redis-cli --cluster create does for masters without replicas.
func (c *Cluster) form() error {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	clients := make([]*redis.Client, len(c.Nodes))
	for i, s := range c.Nodes {
		clients[i] = redis.NewClient(&redis.Options{Addr: s.Addr()})
		defer clients[i].Close()
	}
	const slots = 16384
	per := slots / len(c.Nodes)
	for i, rdb := range clients {
		lo, hi := i*per, (i+1)*per-1
		if i == len(clients)-1 {
			hi = slots - 1
		}
		if err := rdb.ClusterAddSlotsRange(ctx, lo, hi).Err(); err != nil {
			return fmt.Errorf("node %s: CLUSTER ADDSLOTSRANGE %d %d: %w", c.Nodes[i].Addr(), lo, hi, err)
		}
		// Distinct epochs let the nodes agree on slot ownership at once.
		if err := rdb.Do(ctx, "CLUSTER", "SET-CONFIG-EPOCH", i+1).Err(); err != nil {
			return fmt.Errorf("node %s: CLUSTER SET-CONFIG-EPOCH: %w", c.Nodes[i].Addr(), err)
		}
	}
	host, port, _ := net.SplitHostPort(c.Nodes[0].Addr())
	for i, rdb := range clients[1:] {
		if err := rdb.ClusterMeet(ctx, host, port).Err(); err != nil {
			return fmt.Errorf("node %s: CLUSTER MEET: %w", c.Nodes[i+1].Addr(), err)
		}
	}
	return c.waitOK(ctx)
}

// WaitHealthy waits until every node reports cluster_state:ok and knows
// every other node, up to timeout. A restarted master takes about two
// seconds (Redis's rejoin delay); until then the cluster answers
// CLUSTERDOWN.
func (c *Cluster) WaitHealthy(timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return c.waitOK(ctx)
}

func (c *Cluster) waitOK(ctx context.Context) error {
	clients := make([]*redis.Client, len(c.Nodes))
	for i, s := range c.Nodes {
		clients[i] = redis.NewClient(&redis.Options{Addr: s.Addr(), MaxRetries: -1})
		defer clients[i].Close()
	}
	want := "cluster_known_nodes:" + strconv.Itoa(len(clients)) + "\r\n"
	var last string
	for {
		ok := true
		for _, rdb := range clients {
			info, err := rdb.ClusterInfo(ctx).Result()
			if err != nil || !strings.Contains(info, "cluster_state:ok") || !strings.Contains(info, want) {
				ok, last = false, info
				if err != nil {
					last = err.Error()
				}
				break
			}
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("cluster not ok: %w; last CLUSTER INFO: %q", ctx.Err(), last)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
