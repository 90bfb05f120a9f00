package devchain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// Simulated starts go-ethereum's in-process simulated chain with anvil's ten
// development accounts funded with 10,000 ETH each, so that code and tests
// use the same accounts on either chain. Call Close when done.
func Simulated(opts ...func(*simulatedConfig)) *simulated.Backend {
	funds := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for i := range DevKeys {
		alloc[DevAddress(i)] = types.Account{Balance: funds}
	}
	cfg := simulatedConfig{gasLimit: 60_000_000}
	for _, o := range opts {
		o(&cfg)
	}
	return simulated.NewBackend(alloc, simulated.WithBlockGasLimit(cfg.gasLimit))
}

type simulatedConfig struct{ gasLimit uint64 }

// WithGasLimit sets the simulated chain's block gas limit.
func WithGasLimit(limit uint64) func(*simulatedConfig) {
	return func(c *simulatedConfig) { c.gasLimit = limit }
}
