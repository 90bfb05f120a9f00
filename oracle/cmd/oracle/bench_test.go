package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

var (
	benchResults = flag.Int("oracle.bench-results", 18_000, "results BenchmarkSettlementThroughput settles (about 20 full blocks at the gas-bound rate)")
	benchLog     = flag.String("oracle.bench-log", "", "file to write the oracle's log of BenchmarkSettlementThroughput to")
	benchArgs    = flag.String("oracle.bench-args", "", "extra oracle flags for BenchmarkSettlementThroughput, space-separated (to compare settings)")
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

// BenchmarkSettlementThroughput measures the oracle's steady settlement
// rate on anvil with 1-second blocks against the rate block gas allows.
//
// Before the timed window, with automine, it makes -oracle.bench-results
// requests on chain and queues their collected results (every term of the
// request stored, as the relayer's watcher leaves them), so that no request
// transaction competes for block gas in the window. It then switches anvil
// to 1-second blocks, starts the binary (four signers) and waits until
// every result is settled. The rates come from the settlement events'
// blocks: the results settled per block over the full blocks (the first and
// the last block with settlements are left out: ramp-up and tail), against
// the gas-bound rate, the block gas limit over the gas per result of the
// run's fulfil transactions. It also reports the block gas used by
// fulfils, the wall-clock rate, and how busy the oracle's process and anvil
// were (CPU seconds per second: 2.0 is both cores).
//
//	go test ./oracle/cmd/oracle -run '^$' -bench SettlementThroughput -benchtime 1x -count 3
func BenchmarkSettlementThroughput(b *testing.B) {
	n := *benchResults
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	rs := redistest.Start(b)
	a := startAnvil(b, ctx, 0)
	s := newStack(b, ctx, a.URL)
	for range b.N {
		b.StopTimer()
		ns := fmt.Sprintf("throughput-%d", time.Now().UnixNano())
		q, err := queue.New(rs.Client(), queue.Config{Namespace: ns})
		if err != nil {
			b.Fatal(err)
		}
		prepared := time.Now()
		evs := bulkRequests(b, ctx, s, n)
		progress("%d requests on chain after %s", n, time.Since(prepared).Round(time.Millisecond))
		bulkCollected(b, ctx, s, q, evs)
		progress("%d requests made and their results queued in %s", n, time.Since(prepared).Round(time.Second))
		rpc := s.eth.Client()
		// Full blocks raise the base fee 12.5% a block: over a few dozen
		// the gas price outgrows what the requests prepaid, and the oracle
		// rightly holds their results back. From a zero base fee the rise
		// stays negligible, so the window measures the oracle against block
		// gas, not the fee market.
		if err := rpc.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", "0x0"); err != nil {
			b.Fatal(err)
		}
		if err := rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
			b.Fatal(err)
		}
		if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
			b.Fatal(err)
		}
		if err := rpc.CallContext(ctx, nil, "evm_setIntervalMining", 1); err != nil {
			b.Fatal(err)
		}
		from, err := s.eth.BlockNumber(ctx)
		if err != nil {
			b.Fatal(err)
		}

		b.StartTimer()
		cpu0, anvil0, began := cpuSeconds(), anvilCPUSeconds(), time.Now()
		args := []string{"--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://" + rs.Addr() + "/0",
			"--namespace", ns, "--dev-accounts", "6,7,8,9", "--max-fee-cap-wei", "100000000000",
			"--batch-size", "50", "--batch-wait", "200ms", "--poll-interval", "100ms", // max_in_flight: the default, sized from the block gas limit
			"--log-level", "warn"}
		args = append(args, strings.Fields(*benchArgs)...)
		bin := start(b, args...)
		lastNote := 0
		for {
			st, err := q.Stats(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if st.States[queue.Settled] >= int64(n) {
				break
			}
			if time.Since(began) > time.Duration(lastNote+5)*time.Second {
				lastNote = int(time.Since(began).Seconds())
				progress("%d of %d settled", st.States[queue.Settled], n)
			}
			if st.States[queue.Failed]+st.States[queue.Refunded] > 0 {
				b.Fatalf("jobs failed or refunded: %v", st.States)
			}
			select {
			case <-ctx.Done():
				b.Fatalf("not all settled: %v", st.States)
			case <-time.After(100 * time.Millisecond):
			}
		}
		wall := time.Since(began)
		progress("all %d settled after %s", n, wall.Round(time.Millisecond))
		cpu, anvilCPU := cpuSeconds()-cpu0, anvilCPUSeconds()-anvil0
		b.StopTimer()
		bin.stop()
		if *benchLog != "" {
			if err := os.WriteFile(*benchLog, []byte(bin.stderr.String()), 0o644); err != nil {
				b.Fatal(err)
			}
		}

		m := settlementBlocks(b, ctx, s, from+1)
		if m.results != n {
			b.Fatalf("%d settlement events, want %d", m.results, n)
		}
		b.ReportMetric(m.perBlock, "settled/block")
		b.ReportMetric(m.bound, "gas-bound/block")
		b.ReportMetric(100*m.perBlock/m.bound, "%of-bound")
		b.ReportMetric(m.gasPerResult, "gas/result")
		b.ReportMetric(100*m.blockGas, "%block-gas")
		b.ReportMetric(float64(m.full), "full-blocks")
		b.ReportMetric(float64(m.batches), "batches")
		b.ReportMetric(float64(n)/wall.Seconds(), "settled/s-wall")
		b.ReportMetric(cpu/wall.Seconds(), "oracle-cpu/s")
		if anvilCPU >= 0 {
			b.ReportMetric(anvilCPU/wall.Seconds(), "anvil-cpu/s")
		}
		if err := rpc.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
			b.Fatal(err)
		}
		if err := rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
			b.Fatal(err)
		}
	}
}

