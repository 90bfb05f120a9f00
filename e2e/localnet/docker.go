package localnet

import (
	"context"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ory/dockertest/v3"
	dc "github.com/ory/dockertest/v3/docker"

	"github.com/minidao/minidao/deploy/devchain"
)

// FoundryImage is the image the chain runs from in a container (its
// entrypoint is a shell; anvil is on its PATH).
const FoundryImage = "ghcr.io/foundry-rs/foundry:latest"

// Docker returns a pool on the local Docker engine (DOCKER_HOST or the
// default socket), or the reason none is reachable.
func Docker() (*dockertest.Pool, error) {
	pool, err := dockertest.NewPool("")
	if err != nil {
		return nil, err
	}
	if err := pool.Client.Ping(); err != nil {
		return nil, err
	}
	return pool, nil
}

// Node is a chain node started for the caller.
type Node struct {
	URL   string // HTTP JSON-RPC endpoint
	WSURL string // WebSocket JSON-RPC endpoint
	stop  func()
}

// Stop stops the node and removes what it left.
func (n *Node) Stop() { n.stop() }

// StartAnvil runs anvil as a local process (devchain.StartAnvil), its
// output going to log.
func StartAnvil(ctx context.Context, log *os.File) (*Node, error) {
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{Log: log})
	if err != nil {
		return nil, err
	}
	return &Node{URL: a.URL, WSURL: a.WSURL, stop: a.Stop}, nil
}

// StartAnvilContainer runs anvil (FoundryImage) in a container published on
// a free 127.0.0.1 port, with the same settings as devchain.StartAnvil (a
// block per transaction, anvil's ten development accounts, chain 31337),
// and waits until it answers JSON-RPC.
func StartAnvilContainer(ctx context.Context, pool *dockertest.Pool) (*Node, error) {
	addr, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	_, port, _ := net.SplitHostPort(addr)
	repo, tag := FoundryImage[:len(FoundryImage)-len(":latest")], "latest"
	res, err := pool.RunWithOptions(&dockertest.RunOptions{
		Repository:   repo,
		Tag:          tag,
		Entrypoint:   []string{"anvil"},
		Cmd:          []string{"--host", "0.0.0.0", "--port", "8545", "--accounts", "10", "--silent"},
		ExposedPorts: []string{"8545/tcp"},
		PortBindings: map[dc.Port][]dc.PortBinding{"8545/tcp": {{HostIP: "127.0.0.1", HostPort: port}}},
	}, func(hc *dc.HostConfig) { hc.AutoRemove = true })
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", FoundryImage, err)
	}
	n := &Node{URL: "http://" + addr, WSURL: "ws://" + addr, stop: func() { _ = pool.Purge(res) }}
	pool.MaxWait = time.Minute
	err = pool.Retry(func() error {
		c, err := ethclient.DialContext(ctx, n.URL)
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.ChainID(ctx)
		return err
	})
	if err != nil {
		n.Stop()
		return nil, fmt.Errorf("anvil in container %s at %s: %w", res.Container.ID[:12], n.URL, err)
	}
	return n, nil
}
