package batcher_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/txmgr"
)

// These tests run the batcher against the simulated chain and the real
// transaction manager, with a fake coordinator that lets each test choose
// its verdicts: an address with no code, so a batch's gas is the real
// intrinsic and calldata cost of its transaction, and verdicts are read back
// from the mined transaction's input. coordinator_test.go runs the real
// InferenceCoordinator. The job source and store are in-memory here; package
// jobs adapts the relayer's queue to them and is tested on Redis.

var coordAddr = common.HexToAddress("0x000000000000000000000000000000000000C0DE")

// result is the fake coordinator's InferenceResult: a request id and an
// output that makes the calldata realistically long.
type result struct {
	id     common.Hash
	output []byte
}

// fakeCoordinator packs fulfill as 0xf1f1f1f1, then (id, output length, output)
// per result; it rejects the ids in reject.
type fakeCoordinator struct {
	c      simulated.Client
	reject map[common.Hash]string
}

func (f *fakeCoordinator) Address() common.Address { return coordAddr }

func (f *fakeCoordinator) PackFulfill(rs []result) ([]byte, error) {
	if len(rs) == 0 {
		return nil, errors.New("empty batch")
	}
	data := []byte{0xf1, 0xf1, 0xf1, 0xf1}
	for _, r := range rs {
		data = append(data, r.id[:]...)
		data = append(data, byte(len(r.output)))
		data = append(data, r.output...)
	}
	return data, nil
}

func unpack(data []byte) []common.Hash {
	var ids []common.Hash
	for i := 4; i+33 <= len(data); {
		ids = append(ids, common.BytesToHash(data[i:i+32]))
		i += 33 + int(data[i+32])
	}
	return ids
}

func (f *fakeCoordinator) Outcomes(r *types.Receipt) (map[common.Hash]error, error) {
	tx, _, err := f.c.TransactionByHash(context.Background(), r.TxHash)
	if err != nil {
		return nil, err
	}
	out := map[common.Hash]error{}
	for _, id := range unpack(tx.Data()) {
		if reason, ok := f.reject[id]; ok {
			out[id] = errors.New(reason)
		} else {
			out[id] = nil
		}
	}
	return out, nil
}

// poisonChain makes gas estimation and calls revert for any batch holding a
// poison id, like a coordinator whose fulfil reverts as a whole.
type poisonChain struct {
	simulated.Client
	poison common.Hash
}

type revertErr struct{}

func (revertErr) Error() string          { return "execution reverted: CoordinatorInsufficientGas" }
func (revertErr) ErrorData() interface{} { return "0x12345678" }

func (p *poisonChain) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if p.poison != (common.Hash{}) && bytes.Contains(msg.Data, p.poison[:]) {
		return 0, revertErr{}
	}
	return p.Client.EstimateGas(ctx, msg)
}

func (p *poisonChain) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if p.poison != (common.Hash{}) && bytes.Contains(msg.Data, p.poison[:]) {
		return nil, revertErr{}
	}
	return p.Client.CallContract(ctx, msg, n)
}

// sliceSource hands out its items, at most max at a time.
type sliceSource struct {
	mu    sync.Mutex
	items []batcher.Item[result]
	calls int
}

func (s *sliceSource) Next(ctx context.Context, max int, wait time.Duration) ([]batcher.Item[result], error) {
	s.mu.Lock()
	s.calls++
	n := min(max, len(s.items))
	out := slices.Clone(s.items[:n])
	s.items = s.items[n:]
	s.mu.Unlock()
	if n == 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-ctx.Done():
		case <-t.C:
		}
	}
	return out, nil
}

// memStore keeps what the batcher records.
type memStore struct {
	mu         sync.Mutex
	submitting map[common.Hash][]common.Hash // tx -> request ids
	outcomes   map[common.Hash]batcher.Outcome
	done       chan struct{}
	want       int
}

func newStore(want int) *memStore {
	return &memStore{submitting: map[common.Hash][]common.Hash{}, outcomes: map[common.Hash]batcher.Outcome{},
		done: make(chan struct{}), want: want}
}

