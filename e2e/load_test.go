package e2e

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/e2e/localnet"
)

// A loadPlan is a load run: senders ask model A through AskTheDAO, each
// one question after another, while faults are done to the system.
type loadPlan struct {
	senders, each int
	// rate caps the requests sent per second, all senders together (0: as
	// fast as they go), so that faults land while requests are still sent.
	rate   float64
	faults []fault
	// sendLimit bounds the sending (default 3 minutes); limit bounds the
	// wait for the last settlement once every request is sent.
	sendLimit, limit time.Duration
}

// A fault is done to the running system once `at` requests were sent.
type fault struct {
	at   int
	name string
	do   func(t *testing.T, l *loadRun)
}

// loadRun is one run of a plan.
type loadRun struct {
	s     *stack
	ctx   context.Context
	clock *settleClock
	// Senders hold pause read-locked while a request is in flight; a reorg
	// takes it, so that no sender waits on a receipt the reorg removes.
	pause sync.RWMutex
	sent  atomic.Int64 // requests mined so far
}

// inFlight is how many of the requests sent so far have no settlement seen
// on chain yet.
func (l *loadRun) inFlight() int64 {
	return l.sent.Load() - int64(l.clock.settled())
}

// sentReq is a request as its sender saw it mined.
type sentReq struct {
	*localnet.Asked
	at time.Time // when the sender had its receipt (polled every 20ms)
}

// loadResult is what a run measured.
type loadResult struct {
	requests, dropped, txs int
	unsettled              int           // within the plan's limit (the run failed)
	sendTime, settleTime   time.Duration // from the first request sent to the last sent, and to the last settled
	throughput             float64       // requests settled per second
	blocks, secs           [3]float64    // p50, p99, max of request -> settlement, in blocks and in seconds
}

func (r loadResult) String() string {
	return fmt.Sprintf("%d requests (%d dropped by reorgs, %d unsettled) sent in %s, settled after %s: %.1f requests/s, %.1f results per fulfil transaction; "+
		"request to settlement p50 %.0f blocks / %.3f s, p99 %.0f blocks / %.3f s, max %.0f blocks / %.3f s",
		r.requests, r.dropped, r.unsettled, r.sendTime.Round(time.Millisecond), r.settleTime.Round(time.Millisecond), r.throughput,
		float64(r.requests)/float64(max(r.txs, 1)), r.blocks[0], r.secs[0], r.blocks[1], r.secs[1], r.blocks[2], r.secs[2])
}

// newLoadRun waits until the relayer is ready, then starts a settlement
// clock from the block after the head, and returns the run, that head and
// the clock's stop.
func (s *stack) newLoadRun(t *testing.T, ctx context.Context) (*loadRun, uint64, context.CancelFunc) {
	t.Helper()
	s.waitRelayerReady(t, s.workers[0].Signer)
	head, err := s.chain.BlockNumber(ctx)
	must(t, err)
	l := &loadRun{s: s, ctx: ctx, clock: newSettleClock(s.chain, s.coord, head+1)}
	clockCtx, stop := context.WithCancel(ctx)
	go l.clock.run(clockCtx)
	return l, head, stop
}

// runLoad runs plan and checks that every request still on chain at the end
// was settled exactly once: one InferenceFulfilled or InferenceRefunded
// event each on the canonical chain, none left pending, no escrow left.
func (s *stack) runLoad(t *testing.T, p loadPlan) loadResult {
	if p.sendLimit == 0 {
		p.sendLimit = 3 * time.Minute
	}
	ctx, cancel := context.WithTimeout(s.ctx, p.sendLimit+p.limit)
	defer cancel()
	l, head, stopClock := s.newLoadRun(t, ctx)
	defer stopClock()

	start := time.Now()
	all := l.send(t, p)
	sendTime := time.Since(start)
	byID, dropped := l.canonical(t, all)
	logs := l.waitSettled(t, head+1, byID, p.limit)
	res := l.checkExactlyOnce(t, byID, logs)
	res.dropped, res.sendTime = dropped, sendTime
	last := time.Time{}
	for _, lg := range logs {
		if at, ok := l.clock.seenAt(lg); ok && at.After(last) {
			last = at
		}
	}
	if last.IsZero() {
		last = time.Now()
	}
	res.settleTime = last.Sub(start)
	res.throughput = float64(res.requests) / res.settleTime.Seconds()
	return res
}

