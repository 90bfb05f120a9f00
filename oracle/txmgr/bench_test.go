package txmgr_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/oracle/txmgr"
)

// BenchmarkGasBoundThroughputOnAnvil measures whether the manager keeps
// blocks full: anvil mines a block a second with room for perBlock
// transfers, and enough goroutines send through the manager (or a pool of
// keys) that the chain, not the manager, should be the limit. It reports the
// transactions per block over the blocks inside the run as a percentage of
// the gas-bound rate (100% = every block full).
//
//	go test -run XXX -bench GasBound -benchtime 1x ./txmgr
func BenchmarkGasBoundThroughputOnAnvil(b *testing.B) {
	for _, perBlock := range []int{40, 200} {
		for _, keys := range []int{1, 3} {
			b.Run(fmt.Sprintf("%d per block/%d keys", perBlock, keys), func(b *testing.B) {
				benchThroughput(b, keys, perBlock)
			})
		}
	}
}

func discard() *slog.Logger {
	if os.Getenv("TXMGR_BENCH_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// benchThroughput runs with blocks that hold perBlock transfers.
func benchThroughput(b *testing.B, keys, perBlock int) {
	const blocks = 8 // blocks of work per iteration
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{BlockTime: time.Second})
	if err != nil {
		b.Skip("anvil: ", err)
	}
	defer a.Stop()
	// Keep connections for the many concurrent calls (net/http keeps 2 per
	// host by default and would churn through new ones).
	rc, err := rpc.DialOptions(ctx, a.URL, rpc.WithHTTPClient(&http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: 512},
	}))
	if err != nil {
		b.Fatal(err)
	}
	c := ethclient.NewClient(rc)
	defer c.Close()
	if err := c.Client().CallContext(ctx, nil, "evm_setBlockGasLimit", hexutil.EncodeUint64(uint64(21_000*perBlock))); err != nil {
		b.Fatal(err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var ms []*txmgr.Manager
	for k := range keys {
		from, sign := txmgr.PrivateKeySigner(devchain.DevKey(k), chainID)
		m, err := txmgr.New(ctx, txmgr.Config{
			MaxFeeCap: big.NewInt(1e12), PollInterval: 50 * time.Millisecond, ResubmitAfter: time.Minute,
			Logger: discard(),
		}, c, from, sign)
		if err != nil {
			b.Fatal(err)
		}
		defer m.Close()
		ms = append(ms, m)
	}
	pool, err := txmgr.NewPool(ms...)
	if err != nil {
		b.Fatal(err)
	}
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	// A fixed gas limit, as the batcher gives one: the benchmark measures the
	// manager and the chain, not the node's gas estimation.
	cand := transfer(to, 1)
	cand.GasLimit = 21_000

	total := perBlock * blocks
	var txs, interiorTxs, interiorBlocks int
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		var sent atomic.Int64
		var mu sync.Mutex
		perBlockSeen := map[uint64]int{}
		var wg sync.WaitGroup
		for range 2 * perBlock {
			wg.Go(func() {
				for sent.Add(1) <= int64(total) {
					r, err := pool.Send(ctx, cand)
					if err != nil {
						b.Error(err)
						return
					}
					mu.Lock()
					perBlockSeen[r.BlockNumber.Uint64()]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		first, last := uint64(1<<63), uint64(0)
		for n := range perBlockSeen {
			first, last = min(first, n), max(last, n)
		}
		// The first and last blocks are partly outside the run: count the
		// blocks in between, including any the manager left empty.
		for n := first + 1; n < last; n++ {
			interiorTxs += perBlockSeen[n]
			interiorBlocks++
		}
		txs += total
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(txs)/elapsed.Seconds(), "tx/s")
	if interiorBlocks > 0 {
		b.ReportMetric(100*float64(interiorTxs)/float64(interiorBlocks*perBlock), "%gas-bound")
	}
}