func (s *memStore) Submitting(_ context.Context, ids []common.Hash, tx common.Hash) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.submitting[tx] = ids
	return nil
}

func (s *memStore) Record(_ context.Context, o batcher.Outcome) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.outcomes[o.RequestID] = o
	if len(s.outcomes) == s.want {
		close(s.done)
	}
	return nil
}

func (s *memStore) wait(t *testing.T, ctx context.Context) {
	t.Helper()
	select {
	case <-s.done:
	case <-ctx.Done():
		s.mu.Lock()
		defer s.mu.Unlock()
		t.Fatalf("%d outcomes recorded, want %d", len(s.outcomes), s.want)
	}
}

func (s *memStore) kinds() map[batcher.Kind]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := map[batcher.Kind]int{}
	for _, o := range s.outcomes {
		k[o.Kind]++
	}
	return k
}

type env struct {
	sim    *simulated.Backend
	client simulated.Client
	mgr    *txmgr.Manager
	coord  *fakeCoordinator
}

func newEnv(t *testing.T, ctx context.Context) *env {
	t.Helper()
	sim := devchain.Simulated()
	t.Cleanup(func() { _ = sim.Close() })
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	})
	t.Cleanup(func() { close(done); wg.Wait() })
	c := sim.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from, sign := txmgr.PrivateKeySigner(devchain.DevKey(1), chainID)
	mgr, err := txmgr.New(ctx, txmgr.Config{
		MaxFeeCap: big.NewInt(1e12), PollInterval: 20 * time.Millisecond, ResubmitAfter: time.Second,
		Logger: quiet(t),
	}, c, from, sign)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mgr.Close)
	return &env{sim: sim, client: c, mgr: mgr, coord: &fakeCoordinator{c: c, reject: map[common.Hash]string{}}}
}

func quiet(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
}

func (e *env) batcher(t *testing.T, cfg batcher.Config, chain batcher.Chain, src batcher.Source[result], store batcher.Store) *batcher.Batcher[result] {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = quiet(t)
	}
	if chain == nil {
		chain = e.client
	}
	b, err := batcher.New[result](cfg, src, e.coord, chain, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// items are n results with a generous prepayment, an hour to go, and 100
// bytes of output each.
func items(n int) []batcher.Item[result] {
	out := make([]batcher.Item[result], n)
	for i := range out {
		id := common.BigToHash(big.NewInt(int64(1000 + i)))
		out[i] = batcher.Item[result]{
			RequestID:  id,
			Deadline:   time.Now().Add(time.Hour),
			GasPrepaid: big.NewInt(1e16),
			GasWeight:  100_000,
			Result:     result{id: id, output: bytes.Repeat([]byte{'a'}, 100)},
		}
	}
	return out
}

func run(t *testing.T, ctx context.Context, b *batcher.Batcher[result]) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
}

func TestBatchesAreBoundedInSize(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	src := &sliceSource{items: items(25)}
	store := newStore(25)
	run(t, ctx, e.batcher(t, batcher.Config{MaxBatch: 10, MaxWait: 200 * time.Millisecond}, nil, src, store))
	store.wait(t, ctx)

	if k := store.kinds(); k[batcher.Settled] != 25 {
		t.Fatalf("outcomes %v, want 25 settled", k)
	}
	store.mu.Lock()
	defer store.mu.Unlock()
	var sizes []int
	for tx, ids := range store.submitting {
		sizes = append(sizes, len(ids))
		r, err := e.client.TransactionReceipt(ctx, tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("recorded tx %s: receipt %v, err %v", tx, r, err)
		}
		for _, id := range ids {
			if o := store.outcomes[id]; o.Tx != tx {
				t.Fatalf("request %s settled by %s, but recorded as submitted in %s", id, o.Tx, tx)
			}
		}
	}
	slices.Sort(sizes)
	if !slices.Equal(sizes, []int{5, 10, 10}) {
		t.Fatalf("batch sizes %v, want 10, 10 and 5", sizes)
	}
}

