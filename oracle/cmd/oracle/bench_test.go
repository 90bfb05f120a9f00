package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// benchJobs makes n requests on chain and queues their collected results.
func benchJobs(b *testing.B, ctx context.Context, s *stack, q *queue.Queue, n int) []common.Hash {
	b.Helper()
	ids := make([]common.Hash, 0, n)
	for i := range n {
		ev, l := s.request(ctx, fmt.Sprintf("prompt %d", i), 100_000)
		ids = append(ids, s.enqueueCollected(ctx, q, ev, l, []byte("an answer of some thirty-two b.")))
	}
	return ids
}

func benchWaitSettled(b *testing.B, ctx context.Context, q *queue.Queue, ids []common.Hash) map[common.Hash]bool {
	b.Helper()
	txs := map[common.Hash]bool{}
	for _, id := range ids {
		for {
			j, err := q.Get(ctx, id)
			if err != nil {
				b.Fatal(err)
			}
			if j.State == queue.Settled {
				txs[j.TxHashes[len(j.TxHashes)-1]] = true
				break
			}
			if j.State.Terminal() {
				b.Fatalf("job %s %s: %s", id, j.State, j.Reason)
			}
			select {
			case <-ctx.Done():
				b.Fatalf("job %s still %s", id, j.State)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	return txs
}

// BenchmarkGasPerResult settles batches of 1, 10 and 50 results through the
// binary on anvil and reports the fulfil transaction's gas per result.
//
//	go test ./oracle/cmd/oracle -run '^$' -bench GasPerResult -benchtime 3x
func BenchmarkGasPerResult(b *testing.B) {
	for _, size := range []int{1, 10, 50} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
			defer cancel()
			rs := redistest.Start(b)
			a := startAnvil(b, ctx, 0)
			s := newStack(b, ctx, a.URL)
			ns := fmt.Sprintf("bench-%d", size)
			q, err := queue.New(rs.Client(), queue.Config{Namespace: ns})
			if err != nil {
				b.Fatal(err)
			}
			start(b, "--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://"+rs.Addr()+"/0",
				"--namespace", ns, "--dev-accounts", "6", "--max-fee-cap-wei", "100000000000",
				"--batch-size", fmt.Sprint(size), "--batch-wait", "5s", "--poll-interval", "50ms")
			var gas, results uint64
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				ids := benchJobs(b, ctx, s, q, size)
				b.StartTimer()
				txs := benchWaitSettled(b, ctx, q, ids)
				if len(txs) != 1 {
					b.Fatalf("%d results settled by %d transactions, want one batch", size, len(txs))
				}
				for tx := range txs {
					r, err := s.eth.TransactionReceipt(ctx, tx)
					if err != nil {
						b.Fatal(err)
					}
					gas += r.GasUsed
				}
				results += uint64(size)
			}
			b.ReportMetric(float64(gas)/float64(results), "gas/result")
		})
	}
}

// BenchmarkSettlementThroughput queues -jobs results (made beforehand with
// automine), switches anvil to 1-second blocks and times the binary settling
// them all, with four signers and batches of 50. It reports settlements per
// second (start-up and reconciliation included), the gas-bound rate (the
// block gas limit over the gas per result measured, per second) and the
// results per block over the blocks that carried settlements.
//
//	go test ./oracle/cmd/oracle -run '^$' -bench SettlementThroughput -benchtime 1x
func BenchmarkSettlementThroughput(b *testing.B) {
	const n = 1500
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	rs := redistest.Start(b)
	a := startAnvil(b, ctx, 0)
	s := newStack(b, ctx, a.URL)
	for range b.N {
		ns := fmt.Sprintf("throughput-%d", time.Now().UnixNano())
		q, err := queue.New(rs.Client(), queue.Config{Namespace: ns})
		if err != nil {
			b.Fatal(err)
		}
		ids := benchJobs(b, ctx, s, q, n)
		if err := s.eth.Client().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
			b.Fatal(err)
		}
		if err := s.eth.Client().CallContext(ctx, nil, "evm_setIntervalMining", 1); err != nil {
			b.Fatal(err)
		}
		head, err := s.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		began := time.Now()
		bin := start(b, "--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://"+rs.Addr()+"/0",
			"--namespace", ns, "--dev-accounts", "6,7,8,9", "--max-fee-cap-wei", "100000000000",
			"--batch-size", "50", "--batch-wait", "200ms", "--max-in-flight", "32", "--poll-interval", "100ms",
			"--log-level", "warn")
		txs := benchWaitSettled(b, ctx, q, ids)
		took := time.Since(began)
		b.StopTimer()
		bin.stop()
		var gas uint64
		first, last := uint64(1<<63), uint64(0)
		for tx := range txs {
			r, err := s.eth.TransactionReceipt(ctx, tx)
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
			first, last = min(first, r.BlockNumber.Uint64()), max(last, r.BlockNumber.Uint64())
		}
		perResult := float64(gas) / n
		rate := n / took.Seconds()
		bound := float64(head.GasLimit) / perResult // per 1-second block
		b.ReportMetric(rate, "settlements/s")
		b.ReportMetric(bound, "gas-bound/s")
		b.ReportMetric(100*rate/bound, "%of-bound")
		b.ReportMetric(perResult, "gas/result")
		// The blocks that carried settlements, start-up and the first
		// batch's wait left out: the steady rate.
		b.ReportMetric(n/float64(last-first+1), "settled/block")
		b.ReportMetric(float64(len(txs)), "batches")
		if err := s.eth.Client().CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
			b.Fatal(err)
		}
		if err := s.eth.Client().CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
			b.Fatal(err)
		}
	}
}
