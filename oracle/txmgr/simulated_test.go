package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/oracle/txmgr"
)

func TestSendOnSimulatedChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	t.Run("a transfer is confirmed with the requested depth", func(t *testing.T) {
		cfg := fastConfig(t, newRecorder())
		cfg.NumConfirmations = 3
		m := newManager(t, ctx, cfg, c, 1)
		r, err := m.Send(ctx, transfer(to, 7))
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("status %d", r.Status)
		}
		head, err := c.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if depth := head + 1 - r.BlockNumber.Uint64(); depth < 3 {
			t.Fatalf("returned at depth %d, want >= 3", depth)
		}
		if got := balance(t, ctx, c, to); got != 7 {
			t.Fatalf("balance %d, want 7", got)
		}
	})

	t.Run("a reverting call is refused at estimation with its reason and nothing is sent", func(t *testing.T) {
		m := newManager(t, ctx, fastConfig(t, newRecorder()), c, 2)
		r, err := m.Send(ctx, txmgr.TxCandidate{Data: reverterInitCode})
		if err != nil {
			t.Fatalf("deploy: %v", err)
		}
		reverter := r.ContractAddress
		before, err := c.NonceAt(ctx, m.From(), nil)
		if err != nil {
			t.Fatal(err)
		}

		_, err = m.Send(ctx, txmgr.TxCandidate{To: &reverter, Data: []byte{1}})
		var rev *txmgr.RevertError
		if !errors.As(err, &rev) || !errors.Is(err, txmgr.ErrReverted) {
			t.Fatalf("err = %v, want a RevertError", err)
		}
		if rev.Reason != "nope" || rev.Receipt != nil {
			t.Fatalf("reason %q receipt %v, want \"nope\" and none", rev.Reason, rev.Receipt)
		}
		if errors.Is(err, txmgr.ErrMaybeIncluded) {
			t.Fatal("an estimation failure claims it may be included")
		}
		after, err := c.NonceAt(ctx, m.From(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if after != before {
			t.Fatalf("nonce moved from %d to %d: something was sent", before, after)
		}

		t.Run("and with a fixed gas limit it is mined, failed, with its reason", func(t *testing.T) {
			r, err := m.Send(ctx, txmgr.TxCandidate{To: &reverter, GasLimit: 100_000})
			if !errors.As(err, &rev) {
				t.Fatalf("err = %v, want a RevertError", err)
			}
			if r == nil || r.Status != types.ReceiptStatusFailed || rev.Receipt != r {
				t.Fatalf("receipt %+v, want the failed receipt in the error too", r)
			}
			if rev.Reason != "nope" {
				t.Fatalf("reason %q, want nope", rev.Reason)
			}
			// The next send takes the next nonce: the failed one was used.
			r2, err := m.Send(ctx, transfer(to, 1))
			if err != nil {
				t.Fatal(err)
			}
			if n1, n2 := txNonce(t, ctx, c, r.TxHash), txNonce(t, ctx, c, r2.TxHash); n2 != n1+1 {
				t.Fatalf("nonces %d then %d", n1, n2)
			}
		})
	})
}

func TestConcurrentSendsGetConsecutiveNonces(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	m := newManager(t, ctx, fastConfig(t, newRecorder()), c, 3)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	const n = 24
	hashes := make([]common.Hash, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r, err := m.Send(ctx, transfer(to, 1))
			if err == nil {
				hashes[i] = r.TxHash
			}
			errs[i] = err
		})
	}
	wg.Wait()
	var nonces []uint64
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		nonces = append(nonces, txNonce(t, ctx, c, hashes[i]))
	}
	slices.Sort(nonces)
	for i, got := range nonces {
		if got != uint64(i) {
			t.Fatalf("nonces %v, want 0..%d each once", nonces, n-1)
		}
	}
	if got := balance(t, ctx, c, to); got != n {
		t.Fatalf("recipient got %d wei, want %d", got, n)
	}
}

