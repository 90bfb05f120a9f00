package devchain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
)

// backend is what the test needs of a chain: send, call, and wait for receipts.
type backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// deployAndCall deploys a ManagementToken implementation from its generated
// binding, checks that re-initialising it reverts, and reads state back.
func deployAndCall(t *testing.T, ctx context.Context, b backend, commit func()) {
	t.Helper()
	chainID := big.NewInt(1337)
	if cid, ok := b.(interface {
		ChainID(context.Context) (*big.Int, error)
	}); ok {
		var err error
		if chainID, err = cid.ChainID(ctx); err != nil {
			t.Fatalf("chain id: %v", err)
		}
	}
	owner := bind.NewKeyedTransactor(devchain.DevKey(0), chainID)
	owner.Context = ctx
	holder := devchain.DevAddress(7)

	mt := bindings.NewManagementToken()
	addr, tx, err := bind.DeployContract(owner, common.FromHex(bindings.ManagementTokenMetaData.Bin), b, nil)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	commit()
	if _, err := bind.WaitDeployed(ctx, b, tx.Hash()); err != nil {
		t.Fatalf("wait deployed: %v", err)
	}
	// The implementation disables initializers; the binding must surface
	// the custom error by name when we try.
	inst := mt.Instance(b, addr)
	_, err = bind.Transact(inst, owner, mt.PackInitialize(bindings.IManagementTokenTokenInit{
		Name: "Mini", Symbol: "MINI", Timelock: owner.From, BountyMintBudget: new(big.Int),
	}))
	if err == nil {
		t.Fatal("initialize on the implementation succeeded; want InvalidInitialization")
	}
	commit()

	// A real DAO uses clones; here we check the binding's call path end to end
	// through the implementation's view functions and its revert decoding.
	name, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, mt.PackCLOCKMODE(), mt.UnpackCLOCKMODE)
	if err != nil {
		t.Fatalf("CLOCK_MODE: %v", err)
	}
	if name != "mode=timestamp" {
		t.Fatalf("CLOCK_MODE = %q, want mode=timestamp", name)
	}
	bal, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, mt.PackBalanceOf(holder), mt.UnpackBalanceOf)
	if err != nil {
		t.Fatalf("balanceOf: %v", err)
	}
	if bal.Sign() != 0 {
		t.Fatalf("balance = %v, want 0", bal)
	}
}

func TestManagementTokenOnSimulatedChain(t *testing.T) {
	sim := devchain.Simulated()
	defer sim.Close()
	deployAndCall(t, context.Background(), sim.Client(), func() { sim.Commit() })
}

func TestManagementTokenOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	defer a.Stop()
	c, err := ethclient.DialContext(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	deployAndCall(t, ctx, c, func() {})
}

func TestDevAccountsMatchAnvil(t *testing.T) {
	// anvil's account 0 of the default mnemonic, as every Foundry user knows it.
	if got, want := devchain.DevAddress(0), common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"); got != want {
		t.Fatalf("DevAddress(0) = %v, want %v", got, want)
	}
}

func TestManagementTokenOnEmbeddedChainOverRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e, err := devchain.StartEmbedded(devchain.EmbeddedOptions{})
	if err != nil {
		t.Fatalf("start embedded chain: %v", err)
	}
	defer e.Stop()
	for _, url := range []string{e.URL, e.WSURL} {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		deployAndCall(t, ctx, c, func() {})
		c.Close()
	}
}