// send has the plan's senders (fresh accounts, funded here) ask their
// questions, at most at the plan's rate, and does each fault when its turn
// comes. It returns every request mined.
func (l *loadRun) send(t *testing.T, p loadPlan) []*sentReq {
	t.Helper()
	s, ctx := l.s, l.ctx
	keys := make([]*ecdsa.PrivateKey, p.senders)
	for i := range keys {
		keys[i] = localnet.WorkerKey(1000 + i)
		must(t, s.chain.Client.Client().CallContext(ctx, nil, "anvil_setBalance", localnet.Address(keys[i]), "0x56BC75E2D63100000"))
	}
	var tick <-chan time.Time
	if p.rate > 0 {
		tk := time.NewTicker(time.Duration(float64(time.Second) / p.rate))
		defer tk.Stop()
		tick = tk.C
	}
	sentc := make(chan *sentReq, p.senders*p.each)
	errs := make(chan error, p.senders)
	for i := range keys {
		go func() {
			for j := 0; j < p.each; j++ {
				if tick != nil {
					select {
					case <-tick:
					case <-ctx.Done():
						errs <- ctx.Err()
						return
					}
				}
				l.pause.RLock()
				q, err := localnet.Ask(ctx, s.chain, s.dapp, keys[i], fmt.Sprintf("Load %d.%d", i, j))
				at := time.Now()
				l.pause.RUnlock()
				if err != nil {
					errs <- fmt.Errorf("sender %d, request %d: %w", i, j, err)
					return
				}
				l.sent.Add(1)
				sentc <- &sentReq{Asked: q, at: at}
			}
			errs <- nil
		}()
	}
	for _, f := range p.faults {
		for l.sent.Load() < int64(f.at) && ctx.Err() == nil {
			time.Sleep(5 * time.Millisecond)
		}
		t0, sent, open := time.Now(), l.sent.Load(), l.inFlight()
		f.do(t, l)
		t.Logf("fault after %d requests sent (%d not settled yet): %s (%s)", sent, open, f.name, time.Since(t0).Round(time.Millisecond))
	}
	for range keys {
		must(t, <-errs)
	}
	close(sentc)
	var all []*sentReq
	for q := range sentc {
		all = append(all, q)
	}
	return all
}

// canonical keeps the requests whose transaction is still on the canonical
// chain (a reorg drops the others: they were never made) and indexes them
// by id. A node may go on serving the receipt of a transaction from a block
// a reorg replaced: the receipt's block must be the canonical one.
func (l *loadRun) canonical(t *testing.T, all []*sentReq) (map[common.Hash]*sentReq, int) {
	t.Helper()
	byID := map[common.Hash]*sentReq{}
	blocks := blockTxs{}
	dropped := 0
	for _, q := range all {
		r, err := l.s.chain.TransactionReceipt(l.ctx, q.Receipt.TxHash)
		if errors.Is(err, ethereum.NotFound) {
			dropped++
			continue
		}
		must(t, err)
		if !l.inBlock(t, r.BlockNumber.Uint64(), r.BlockHash, r.TxHash, blocks) || r.Status != types.ReceiptStatusSuccessful {
			dropped++
			continue
		}
		if r.BlockHash != q.Receipt.BlockHash {
			// Mined again in another block: its request may have another id.
			q = &sentReq{Asked: &localnet.Asked{ID: q.ID, Request: q.Request, Receipt: r, Paid: q.Paid}, at: q.at}
			for _, lg := range r.Logs {
				if ev, err := coordABI.UnpackInferenceRequestedEvent(lg); err == nil {
					q.ID, q.Request = ev.RequestId, ev.Request
				}
			}
		}
		if byID[q.ID] != nil {
			t.Fatalf("request id %s made twice", q.ID)
		}
		byID[q.ID] = q
	}
	return byID, dropped
}