func TestALoneResultIsSentAfterMaxWait(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	src := &sliceSource{items: items(1)}
	store := newStore(1)
	run(t, ctx, e.batcher(t, batcher.Config{MaxBatch: 50, MaxWait: 100 * time.Millisecond}, nil, src, store))
	store.wait(t, ctx)
	if k := store.kinds(); k[batcher.Settled] != 1 {
		t.Fatalf("outcomes %v, want 1 settled", k)
	}
	src.mu.Lock()
	defer src.mu.Unlock()
	if src.calls < 2 {
		t.Fatalf("the source was asked %d time(s): the batch did not wait for more", src.calls)
	}
}

func TestGasCoverage(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	its := items(4)
	// The batch's gas is about 21,000 + 16 x 4 x 137 bytes; one quarter of it
	// at ~1 gwei is ~8e12 wei. 1e9 wei cannot cover that.
	its[2].GasPrepaid = big.NewInt(1e9)
	its[3].Deadline = time.Now().Add(5 * time.Second)
	store := newStore(4)
	b := e.batcher(t, batcher.Config{DeadlineMargin: 30 * time.Second}, nil, &sliceSource{}, store)
	b.Settle(ctx, its)
	store.wait(t, ctx)

	store.mu.Lock()
	defer store.mu.Unlock()
	if o := store.outcomes[its[2].RequestID]; o.Kind != batcher.HeldBack || !strings.Contains(o.Reason, "prepaid 1000000000 wei") {
		t.Fatalf("underpaid result: %+v, want held back with the amounts", o)
	}
	if o := store.outcomes[its[3].RequestID]; o.Kind != batcher.Expired {
		t.Fatalf("result about to expire: %+v, want expired", o)
	}
	for _, it := range its[:2] {
		if o := store.outcomes[it.RequestID]; o.Kind != batcher.Settled {
			t.Fatalf("covered result: %+v, want settled", o)
		}
	}
	if len(store.submitting) != 1 {
		t.Fatalf("%d transactions, want 1", len(store.submitting))
	}
	for _, ids := range store.submitting {
		if len(ids) != 2 {
			t.Fatalf("sent %d results, want the 2 covered ones", len(ids))
		}
	}
}

func TestARevertingResultIsIsolated(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	its := items(8)
	chain := &poisonChain{Client: e.client, poison: its[5].RequestID}
	e.coord.reject[its[1].RequestID] = "CoordinatorTooFewSignatures"
	store := newStore(8)
	b := e.batcher(t, batcher.Config{}, chain, &sliceSource{}, store)
	b.Settle(ctx, its)
	store.wait(t, ctx)

	store.mu.Lock()
	defer store.mu.Unlock()
	for i, it := range its {
		o := store.outcomes[it.RequestID]
		switch i {
		case 5:
			if o.Kind != batcher.Retry || !strings.Contains(o.Reason, "CoordinatorInsufficientGas") {
				t.Errorf("poison result: %+v, want retry with the revert", o)
			}
		case 1:
			if o.Kind != batcher.Rejected || o.Reason != "CoordinatorTooFewSignatures" {
				t.Errorf("rejected result: %+v, want rejected with the coordinator's reason", o)
			}
		default:
			if o.Kind != batcher.Settled {
				t.Errorf("result %d: %+v, want settled", i, o)
			}
		}
	}
	// Halving 8 around one poison: [0-3] settles, [4-5] splits, [4] settles,
	// [5] is refused, [6-7] settles.
	if len(store.submitting) != 3 {
		t.Errorf("%d transactions, want 3", len(store.submitting))
	}
}

// failingSender fails every Send with err, after letting the store record
// the hash when published is set.
type failingSender struct {
	err       error
	published bool
}

func (f failingSender) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	if f.published {
		tx := types.NewTx(&types.DynamicFeeTx{Nonce: 9, Data: c.Data})
		if err := c.BeforePublish(ctx, tx); err != nil {
			return nil, err
		}
		return nil, &txmgr.PendingError{Nonce: 9, Hashes: []common.Hash{tx.Hash()}, Err: f.err}
	}
	return nil, f.err
}