// progress tells how a long benchmark is doing, as it goes.
func progress(format string, a ...any) {
	fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+format+"\n", a...)
}

// blockStats are the settlements of a run, by block.
type blockStats struct {
	results, batches int
	full             int     // blocks counted: all with settlements but the first and the last
	perBlock         float64 // results settled per full block
	bound            float64 // gas limit / gas per result
	gasPerResult     float64
	blockGas         float64 // fulfil gas used / gas limit, over the full blocks
}

// settlementBlocks reads the InferenceFulfilled events from block `from` on
// and the receipts of their transactions.
func settlementBlocks(b *testing.B, ctx context.Context, s *stack, from uint64) blockStats {
	b.Helper()
	head, err := s.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	c := bindings.NewInferenceCoordinator()
	var logs []types.Log
	for lo := from; lo <= head.Number.Uint64(); lo += 1000 {
		part, err := s.eth.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(min(lo+999, head.Number.Uint64())),
			Addresses: []common.Address{s.coord}, Topics: [][]common.Hash{{c.GetABI().Events["InferenceFulfilled"].ID}},
		})
		if err != nil {
			b.Fatal(err)
		}
		logs = append(logs, part...)
	}
	perBlock := map[uint64]int{}
	txs := map[common.Hash]uint64{}
	for _, l := range logs {
		perBlock[l.BlockNumber]++
		txs[l.TxHash] = l.BlockNumber
	}
	gasIn := map[uint64]uint64{}
	var gas uint64
	for tx, blk := range txs {
		r, err := s.eth.TransactionReceipt(ctx, tx)
		if err != nil {
			b.Fatal(err)
		}
		gas += r.GasUsed
		gasIn[blk] += r.GasUsed
	}
	blocks := make([]uint64, 0, len(perBlock))
	for blk := range perBlock {
		blocks = append(blocks, blk)
	}
	slices.Sort(blocks)
	st := blockStats{results: len(logs), batches: len(txs), gasPerResult: float64(gas) / float64(len(logs))}
	st.bound = float64(head.GasLimit) / st.gasPerResult
	if len(blocks) < 3 {
		b.Fatalf("settlements in %d blocks: too few for a steady rate (raise -oracle.bench-results)", len(blocks))
	}
	// Every block between the first and the last counts, empty ones too.
	first, last := blocks[0], blocks[len(blocks)-1]
	var inner int
	var innerGas uint64
	for blk := first + 1; blk < last; blk++ {
		inner += perBlock[blk]
		innerGas += gasIn[blk]
	}
	st.full = int(last - first - 1)
	st.perBlock = float64(inner) / float64(st.full)
	st.blockGas = float64(innerGas) / float64(st.full) / float64(head.GasLimit)
	return st
}