func TestNonceUsedByAnotherSenderIsResynced(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	rec := newRecorder()
	m := newManager(t, ctx, fastConfig(t, rec), c, 4)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	if _, err := m.Send(ctx, transfer(to, 1)); err != nil {
		t.Fatal(err)
	}

	// Someone else sends from the same key, at nonces 1 and 2.
	chainID, _ := c.ChainID(ctx)
	for nonce := uint64(1); nonce <= 2; nonce++ {
		tx, err := types.SignNewTx(devchain.DevKey(4), types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(gwei), GasFeeCap: big.NewInt(10 * gwei),
			Gas: 21_000, To: &to, Value: big.NewInt(100),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	waitNonce(t, ctx, c, m.From(), 3)

	r, err := m.Send(ctx, transfer(to, 1))
	if err != nil {
		t.Fatalf("send after the foreign transactions: %v", err)
	}
	if got := txNonce(t, ctx, c, r.TxHash); got != 3 {
		t.Fatalf("sent at nonce %d, want 3", got)
	}
	if !slices.Contains(rec.answers(), "nonce_too_low") {
		t.Fatalf("answers %v: the stale nonce was never tried, so the resync was not exercised", rec.answers())
	}
	if got := balance(t, ctx, c, to); got != 202 {
		t.Fatalf("recipient got %d wei, want 202 (each transfer once)", got)
	}
}

func waitNonce(t *testing.T, ctx context.Context, c interface {
	NonceAt(context.Context, common.Address, *big.Int) (uint64, error)
}, a common.Address, want uint64) {
	t.Helper()
	for {
		n, err := c.NonceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n >= want {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("nonce stayed at %d, want %d", n, want)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// A restart while a transaction is pending: the new manager learns the
// nonce from the chain, Reconcile waits for the old transaction, and the
// caller, reading the chain, does not send it twice.
func TestRestartWithAPendingTransaction(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	sim, c := simChain(t, 0) // no blocks until the restart
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	rec1 := newRecorder()
	old := newManager(t, ctx, fastConfig(t, rec1), c, 5)
	sendCtx, stop := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() {
		_, err := old.Send(sendCtx, transfer(to, 1))
		errc <- err
	}()
	first := rec1.waitPublished(t, ctx, 0, 1)[0].tx
	stop() // the process dies mid-submission
	err := <-errc
	var pe *txmgr.PendingError
	if !errors.As(err, &pe) || !errors.Is(err, txmgr.ErrMaybeIncluded) || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want a PendingError for a cancelled send", err)
	}
	if pe.Nonce != 0 || !slices.Contains(pe.Hashes, first.Hash()) {
		t.Fatalf("pending error names nonce %d and %v, want 0 and %s", pe.Nonce, pe.Hashes, first.Hash())
	}
	old.Close()

	startMiner(t, 20*time.Millisecond, func() { sim.Commit() })
	m := newManager(t, ctx, fastConfig(t, newRecorder()), c, 5)
	if err := m.Reconcile(ctx); err != nil {
		t.Fatalf("reconcile: %v", err)
	}
	// The caller's reconciliation: the chain says the transfer happened.
	if got := balance(t, ctx, c, to); got != 1 {
		t.Fatalf("after reconcile the recipient has %d wei, want 1 (the old transaction)", got)
	}
	r, err := m.Send(ctx, transfer(to, 10))
	if err != nil {
		t.Fatal(err)
	}
	if got := txNonce(t, ctx, c, r.TxHash); got != 1 {
		t.Fatalf("new manager sent at nonce %d, want 1", got)
	}
	if got := balance(t, ctx, c, to); got != 11 {
		t.Fatalf("recipient has %d wei, want 11", got)
	}
}

// failOnce is a signer that holds its first signature until released, then
// refuses it: a Send that took a nonce and failed before publishing.
type failOnce struct {
	inner    func(common.Address, *types.Transaction) (*types.Transaction, error)
	once     sync.Once
	reached  chan uint64
	released chan struct{}
}

func (f *failOnce) sign(a common.Address, tx *types.Transaction) (*types.Transaction, error) {
	first := false
	f.once.Do(func() { first = true })
	if first {
		f.reached <- tx.Nonce()
		<-f.released
		return nil, errors.New("hardware signer unplugged")
	}
	return f.inner(a, tx)
}

func TestGapLeftByAFailedSendIsFilled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	chainID, _ := c.ChainID(ctx)
	from, inner := txmgr.PrivateKeySigner(devchain.DevKey(6), chainID)
	f := &failOnce{inner: inner, reached: make(chan uint64, 1), released: make(chan struct{})}
	rec := newRecorder()
	m, err := txmgr.New(ctx, fastConfig(t, rec), c, from, f.sign)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	errc := make(chan error, 1)
	go func() {
		_, err := m.Send(ctx, transfer(to, 1))
		errc <- err
	}()
	gap := <-f.reached // the first Send holds nonce 0 and is signing
	type result struct {
		r   *types.Receipt
		err error
	}
	second := make(chan result, 1)
	go func() {
		r, err := m.Send(ctx, transfer(to, 2))
		second <- result{r, err}
	}()
	rec.waitPublished(t, ctx, gap+1, 1) // nonce 1 is in the pool, behind a gap
	close(f.released)
	if err := <-errc; err == nil || errors.Is(err, txmgr.ErrMaybeIncluded) {
		t.Fatalf("failed send: err = %v, want a signing error with nothing published", err)
	}
	res := <-second
	if res.err != nil {
		t.Fatalf("send behind the gap: %v", res.err)
	}
	if got := txNonce(t, ctx, c, res.r.TxHash); got != gap+1 {
		t.Fatalf("second send at nonce %d, want %d", got, gap+1)
	}
	filler := rec.versions(gap)
	if len(filler) == 0 || *filler[0].tx.To() != from || filler[0].tx.Value().Sign() != 0 {
		t.Fatalf("nonce %d: want a zero-value transfer to self, got %v", gap, filler)
	}
	if got := balance(t, ctx, c, to); got != 2 {
		t.Fatalf("recipient has %d wei, want 2", got)
	}
}

func TestPoolSpreadsSendsOverKeys(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	var ms []*txmgr.Manager
	for key := 7; key <= 9; key++ {
		ms = append(ms, newManager(t, ctx, fastConfig(t, newRecorder()), c, key))
	}
	p, err := txmgr.NewPool(ms...)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	const n = 30
	var mu sync.Mutex
	byKey := map[common.Address][]uint64{}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			r, err := p.Send(ctx, transfer(to, 1))
			if err != nil {
				t.Errorf("send: %v", err)
				return
			}
			tx, _, err := c.TransactionByHash(ctx, r.TxHash)
			if err != nil {
				t.Error(err)
				return
			}
			sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			byKey[sender] = append(byKey[sender], tx.Nonce())
			mu.Unlock()
		})
	}
	wg.Wait()
	total := 0
	for _, m := range ms {
		nonces := byKey[m.From()]
		if len(nonces) == 0 {
			t.Errorf("key %s sent nothing", m.From())
		}
		slices.Sort(nonces)
		for i, got := range nonces {
			if got != uint64(i) {
				t.Errorf("key %s nonces %v, want 0..%d", m.From(), nonces, len(nonces)-1)
				break
			}
		}
		total += len(nonces)
	}
	if total != n {
		t.Fatalf("%d sends confirmed, want %d", total, n)
	}
	if _, err := txmgr.NewPool(ms[0], ms[0]); err == nil {
		t.Fatal("a pool with one key twice was accepted")
	}
}