func TestSendFailuresAreRecordedForReconciliation(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	for _, c := range []struct {
		name   string
		sender failingSender
		want   batcher.Kind
	}{
		{"a batch that may still be mined is left unknown, with its hash", failingSender{txmgr.ErrFeeCapExceeded, true}, batcher.Unknown},
		{"a batch that was never published is retried", failingSender{errors.New("node down"), false}, batcher.Retry},
	} {
		t.Run(c.name, func(t *testing.T) {
			store := newStore(3)
			b, err := batcher.New[result](batcher.Config{Logger: quiet(t)}, &sliceSource{}, e.coord, e.client, c.sender, e.mgr.From(), store)
			if err != nil {
				t.Fatal(err)
			}
			b.Settle(ctx, items(3))
			store.wait(t, ctx)
			store.mu.Lock()
			defer store.mu.Unlock()
			for id, o := range store.outcomes {
				if o.Kind != c.want {
					t.Fatalf("%s: %+v, want %s", id, o, c.want)
				}
				if c.want == batcher.Unknown {
					if _, ok := store.submitting[o.Tx]; !ok {
						t.Fatalf("%s: unknown outcome names tx %s, which was never recorded as submitted", id, o.Tx)
					}
				}
			}
		})
	}
}

func TestConfigCheck(t *testing.T) {
	for _, c := range []batcher.Config{{MaxBatch: -1}, {MaxInFlight: -1}, {MaxWait: -time.Second}, {MaxSplits: -1}} {
		if err := c.Check(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	if _, err := batcher.New[result](batcher.Config{}, nil, nil, nil, nil, common.Address{}, nil); err == nil {
		t.Error("a batcher without its dependencies was made")
	}
}

// checkingCoordinator is the fake coordinator that also knows which
// requests ended on-chain.
type checkingCoordinator struct {
	*fakeCoordinator
	ended map[common.Hash]string
}

func (c checkingCoordinator) NotPending(context.Context, []common.Hash) (map[common.Hash]string, error) {
	return c.ended, nil
}

func TestRequestsSettledEarlierAreNotSentAgain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	its := items(3)
	for i := range its {
		its[i].Resumed = true // recorded as submitted by the previous run
	}
	coord := checkingCoordinator{e.coord, map[common.Hash]string{
		its[0].RequestID: "fulfilled", // by the previous run
		its[1].RequestID: "refunded",
	}}
	store := newStore(3)
	b, err := batcher.New[result](batcher.Config{Logger: quiet(t)}, &sliceSource{}, coord, e.client, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(ctx, its)
	store.wait(t, ctx)
	store.mu.Lock()
	defer store.mu.Unlock()
	want := []batcher.Kind{batcher.Settled, batcher.Rejected, batcher.Settled}
	for i, it := range its {
		if o := store.outcomes[it.RequestID]; o.Kind != want[i] {
			t.Errorf("result %d: %+v, want %s", i, o, want[i])
		}
	}
	if len(store.submitting) != 1 {
		t.Fatalf("%d transactions, want 1", len(store.submitting))
	}
	for _, ids := range store.submitting {
		if len(ids) != 1 || ids[0] != its[2].RequestID {
			t.Fatalf("sent %v, want only the pending request", ids)
		}
	}
}

// statusAfterSend reports nothing ended before the batch is sent, and its
// ended map once a transaction is mined.
type statusAfterSend struct {
	*fakeCoordinator
	mu    sync.Mutex
	calls int
	ended map[common.Hash]string
}

func (c *statusAfterSend) NotPending(context.Context, []common.Hash) (map[common.Hash]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.calls == 1 {
		return nil, nil
	}
	return c.ended, nil
}

func TestARejectionForARequestFulfilledMeanwhileIsASettlement(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	its := items(2)
	its[0].Resumed, its[1].Resumed = true, true // their status is read before sending, then after
	e.coord.reject[its[0].RequestID] = "CoordinatorRequestNotPending"
	e.coord.reject[its[1].RequestID] = "CoordinatorTooFewSignatures"
	coord := &statusAfterSend{fakeCoordinator: e.coord, ended: map[common.Hash]string{its[0].RequestID: "fulfilled"}}
	store := newStore(2)
	b, err := batcher.New[result](batcher.Config{Logger: quiet(t)}, &sliceSource{}, coord, e.client, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(ctx, its)
	store.wait(t, ctx)
	store.mu.Lock()
	defer store.mu.Unlock()
	if o := store.outcomes[its[0].RequestID]; o.Kind != batcher.Settled {
		t.Errorf("request fulfilled by an earlier transaction: %+v, want settled", o)
	}
	if o := store.outcomes[its[1].RequestID]; o.Kind != batcher.Rejected {
		t.Errorf("request still pending: %+v, want rejected", o)
	}
}

// A fresh item (no transaction ever recorded for it) is sent without a
// status read: the read is for what a previous run may have settled.
func TestFreshItemsAreSentWithoutAStatusRead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	its := items(2)
	coord := &statusAfterSend{fakeCoordinator: e.coord}
	store := newStore(2)
	b, err := batcher.New[result](batcher.Config{Logger: quiet(t)}, &sliceSource{}, coord, e.client, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(ctx, its)
	store.wait(t, ctx)
	coord.mu.Lock()
	defer coord.mu.Unlock()
	if coord.calls != 0 {
		t.Fatalf("%d status reads for fresh items, want none", coord.calls)
	}
	store.mu.Lock()
	defer store.mu.Unlock()
	for _, it := range its {
		if o := store.outcomes[it.RequestID]; o.Kind != batcher.Settled {
			t.Errorf("%s: %+v, want settled", it.RequestID, o)
		}
	}
}

// countingChain counts gas estimates and calls.
type countingChain struct {
	simulated.Client
	mu                 sync.Mutex
	estimates, calls   int
	callErr            error
	lastCallGasLimited bool
}

func (c *countingChain) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	c.mu.Lock()
	c.estimates++
	c.mu.Unlock()
	return c.Client.EstimateGas(ctx, msg)
}

func (c *countingChain) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	c.mu.Lock()
	c.calls++
	c.lastCallGasLimited = msg.Gas > 0
	err := c.callErr
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return c.Client.CallContract(ctx, msg, n)
}

// A batch of the shape of one estimated before reuses its estimate, checked
// by one call at the gas limit it is sent with; when that call fails, the
// batch is estimated afresh.
func TestEstimatesAreReusedForBatchesOfTheSameShape(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	chain := &countingChain{Client: e.client}
	store := newStore(6)
	b, err := batcher.New[result](batcher.Config{Logger: quiet(t)}, &sliceSource{}, e.coord, chain, e.mgr, e.mgr.From(), store)
	if err != nil {
		t.Fatal(err)
	}
	its := items(6)
	b.Settle(ctx, its[:2])
	b.Settle(ctx, its[2:4])
	chain.mu.Lock()
	if chain.estimates != 1 || chain.calls != 1 || !chain.lastCallGasLimited {
		t.Fatalf("two batches of one shape: %d estimates, %d calls (gas limited: %v); want 1 and 1",
			chain.estimates, chain.calls, chain.lastCallGasLimited)
	}
	chain.callErr = errors.New("out of gas")
	chain.mu.Unlock()
	b.Settle(ctx, its[4:])
	store.wait(t, ctx)
	chain.mu.Lock()
	defer chain.mu.Unlock()
	if chain.estimates != 2 {
		t.Fatalf("after a failed check: %d estimates, want a fresh one (2)", chain.estimates)
	}
	store.mu.Lock()
	defer store.mu.Unlock()
	for _, it := range its {
		if o := store.outcomes[it.RequestID]; o.Kind != batcher.Settled {
			t.Errorf("%s: %+v, want settled", it.RequestID, o)
		}
	}
}