// waitSettled waits until each request of byID has a settlement event on
// chain, at most limit, and returns the coordinator's settlement logs from
// block `from`. On time out it fails with the unsettled requests' states.
func (l *loadRun) waitSettled(t *testing.T, from uint64, byID map[common.Hash]*sentReq, limit time.Duration) []types.Log {
	t.Helper()
	deadline := time.Now().Add(limit)
	q := settleQuery(l.s.coord, from)
	blocks := blockTxs{}
	stale := 0
	for {
		logs, err := l.s.chain.FilterLogs(l.ctx, q)
		must(t, err)
		logs, n := l.onCanonical(t, logs, blocks)
		if n > stale {
			stale = n
			t.Logf("the node served %d settlement logs of transactions not in the canonical chain: left out", n)
		}
		done := map[common.Hash]bool{}
		for _, lg := range logs {
			if byID[lg.Topics[1]] != nil {
				done[lg.Topics[1]] = true
			}
		}
		if len(done) == len(byID) {
			return logs
		}
		if time.Now().After(deadline) || l.ctx.Err() != nil {
			var left []string
			for id := range byID {
				if !done[id] && len(left) < 5 {
					left = append(left, l.s.describe(id))
				}
			}
			// An error, not a stop: the numbers of the settled ones are
			// still measured.
			t.Errorf("%d of %d requests settled within %s of the last one sent; unsettled, for example:\n%s",
				len(done), len(byID), limit, strings.Join(left, "\n"))
			return logs
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// blockTxs caches the transactions of canonical blocks, by number.
type blockTxs map[uint64]map[common.Hash]bool

// onCanonical keeps the logs whose transaction is in the canonical block of
// their number, and counts the others: under load, after anvil_reorg, anvil
// may go on serving the logs (and receipts) of transactions that the reorg
// dropped, even under the new block's hash. The blocks' bodies are the
// chain's truth.
func (l *loadRun) onCanonical(t *testing.T, logs []types.Log, blocks blockTxs) ([]types.Log, int) {
	t.Helper()
	kept, stale := logs[:0], 0
	for _, lg := range logs {
		if l.inBlock(t, lg.BlockNumber, lg.BlockHash, lg.TxHash, blocks) {
			kept = append(kept, lg)
		} else {
			stale++
		}
	}
	return kept, stale
}

// inBlock reports whether tx is in the canonical block number, and that
// block's hash is hash.
func (l *loadRun) inBlock(t *testing.T, number uint64, hash, tx common.Hash, blocks blockTxs) bool {
	t.Helper()
	txs, ok := blocks[number]
	if !ok {
		b, err := l.s.chain.BlockByNumber(l.ctx, new(big.Int).SetUint64(number))
		txs = map[common.Hash]bool{}
		switch {
		case errors.Is(err, ethereum.NotFound):
			// A log of a block above the head: stale too.
		case err != nil:
			must(t, err)
		default:
			txs[b.Hash()] = true // the block's own hash, beside its transactions'
			for _, x := range b.Transactions() {
				txs[x.Hash()] = true
			}
		}
		blocks[number] = txs
	}
	return txs[hash] && txs[tx]
}

// describe is a request's on-chain status and the relayer's record of it.
func (s *stack) describe(id common.Hash) string {
	rec, err := localnet.Record(s.ctx, s.chain, s.coord, id)
	status := fmt.Sprint(rec.Status)
	if err != nil {
		status = err.Error()
	}
	view := "(no answer)"
	if resp, err := http.Get(s.relayer.URL + "/v1/requests/" + id.Hex()); err == nil {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		resp.Body.Close()
		view = string(b)
	}
	return fmt.Sprintf("  %s: on chain status %s; relayer: %s", id, status, view)
}

// checkExactlyOnce checks that each request has exactly one settlement
// event (fulfilled or refunded), that the coordinator's record agrees and
// holds no escrow, and measures latency.
func (l *loadRun) checkExactlyOnce(t *testing.T, byID map[common.Hash]*sentReq, logs []types.Log) loadResult {
	t.Helper()
	a, err := bindings.InferenceCoordinatorMetaData.ParseABI()
	must(t, err)
	fulfilledID := a.Events["InferenceFulfilled"].ID
	events := map[common.Hash][]types.Log{}
	for _, lg := range logs {
		if byID[lg.Topics[1]] != nil {
			events[lg.Topics[1]] = append(events[lg.Topics[1]], lg)
		}
	}
	res := loadResult{requests: len(byID)}
	var blocks, secs []float64
	txs := map[common.Hash]bool{}
	refunded, unclocked := 0, 0
	for id, q := range byID {
		evs := events[id]
		if len(evs) == 0 && t.Failed() {
			res.unsettled++
			continue // reported by waitSettled
		}
		if len(evs) != 1 {
			var where []string
			for _, e := range evs {
				where = append(where, fmt.Sprintf("block %d %s tx %s", e.BlockNumber, e.BlockHash, e.TxHash))
			}
			t.Errorf("request %s has %d settlement events, want exactly 1: %s", id, len(evs), strings.Join(where, "; "))
			continue
		}
		lg := evs[0]
		if lg.Topics[0] != fulfilledID {
			refunded++
		}
		txs[lg.TxHash] = true
		blocks = append(blocks, float64(lg.BlockNumber-q.Receipt.BlockNumber.Uint64()))
		if at, ok := l.clock.seenAt(lg); ok {
			secs = append(secs, at.Sub(q.at).Seconds())
		} else {
			unclocked++
		}
	}
	if refunded > 0 {
		t.Errorf("%d requests were refunded rather than answered: nothing here lets a deadline pass", refunded)
	}
	if unclocked > 0 {
		t.Logf("load: %d settlements not seen by the clock (reorged blocks re-mined below its cursor): left out of the seconds", unclocked)
	}
	l.checkRecords(t, byID)
	res.txs = len(txs)
	res.blocks = [3]float64{quantile(blocks, 0.5), quantile(blocks, 0.99), quantile(blocks, 1)}
	res.secs = [3]float64{quantile(secs, 0.5), quantile(secs, 0.99), quantile(secs, 1)}
	return res
}

// checkRecords reads the coordinator's record of every request: none is
// pending, none holds escrow.
func (l *loadRun) checkRecords(t *testing.T, byID map[common.Hash]*sentReq) {
	t.Helper()
	ids := make(chan common.Hash)
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for id := range ids {
				rec, err := localnet.Record(l.ctx, l.s.chain, l.s.coord, id)
				mu.Lock()
				switch {
				case err != nil:
					bad = append(bad, fmt.Sprintf("%s: %v", id, err))
				case rec.Status != localnet.StatusFulfilled && rec.Status != localnet.StatusRefunded:
					bad = append(bad, fmt.Sprintf("%s: status %d", id, rec.Status))
				case rec.EthEscrow.Sign() != 0 || rec.TokenEscrow.Sign() != 0:
					bad = append(bad, fmt.Sprintf("%s: %s wei and %s tokens left in escrow", id, rec.EthEscrow, rec.TokenEscrow))
				}
				mu.Unlock()
			}
		})
	}
	for id := range byID {
		ids <- id
	}
	close(ids)
	wg.Wait()
	if len(bad) > 0 {
		t.Errorf("%d requests' records are wrong after settlement, for example %s", len(bad), bad[:min(5, len(bad))])
	}
}