// bulkRequests makes n requests from the dApp account (dev 5), sent side
// by side with explicit nonces, and returns their events.
func bulkRequests(b *testing.B, ctx context.Context, s *stack, n int) []requested {
	b.Helper()
	c := bindings.NewInferenceCoordinator()
	key := devchain.DevKey(5)
	from := crypto.PubkeyToAddress(key.PublicKey)
	fee, err := bind.Call(c.Instance(s.eth, s.coord), &bind.CallOpts{Context: ctx}, c.PackQuote(s.modelID, 16, 100_000), c.UnpackQuote)
	if err != nil {
		b.Fatal(err)
	}
	fee.Mul(fee, big.NewInt(2))
	nonce0, err := s.eth.NonceAt(ctx, from, nil)
	if err != nil {
		b.Fatal(err)
	}
	head, err := s.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	feeCap := new(big.Int).Mul(head.BaseFee, big.NewInt(4))
	feeCap.Add(feeCap, big.NewInt(1e9))
	data := func(i int) []byte {
		return c.PackRequestInference(s.modelID, []byte(fmt.Sprintf("bench prompt %d", i)), 16, 100_000)
	}
	gas, err := s.eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &s.coord, Value: fee, Data: data(0)})
	if err != nil {
		b.Fatal(err)
	}
	// Into the pool first, then mined a few hundred per block: a block per
	// request (automine) makes anvil keep thousands of states in memory.
	rpc := s.eth.Client()
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		b.Fatal(err)
	}
	signer := types.LatestSignerForChainID(s.chainID)
	// A few thousand at a time: anvil slows down and swells with a pool of
	// tens of thousands.
	const chunk = 2000
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		// Full blocks raise the base fee: price each chunk anew.
		hd, err := s.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		feeCap := new(big.Int).Mul(hd.BaseFee, big.NewInt(4))
		feeCap.Add(feeCap, big.NewInt(1e9))
		fee, err := bind.Call(c.Instance(s.eth, s.coord), &bind.CallOpts{Context: ctx}, c.PackQuote(s.modelID, 16, 100_000), c.UnpackQuote)
		if err != nil {
			b.Fatal(err)
		}
		fee.Mul(fee, big.NewInt(4))
		var next atomic.Int64
		next.Store(int64(lo))
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for range 8 {
			wg.Go(func() {
				for i := int(next.Add(1) - 1); i < hi; i = int(next.Add(1) - 1) {
					tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: s.chainID, Nonce: nonce0 + uint64(i),
						GasTipCap: big.NewInt(1e9), GasFeeCap: feeCap, Gas: gas * 3 / 2, To: &s.coord, Value: fee, Data: data(i)})
					if err == nil {
						err = s.eth.SendTransaction(ctx, tx)
					}
					if err != nil {
						errs <- fmt.Errorf("request %d: %w", i, err)
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			b.Fatal(err)
		}
		for {
			got, err := s.eth.NonceAt(ctx, from, nil)
			if err != nil {
				b.Fatal(err)
			}
			if got == nonce0+uint64(hi) {
				break
			}
			if ctx.Err() != nil {
				b.Fatalf("requests mined: %d of %d", got-nonce0, hi)
			}
			if err := rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		b.Fatal(err)
	}
	last, err := s.eth.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var out []requested
	for lo := head.Number.Uint64() + 1; lo <= last; lo += 1000 {
		logs, err := s.eth.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(min(lo+999, last)),
			Addresses: []common.Address{s.coord}, Topics: [][]common.Hash{{c.GetABI().Events["InferenceRequested"].ID}},
		})
		if err != nil {
			b.Fatal(err)
		}
		for i := range logs {
			ev, err := c.UnpackInferenceRequestedEvent(&logs[i])
			if err != nil {
				b.Fatal(err)
			}
			if ev.Request.Requester == from {
				out = append(out, requested{ev, logs[i]})
			}
		}
	}
	if len(out) != n {
		b.Fatalf("%d InferenceRequested events, want %d", len(out), n)
	}
	return out
}

