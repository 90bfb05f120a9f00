package settings

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/ethclient"
)

// DialNode connects to the JSON-RPC node of the rpc_url setting and reads
// its chain id, which must be want unless want is 0 (the chain_id setting).
// Errors name the setting at fault; the URL is not repeated (it may hold an
// API key). On error nothing is left open.
func DialNode(ctx context.Context, rpcURL string, want uint64) (*ethclient.Client, *big.Int, error) {
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, nil, fmt.Errorf("rpc_url: %w", err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, nil, fmt.Errorf("rpc_url: eth_chainId: %w", err)
	}
	if want != 0 && id.Uint64() != want {
		c.Close()
		return nil, nil, fmt.Errorf("chain_id: the node is on chain %d, the configuration says %d", id, want)
	}
	return c, id, nil
}