func settleQuery(coord common.Address, from uint64) ethereum.FilterQuery {
	a, _ := bindings.InferenceCoordinatorMetaData.ParseABI()
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{coord},
		Topics: [][]common.Hash{{a.Events["InferenceFulfilled"].ID, a.Events["InferenceRefunded"].ID}}}
}

// settleClock notes, by the test's clock, when each settlement event was
// first seen on chain: polled every 20ms, so latencies in seconds have that
// resolution rather than the block timestamps' second.
type settleClock struct {
	c     *localnet.Chain
	coord common.Address

	mu   sync.Mutex
	next uint64
	gen  int // bumped by rewind: a poll begun before it does not move next
	seen map[[2]common.Hash]time.Time
}

func newSettleClock(c *localnet.Chain, coord common.Address, from uint64) *settleClock {
	return &settleClock{c: c, coord: coord, next: from, seen: map[[2]common.Hash]time.Time{}}
}

func (k *settleClock) run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(20 * time.Millisecond):
		}
		head, err := k.c.BlockNumber(ctx)
		k.mu.Lock()
		from, gen := k.next, k.gen
		k.mu.Unlock()
		if err != nil || head < from {
			continue
		}
		q := settleQuery(k.coord, from)
		q.ToBlock = new(big.Int).SetUint64(head)
		logs, err := k.c.FilterLogs(ctx, q)
		if err != nil {
			continue
		}
		now := time.Now()
		k.mu.Lock()
		for _, lg := range logs {
			key := [2]common.Hash{lg.Topics[1], lg.TxHash}
			if _, ok := k.seen[key]; !ok {
				k.seen[key] = now
			}
		}
		if k.gen == gen {
			k.next = head + 1
		}
		k.mu.Unlock()
	}
}