type requested struct {
	ev *bindings.InferenceCoordinatorInferenceRequested
	l  types.Log
}

// bulkCollected queues the requests with every term and takes them through
// dispatch to results collected, signed by the stack's worker.
func bulkCollected(b *testing.B, ctx context.Context, s *stack, q *queue.Queue, evs []requested) {
	b.Helper()
	output := []byte("an answer of some thirty-two b.")
	outHash := crypto.Keccak256Hash(output)
	worker := crypto.PubkeyToAddress(s.worker.PublicKey)
	dom := attest.CoordinatorDomain(s.chainID, s.coord)
	for lo := 0; lo < len(evs); lo += 500 {
		part := evs[lo:min(lo+500, len(evs))]
		reqs := make([]*queue.Request, len(part))
		for i, e := range part {
			reqs[i] = queueRequest(e.ev, &e.l, true)
		}
		if _, err := q.EnqueueBatch(ctx, reqs); err != nil {
			b.Fatal(err)
		}
		for left := len(part); left > 0; {
			ds, err := q.Next(ctx, "bench-dispatcher", []*big.Int{s.modelID}, left, time.Second)
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range ds {
				sig, err := attest.Sign(s.worker, attest.ResultDigest(dom, d.Job.Request.RequestID, d.Job.Request.ModelVersion, outHash))
				if err != nil {
					b.Fatal(err)
				}
				if err := q.Collect(ctx, d.Lease, &queue.Results{Output: output, OutputHash: outHash,
					Workers: []queue.WorkerResult{{Worker: worker, Signature: sig, Agreed: true}}}); err != nil {
					b.Fatal(err)
				}
			}
			left -= len(ds)
		}
	}
}

// cpuSeconds is this process's user and system CPU time: the oracle, which
// runs in it, and the benchmark's light polling.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// anvilCPUSeconds is the CPU time of the anvil processes descended from
// this one, from /proc; -1 when it cannot be read.
func anvilCPUSeconds() float64 {
	parent := map[int]int{}
	ticks := map[int]float64{}
	names := map[int]string{}
	dirs, err := os.ReadDir("/proc")
	if err != nil {
		return -1
	}
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile(filepath.Join("/proc", d.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ... utime(14) stime(15)
		stat := string(raw)
		open, closing := strings.IndexByte(stat, '('), strings.LastIndexByte(stat, ')')
		if open < 0 || closing < open {
			continue
		}
		f := strings.Fields(stat[closing+1:])
		if len(f) < 13 {
			continue
		}
		names[pid] = stat[open+1 : closing]
		parent[pid], _ = strconv.Atoi(f[1])
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		ticks[pid] = ut + st
	}
	me := os.Getpid()
	var total float64
	found := false
	for pid, name := range names {
		if name != "anvil" {
			continue
		}
		for p := parent[pid]; p > 1; p = parent[p] {
			if p == me {
				total += ticks[pid]
				found = true
				break
			}
		}
	}
	if !found {
		return -1
	}
	return total / 100 // USER_HZ
}