// A restart finds a transaction of the earlier run stuck in the pool (fee cap
// below the base fee; geth's pool keeps it): Reconcile replaces it with a
// transfer to self, so it can never land, and the caller, reading the chain,
// sends the work again, once.
func TestRestartReplacesAStuckTransaction(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	key := devchain.DevKey(0)
	from := devchain.DevAddress(0)

	// The earlier run's last transaction, priced far under the base fee (the
	// chain's base fee never falls below 7 wei).
	chainID, _ := c.ChainID(ctx)
	stuck, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(5),
		Gas: 21_000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, stuck); err != nil {
		t.Fatal(err)
	}
	if n, err := c.PendingNonceAt(ctx, from); err != nil || n != 1 {
		t.Fatalf("pending nonce %d (err %v), want the stuck transaction pooled", n, err)
	}

	rec := newRecorder()
	m := newManager(t, ctx, fastConfig(t, rec), c, 0)
	if err := m.Reconcile(ctx); err != nil {
		t.Fatalf("reconcile: %v", err)
	}
	if _, err := c.TransactionReceipt(ctx, stuck.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the stuck transaction was mined (err %v)", err)
	}
	filler := rec.versions(0)
	if len(filler) == 0 || *filler[len(filler)-1].tx.To() != from || filler[len(filler)-1].tx.Value().Sign() != 0 {
		t.Fatalf("nonce 0 was not replaced by a transfer to self: %v", filler)
	}
	// The caller's reconciliation: the chain says the transfer did not happen.
	if got := balance(t, ctx, c, to); got != 0 {
		t.Fatalf("recipient has %d wei before the re-send, want 0", got)
	}
	r, err := m.Send(ctx, transfer(to, 1))
	if err != nil {
		t.Fatal(err)
	}
	if got := txNonce(t, ctx, c, r.TxHash); got != 1 {
		t.Fatalf("re-sent at nonce %d, want 1", got)
	}
	if got := balance(t, ctx, c, to); got != 1 {
		t.Fatalf("recipient has %d wei, want exactly 1", got)
	}
}