// rewind reads again from block n: a reorg replaced the blocks from n up.
func (k *settleClock) rewind(n uint64) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.next = min(k.next, n)
	k.gen++
}

// settled is how many requests have a settlement seen.
func (k *settleClock) settled() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	ids := map[common.Hash]bool{}
	for key := range k.seen {
		ids[key[0]] = true
	}
	return len(ids)
}

func (k *settleClock) seenAt(lg types.Log) (time.Time, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	at, ok := k.seen[[2]common.Hash{lg.Topics[1], lg.TxHash}]
	return at, ok
}

// The faults.

func killRelayer(at int) fault {
	return fault{at, "relayer killed (SIGKILL) and restarted", func(t *testing.T, l *loadRun) {
		l.s.restart(t, l.s.relayer.Proc, l.s.relayer.URL)
	}}
}

func killOracle(at int) fault {
	return fault{at, "oracle killed (SIGKILL) and restarted", func(t *testing.T, l *loadRun) {
		l.s.restart(t, l.s.oracle.Proc, l.s.oracle.URL)
	}}
}

// crashRedis kills Redis with SIGKILL (its append-only file is fsynced
// every second: up to a second of writes is lost, as in a crash) and starts
// it again after down, requests being sent meanwhile.
func crashRedis(at int, down time.Duration) fault {
	return fault{at, fmt.Sprintf("Redis killed (SIGKILL), down %s, started again", down), func(t *testing.T, l *loadRun) {
		must(t, l.s.redis.Kill())
		time.Sleep(down)
		must(t, l.s.redis.Start())
	}}
}

// loseRedis empties Redis and restarts it, as if its disk were lost: the
// relayer must rebuild its jobs (and its checkpoint) from the chain.
func loseRedis(at int) fault {
	return fault{at, "Redis lost all its data (FLUSHALL, SIGKILL, start)", func(t *testing.T, l *loadRun) {
		// Requests between their block and their settlement: the jobs
		// that must be rebuilt from the chain.
		if l.inFlight() <= 0 {
			t.Errorf("no request in flight when Redis lost its data: the fault tests nothing")
		}
		must(t, l.s.redis.Client().FlushAll(l.ctx).Err())
		must(t, l.s.redis.Kill())
		must(t, l.s.redis.Start())
	}}
}

// reorg has anvil replace the last depth blocks with empty ones: what they
// held (requests, settlements) was never mined.
func reorg(at int, depth uint64) fault {
	return fault{at, fmt.Sprintf("anvil reorg of the last %d blocks", depth), func(t *testing.T, l *loadRun) {
		l.pause.Lock()
		defer l.pause.Unlock()
		head, err := l.s.chain.Reorg(l.ctx, depth)
		must(t, err)
		l.clock.rewind(head - depth + 1)
	}}
}

