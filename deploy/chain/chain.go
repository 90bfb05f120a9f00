// Package chain connects the minidao commands to a JSON-RPC endpoint with
// bounded waits, so that an unreachable or wrong endpoint is a clear error in
// seconds rather than a hang.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrUnreachable means the endpoint did not answer eth_chainId in time.
var ErrUnreachable = errors.New("RPC endpoint unreachable")

// DefaultRPC is where a local devnet listens.
const DefaultRPC = "http://127.0.0.1:8545"

// Conn is a checked connection.
type Conn struct {
	*ethclient.Client
	URL     string
	ChainID *big.Int
}

// Dial connects and asks for the chain id, within timeout.
func Dial(ctx context.Context, url string, timeout time.Duration) (*Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnreachable, url, err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w: %s: no answer within %s", ErrUnreachable, url, timeout)
		}
		return nil, fmt.Errorf("%w: %s: %w", ErrUnreachable, url, err)
	}
	return &Conn{Client: c, URL: url, ChainID: id}, nil
}
