package devchain

import (
	"context"
	"errors"
	"io/fs"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// Anvil's historical states live in a directory of the chain's own, gone
// after Stop; HistoryStates bounds how far back the chain still answers.
func TestAnvilHistoryIsBoundedAndCleanedUp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	a, err := StartAnvil(ctx, AnvilOptions{HistoryStates: 2})
	if err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	defer a.Stop()
	if _, err := os.Stat(a.cacheDir); err != nil {
		t.Fatalf("state directory while running: %v", err)
	}
	c, err := ethclient.DialContext(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Client().CallContext(ctx, nil, "anvil_mine", "0x8"); err != nil {
		t.Fatalf("anvil_mine: %v", err)
	}
	dev := DevAddress(0)
	if _, err := c.BalanceAt(ctx, dev, nil); err != nil {
		t.Fatalf("balance at the head: %v", err)
	}
	if _, err := c.BalanceAt(ctx, dev, big.NewInt(1)); err == nil {
		t.Fatal("balance 7 blocks back answered with --prune-history 2: the history is not bounded")
	}
	a.Stop()
	if _, err := os.Stat(a.cacheDir); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("state directory after Stop: %v (want it removed)", err)
	}
}
