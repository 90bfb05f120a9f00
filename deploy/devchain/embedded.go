package devchain

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// EmbeddedOptions configure an in-process chain served over JSON-RPC.
type EmbeddedOptions struct {
	Port      int           // HTTP and WebSocket JSON-RPC port on 127.0.0.1; 0 picks a free one
	BlockTime time.Duration // 0 mines as soon as a transaction is pending
	GasLimit  uint64        // block gas limit; 0 means 60,000,000
}

// Embedded is go-ethereum's simulated chain served over HTTP and WebSocket
// JSON-RPC on one port, with a miner that seals a block whenever transactions
// are pending (or every BlockTime). Its chain id is 1337.
type Embedded struct {
	URL   string
	WSURL string
	Port  int

	sim    *simulated.Backend
	mu     sync.Mutex // serialises Commit with Close
	cancel context.CancelFunc
	done   chan struct{}
}

// StartEmbedded starts an in-process chain with anvil's ten development
// accounts funded with 10,000 ETH each.
func StartEmbedded(opts EmbeddedOptions) (*Embedded, error) {
	port := opts.Port
	if port == 0 {
		var err error
		if port, err = FreePort(); err != nil {
			return nil, err
		}
	}
	gas := opts.GasLimit
	if gas == 0 {
		gas = 60_000_000
	}
	funds := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for i := range DevKeys {
		alloc[DevAddress(i)] = types.Account{Balance: funds}
	}
	serve := func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.WSHost, nc.WSPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		nc.WSModules = nc.HTTPModules
		nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
		nc.WSOrigins = []string{"*"}
	}
	sim, err := newSimulated(alloc, serve, simulated.WithBlockGasLimit(gas))
	if err != nil {
		return nil, fmt.Errorf("devchain: embedded chain on port %d: %w", port, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	e := &Embedded{
		URL:    fmt.Sprintf("http://127.0.0.1:%d", port),
		WSURL:  fmt.Sprintf("ws://127.0.0.1:%d", port),
		Port:   port,
		sim:    sim,
		cancel: cancel,
		done:   make(chan struct{}),
	}
	go e.mine(ctx, opts.BlockTime)
	return e, nil
}

// newSimulated turns the simulated backend's panic on a busy port into an error.
func newSimulated(alloc types.GenesisAlloc, opts ...func(*node.Config, *ethconfig.Config)) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return simulated.NewBackend(alloc, opts...), nil
}

// mine seals a block when transactions are pending, checking every 20 ms, or
// every blockTime when set.
func (e *Embedded) mine(ctx context.Context, blockTime time.Duration) {
	defer close(e.done)
	tick := 20 * time.Millisecond
	if blockTime > 0 {
		tick = blockTime
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	// Ask the transaction pool, not the pending block: go-ethereum's miner
	// caches the pending block for 2 s, so a transaction sent right after a
	// block waited up to 2 s to be seen (and every deployment took 2 s).
	// txpool_* is served over HTTP (not by the in-process client); dialling
	// HTTP connects lazily, so only a malformed URL fails here.
	pool, err := rpc.DialContext(ctx, e.URL)
	if err != nil {
		return
	}
	defer pool.Close()
	pending := func() (uint64, error) {
		var st struct {
			Pending hexutil.Uint64 `json:"pending"`
		}
		err := pool.CallContext(ctx, &st, "txpool_status")
		return uint64(st.Pending), err
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if blockTime == 0 {
			n, err := pending()
			if err != nil || n == 0 {
				continue
			}
		}
		e.mu.Lock()
		if ctx.Err() == nil {
			e.sim.Commit()
		}
		e.mu.Unlock()
	}
}

// Backend is the underlying simulated chain, for tests that need Commit or Fork.
func (e *Embedded) Backend() *simulated.Backend { return e.sim }

// Stop stops mining and closes the chain and its RPC servers.
func (e *Embedded) Stop() error {
	e.cancel()
	<-e.done
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.Close()
}
