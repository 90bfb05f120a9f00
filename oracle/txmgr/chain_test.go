package txmgr_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/oracle/txmgr"
)

const gwei = 1_000_000_000

// fastConfig keeps chain tests to a few seconds.
func fastConfig(t *testing.T, rec *recorder) txmgr.Config {
	return txmgr.Config{
		MaxFeeCap:     big.NewInt(10_000 * gwei),
		ResubmitAfter: 300 * time.Millisecond,
		PollInterval:  20 * time.Millisecond,
		Logger:        slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo})),
		Metrics:       rec,
	}
}

func newManager(t *testing.T, ctx context.Context, cfg txmgr.Config, b txmgr.ETHBackend, key int) *txmgr.Manager {
	t.Helper()
	chainID, err := b.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from, sign := txmgr.PrivateKeySigner(devchain.DevKey(key), chainID)
	m, err := txmgr.New(ctx, cfg, b, from, sign)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Close)
	return m
}

// simChain is the simulated chain with a block every interval (none if 0).
func simChain(t *testing.T, interval time.Duration) (*simulated.Backend, simulated.Client) {
	t.Helper()
	sim := devchain.Simulated()
	t.Cleanup(func() { _ = sim.Close() })
	if interval > 0 {
		startMiner(t, interval, func() { sim.Commit() })
	}
	return sim, sim.Client()
}

// startMiner calls mine every interval until the test ends.
func startMiner(t *testing.T, interval time.Duration, mine func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				mine()
			}
		}
	})
	t.Cleanup(func() { close(done); wg.Wait() })
}

// anvilChain starts anvil with automine off: the test mines with evm_mine.
func anvilChain(t *testing.T, ctx context.Context) *ethclient.Client {
	t.Helper()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{})
	if errors.Is(err, devchain.ErrNoAnvil) {
		t.Skip("anvil not installed: ", err)
	}
	if err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(a.Stop)
	c, err := ethclient.DialContext(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	anvilCall(t, ctx, c, "evm_setAutomine", false)
	return c
}

func anvilCall(t *testing.T, ctx context.Context, c *ethclient.Client, method string, args ...any) {
	if err := c.Client().CallContext(ctx, nil, method, args...); err != nil {
		t.Errorf("%s: %v", method, err)
	}
}

// recorder is a Metrics that keeps every published version.
type recorder struct {
	txmgr.NoMetrics
	mu        sync.Mutex
	published []published
	changed   chan struct{}
}

type published struct {
	tx     *types.Transaction
	answer string
}

func newRecorder() *recorder { return &recorder{changed: make(chan struct{}, 1)} }

func (r *recorder) RecordPublish(tx *types.Transaction, answer string) {
	r.mu.Lock()
	r.published = append(r.published, published{tx, answer})
	r.mu.Unlock()
	select {
	case r.changed <- struct{}{}:
	default:
	}
}

// versions are the distinct versions published at nonce, in order.
func (r *recorder) versions(nonce uint64) []published {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []published
	seen := map[common.Hash]bool{}
	for _, p := range r.published {
		if p.tx.Nonce() == nonce && !seen[p.tx.Hash()] {
			seen[p.tx.Hash()] = true
			out = append(out, p)
		}
	}
	return out
}

func (r *recorder) answers() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, p := range r.published {
		out = append(out, p.answer)
	}
	return out
}

// waitPublished waits until n distinct versions were accepted at nonce.
func (r *recorder) waitPublished(t *testing.T, ctx context.Context, nonce uint64, n int) []published {
	t.Helper()
	for {
		var ok []published
		for _, p := range r.versions(nonce) {
			if p.answer == "ok" {
				ok = append(ok, p)
			}
		}
		if len(ok) >= n {
			return ok
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %d published version(s) at nonce %d: %v", n, nonce, ctx.Err())
		case <-r.changed:
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// checkBumps asserts that each accepted version pays at least 10% more tip
// and fee cap than the one before, and never more than maxFeeCap.
func checkBumps(t *testing.T, vs []published, maxFeeCap *big.Int) {
	t.Helper()
	for i, v := range vs {
		if v.tx.GasFeeCap().Cmp(maxFeeCap) > 0 {
			t.Errorf("version %d: fee cap %s above the cap %s", i+1, v.tx.GasFeeCap(), maxFeeCap)
		}
		if i == 0 || v.answer != "ok" {
			continue
		}
		prev := vs[i-1].tx
		for _, c := range []struct {
			name      string
			old, next *big.Int
		}{{"tip", prev.GasTipCap(), v.tx.GasTipCap()}, {"fee cap", prev.GasFeeCap(), v.tx.GasFeeCap()}} {
			// next*100 >= old*110
			if new(big.Int).Mul(c.next, big.NewInt(100)).Cmp(new(big.Int).Mul(c.old, big.NewInt(110))) < 0 {
				t.Errorf("version %d: %s %s is less than 10%% above %s", i+1, c.name, c.next, c.old)
			}
		}
	}
}

func txNonce(t *testing.T, ctx context.Context, b ethereum.TransactionReader, h common.Hash) uint64 {
	t.Helper()
	tx, _, err := b.TransactionByHash(ctx, h)
	if err != nil {
		t.Fatalf("transaction %s: %v", h, err)
	}
	return tx.Nonce()
}

func balance(t *testing.T, ctx context.Context, b interface {
	BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
}, a common.Address) int64 {
	t.Helper()
	bal, err := b.BalanceAt(ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return bal.Int64()
}

func transfer(to common.Address, wei int64) txmgr.TxCandidate {
	return txmgr.TxCandidate{To: &to, Value: big.NewInt(wei)}
}

// reverterInitCode deploys a contract whose every call reverts with
// Error("nope"): CODECOPY the 100-byte payload after the 12-byte runtime
// prologue, then REVERT with it.
var reverterInitCode = func() []byte {
	payload := hexutil.MustDecode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		strings.TrimPrefix(hexutil.Encode([]byte("nope")), "0x") + strings.Repeat("00", 28))
	runtime := append(hexutil.MustDecode("0x6064600c60003960646000fd"), payload...)
	init := hexutil.MustDecode("0x6070600c60003960706000f3")
	return append(init, runtime...)
}()