// restart kills p with SIGKILL, starts it again and waits for its /readyz.
func (s *stack) restart(t *testing.T, p *localnet.Proc, url string) {
	p.Kill()
	must(t, p.Start())
	ctx, cancel := context.WithTimeout(s.ctx, time.Minute)
	defer cancel()
	must(t, p.WaitHTTP(ctx, url+"/readyz"))
}

// 1,000 questions from 10 senders at once, each sender asking one after
// another, all through AskTheDAO to model A: every one settles exactly once.
// Logs throughput and the latency from request to settlement, in blocks and
// in seconds. Only with -e2e.soak.
func (s *stack) testLoad(t *testing.T) {
	if !*soak {
		t.Skip("the load test runs with -e2e.soak (or MINIDAO_E2E_SOAK=1)")
	}
	r := s.runLoad(t, loadPlan{senders: 10, each: 100, limit: 2 * time.Minute})
	t.Logf("load: %s", r)
}

// Faults during a load (200 requests, 500 with -e2e.soak) sent at 25 a
// second, so that each fault lands while requests are sent and results are
// in flight: the relayer is killed with SIGKILL and restarted, then the
// oracle, then Redis is killed and stays down for a second and a half (its
// append-only file, fsynced every second, keeps what it had: production
// runs Redis with AOF on), and once the last request is sent anvil
// reorganises the last 8 blocks away (the requests there were never made,
// and the settlements there are made again). Every request left on chain
// settles exactly once.
//
// The wait is bounded at 150 s: the jobs the oracle held when it was killed
// come back only once their settle lease (relayer/queue's SettleLease, 2
// minutes, not a setting of the oracle) has expired, and that is the tail
// of this test's latency.
func (s *stack) testFaults(t *testing.T) {
	n := 200
	if *soak {
		n = 500
	}
	r := s.runLoad(t, loadPlan{senders: 5, each: n / 5, rate: 25, limit: 150 * time.Second, faults: []fault{
		killRelayer(n * 15 / 100),
		killOracle(n * 30 / 100),
		crashRedis(n*45/100, 1500*time.Millisecond),
		reorg(n, 8),
	}})
	t.Logf("faults: %s", r)
}

// Redis loses everything mid-load (its disk, say): the relayer's watcher
// finds no checkpoint and reads the chain again from the coordinator's
// deployment block, enqueuing every request still pending (the ones already
// settled it recognises as such), so every request settles exactly once.
func (s *stack) testRedisLoss(t *testing.T) {
	r := s.runLoad(t, loadPlan{senders: 5, each: 20, rate: 25, limit: 90 * time.Second, faults: []fault{loseRedis(50)}})
	t.Logf("redis loss: %s", r)
}

// The soak: 5,000 requests from 10 senders with every fault injected again
// and again (relayer, oracle, Redis crash, a reorg dropping requests and
// settlements). Only with -e2e.soak.
//
// A reorg pauses mining while anvil replaces the blocks (Chain.Reorg):
// without it, anvil 1.7's anvil_reorg races the blocks that automine makes
// for the oracle's and relayer's transactions meanwhile, and leaves holes
// in the chain (blocks by number not found for good; logs and receipts of
// dropped transactions served).
func (s *stack) testSoak(t *testing.T) {
	if !*soak {
		t.Skip("the soak runs with -e2e.soak (or MINIDAO_E2E_SOAK=1)")
	}
	const senders, each, every = 10, 500, 500
	var faults []fault
	for at := every; at < senders*each; at += every {
		switch (at / every) % 4 {
		case 1:
			faults = append(faults, killRelayer(at))
		case 2:
			faults = append(faults, killOracle(at))
		case 3:
			faults = append(faults, crashRedis(at, time.Second))
		case 0:
			faults = append(faults, reorg(at, 8))
		}
	}
	r := s.runLoad(t, loadPlan{senders: senders, each: each, sendLimit: 25 * time.Minute, limit: 5 * time.Minute, faults: faults})
	t.Logf("soak: %s", r)
}

// quantile is the q-quantile of xs (nearest rank); 0 for none.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}
