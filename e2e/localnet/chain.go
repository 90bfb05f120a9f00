package localnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/protocol"
)

// Chain sends transactions and reads state on a local chain.
type Chain struct {
	*ethclient.Client
	ChainID *big.Int
	URL     string
}

// Dial connects to the chain at url.
func Dial(ctx context.Context, url string) (*Chain, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("chain id of %s: %w", url, err)
	}
	return &Chain{Client: c, ChainID: id, URL: url}, nil
}

// Opts are transact options for key.
func (c *Chain) Opts(ctx context.Context, key *ecdsa.PrivateKey, value *big.Int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(key, c.ChainID)
	o.Context, o.Value = ctx, value
	return o
}

// Send sends data to `to` from key and waits for a successful receipt; a
// revert comes back decoded (bindings/revert).
func (c *Chain) Send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	bc := bind.NewBoundContract(to, abi.ABI{}, c, c, c)
	tx, err := bc.RawTransact(c.Opts(ctx, key, value), data)
	if err != nil {
		return nil, revert.Wrap(err)
	}
	return c.Wait(ctx, tx)
}

// Deploy deploys creation code with constructor input from key.
func (c *Chain) Deploy(ctx context.Context, key *ecdsa.PrivateKey, md *bind.MetaData, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(c.Opts(ctx, key, nil), common.FromHex(md.Bin), c, input)
	if err != nil {
		return common.Address{}, revert.Wrap(err)
	}
	if _, err := c.Wait(ctx, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// Wait waits for tx's receipt and fails on a revert.
func (c *Chain) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	// Polled every 20ms (bind.WaitMined polls every second: too slow for a
	// devnet that mines at once).
	var r *types.Receipt
	for {
		var err error
		if r, err = c.TransactionReceipt(ctx, tx.Hash()); err == nil {
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// Call runs a read-only call and unpacks it.
func Call[T any](ctx context.Context, c *Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	bc := bind.NewBoundContract(to, abi.ABI{}, c, c, c)
	return bind.Call(bc, &bind.CallOpts{Context: ctx}, data, unpack)
}

// Advance moves the chain's clock by d and mines a block (anvil).
func (c *Chain) Advance(ctx context.Context, d time.Duration) error {
	if err := c.Client.Client().CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		return fmt.Errorf("evm_increaseTime: %w", err)
	}
	return c.Mine(ctx)
}

// Mine mines one block (anvil).
func (c *Chain) Mine(ctx context.Context) error {
	if err := c.Client.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	return nil
}

// Reorg has anvil replace the last depth blocks with as many empty ones
// (anvil_reorg) and returns the head it replaced them under. Mining is
// paused around it: anvil 1.7's anvil_reorg does not take the mining lock,
// and a block mined by automine while it runs leaves a hole in the chain
// (blocks by number not found for good, logs and receipts of replaced
// blocks served; foundry-rs/foundry#16711). Transactions sent meanwhile
// wait in the pool and are mined when it resumes. It assumes automine
// (anvil's default, and the local chain's): it leaves automine on.
func (c *Chain) Reorg(ctx context.Context, depth uint64) (uint64, error) {
	return c.reorg(ctx, func(uint64) uint64 { return depth })
}

// ReorgAbove is Reorg of every block above keep, the head read once mining
// is paused.
func (c *Chain) ReorgAbove(ctx context.Context, keep uint64) (uint64, error) {
	return c.reorg(ctx, func(head uint64) uint64 { return head - min(keep, head) })
}

func (c *Chain) reorg(ctx context.Context, depthAt func(head uint64) uint64) (uint64, error) {
	rpc := c.Client.Client()
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return 0, fmt.Errorf("evm_setAutomine false: %w", err)
	}
	resumed := false
	defer func() {
		if !resumed {
			_ = rpc.CallContext(context.WithoutCancel(ctx), nil, "evm_setAutomine", true)
		}
	}()
	// A block automine started before the switch may still be in the
	// making: wait until the head stays put.
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	for still := 0; still < 3; {
		time.Sleep(20 * time.Millisecond)
		h, err := c.BlockNumber(ctx)
		if err != nil {
			return 0, err
		}
		if h == head {
			still++
		} else {
			head, still = h, 0
		}
	}
	depth := depthAt(head)
	if err := rpc.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		return 0, fmt.Errorf("anvil_reorg %d: %w", depth, err)
	}
	resumed = true
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		return 0, fmt.Errorf("evm_setAutomine true: %w", err)
	}
	// What arrived while mining was paused: automine mines on arrival only.
	return head, c.Mine(ctx)
}

// Address is key's address.
func Address(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// WorkerKey is the signing key of local worker i, derived from a fixed
// string: a devnet key, public by construction.
func WorkerKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("minidao localnet worker %d", i))))
	if err != nil {
		panic(err) // a 32-byte hash below the curve order
	}
	return k
}

var errNoEvent = errors.New("no such event in the receipt")

// DeployBlock is the block that deployed the protocol's coordinator (where
// a relayer with no checkpoint starts reading).
func DeployBlock(ctx context.Context, c *Chain, f *deployments.File) (uint64, error) {
	tx := f.Protocol[protocol.InferenceCoordinator].Tx
	if tx == (common.Hash{}) {
		return 0, errors.New("the deployment file names no coordinator deployment transaction")
	}
	r, err := c.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("the coordinator's deployment receipt %s: %w", tx, err)
	}
	return r.BlockNumber.Uint64(), nil
}