// flakyPublish forwards the first transaction to the node, then reports a
// timeout: the manager cannot know whether it arrived.
type flakyPublish struct {
	simulated.Client
	once sync.Once
}

func (f *flakyPublish) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := f.Client.SendTransaction(ctx, tx)
	f.once.Do(func() { err = errors.New("Post \"http://node\": context deadline exceeded") })
	return err
}

// A publish whose answer is lost is followed, not re-sent at another nonce:
// the candidate executes once.
func TestUnclearPublishIsFollowedNotResent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	rec := newRecorder()
	m := newManager(t, ctx, fastConfig(t, rec), &flakyPublish{Client: c}, 1)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	r, err := m.Send(ctx, transfer(to, 5))
	if err != nil {
		t.Fatal(err)
	}
	if got := txNonce(t, ctx, c, r.TxHash); got != 0 {
		t.Fatalf("mined at nonce %d, want 0", got)
	}
	if got := rec.answers(); len(got) == 0 || got[0] != "unknown" {
		t.Fatalf("answers %v, want the first one unknown", got)
	}
	if got := balance(t, ctx, c, to); got != 5 {
		t.Fatalf("recipient has %d wei, want 5", got)
	}
}

func TestBeforePublishSeesEveryVersionFirst(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 20*time.Millisecond)
	m := newManager(t, ctx, fastConfig(t, newRecorder()), c, 2)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	t.Run("the hash is recorded before the node has the transaction", func(t *testing.T) {
		var recorded []common.Hash
		cand := transfer(to, 1)
		cand.BeforePublish = func(ctx context.Context, tx *types.Transaction) error {
			if _, _, err := c.TransactionByHash(ctx, tx.Hash()); err == nil {
				t.Errorf("the node already knows %s", tx.Hash())
			}
			recorded = append(recorded, tx.Hash())
			return nil
		}
		r, err := m.Send(ctx, cand)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(recorded, r.TxHash) {
			t.Fatalf("mined %s, recorded only %v", r.TxHash, recorded)
		}
	})
	t.Run("a refusal sends nothing and frees the nonce", func(t *testing.T) {
		lost := errors.New("lease lost")
		cand := transfer(to, 1)
		cand.BeforePublish = func(context.Context, *types.Transaction) error { return lost }
		if _, err := m.Send(ctx, cand); !errors.Is(err, lost) || errors.Is(err, txmgr.ErrMaybeIncluded) {
			t.Fatalf("err = %v, want the refusal, with nothing published", err)
		}
		r, err := m.Send(ctx, transfer(to, 1))
		if err != nil {
			t.Fatal(err)
		}
		if got := txNonce(t, ctx, c, r.TxHash); got != 1 {
			t.Fatalf("next send at nonce %d, want 1 (the refused send's nonce)", got)
		}
	})
}

func TestWaitingForConfirmationsDoesNotReplaceAMinedTransaction(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, c := simChain(t, 150*time.Millisecond)
	rec := newRecorder()
	cfg := fastConfig(t, rec)
	cfg.NumConfirmations = 5 // ~600ms of confirmations, twice ResubmitAfter
	m := newManager(t, ctx, cfg, c, 3)
	r, err := m.Send(ctx, transfer(common.HexToAddress("0x000000000000000000000000000000000000bEEF"), 1))
	if err != nil {
		t.Fatal(err)
	}
	if vs := rec.versions(0); len(vs) != 1 || vs[0].tx.Hash() != r.TxHash {
		t.Fatalf("%d versions published, want the one mined (answers %v)", len(vs), rec.answers())
	}
}
