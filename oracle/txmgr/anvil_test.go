package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/oracle/txmgr"
)

// The base fee jumps above each version's fee cap three times: every
// version is stuck, and the manager outbids it, each time by at least 10%
// on tip and fee cap, until one is mined.
func TestFeeBumpsThroughABaseFeeSpikeOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilChain(t, ctx)
	rec := newRecorder()
	cfg := fastConfig(t, rec)
	m := newManager(t, ctx, cfg, c, 1)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := m.Send(ctx, transfer(to, 1))
		done <- result{r, err}
	}()
	const spikes = 3
	for k := 1; k <= spikes; k++ {
		v := rec.waitPublished(t, ctx, 0, k)[k-1].tx
		// The next block's base fee is just above this version's fee cap.
		anvilCall(t, ctx, c, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(new(big.Int).Add(v.GasFeeCap(), big.NewInt(1))))
		anvilCall(t, ctx, c, "evm_mine")
		if _, err := c.TransactionReceipt(ctx, v.Hash()); !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("version %d was mined above its fee cap (err %v)", k, err)
		}
	}
	startMiner(t, 50*time.Millisecond, func() { _ = c.Client().CallContext(ctx, nil, "evm_mine") })
	res := <-done
	if res.err != nil {
		t.Fatalf("send: %v", res.err)
	}
	// Once the spikes stop, the base fee decays and the last version (sent
	// again after anvil evicted it) or a further bump is mined.
	vs := rec.waitPublished(t, ctx, 0, spikes)
	if !slices.ContainsFunc(vs, func(p published) bool { return p.tx.Hash() == res.r.TxHash }) {
		t.Fatalf("mined %s, which is none of the published versions", res.r.TxHash)
	}
	checkBumps(t, rec.versions(0), cfg.MaxFeeCap)
	t.Logf("%d versions, fee caps %s .. %s", len(vs), vs[0].tx.GasFeeCap(), vs[len(vs)-1].tx.GasFeeCap())
}

// With a cap below what the network asks, the manager bumps up to the cap,
// never above it, and reports ErrFeeCapExceeded.
func TestFeeCapIsRespectedOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilChain(t, ctx)
	rec := newRecorder()
	cfg := fastConfig(t, rec)
	cfg.MaxFeeCap = big.NewInt(5 * gwei)
	m := newManager(t, ctx, cfg, c, 2)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	errc := make(chan error, 1)
	go func() {
		_, err := m.Send(ctx, transfer(to, 1))
		errc <- err
	}()
	first := rec.waitPublished(t, ctx, 0, 1)[0].tx
	if first.GasFeeCap().Cmp(cfg.MaxFeeCap) >= 0 {
		t.Fatalf("first version already at the cap (%s): the test would not exercise a bump", first.GasFeeCap())
	}
	anvilCall(t, ctx, c, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(big.NewInt(50*gwei)))
	anvilCall(t, ctx, c, "evm_mine")

	err := <-errc
	if !errors.Is(err, txmgr.ErrFeeCapExceeded) || !errors.Is(err, txmgr.ErrMaybeIncluded) {
		t.Fatalf("err = %v, want ErrFeeCapExceeded with the first version still pending", err)
	}
	all := rec.versions(0)
	checkBumps(t, all, cfg.MaxFeeCap)
	if last := all[len(all)-1].tx; last.GasFeeCap().Cmp(cfg.MaxFeeCap) != 0 {
		t.Fatalf("last version's fee cap %s, want the cap %s exactly", last.GasFeeCap(), cfg.MaxFeeCap)
	}
}

// anvil drops the first of two pending transactions: the second waits
// behind the nonce gap until the first Send re-publishes its transaction.
func TestDroppedTransactionIsRepublishedOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilChain(t, ctx)
	rec := newRecorder()
	m := newManager(t, ctx, fastConfig(t, rec), c, 3)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	errs := make(chan error, 2)
	for i, wei := range []int64{1, 2} {
		go func() {
			_, err := m.Send(ctx, transfer(to, wei))
			errs <- err
		}()
		rec.waitPublished(t, ctx, uint64(i), 1)
	}
	dropped := rec.versions(0)[0].tx.Hash()
	anvilCall(t, ctx, c, "anvil_dropTransaction", dropped)
	anvilCall(t, ctx, c, "evm_mine")
	if n, err := c.NonceAt(ctx, m.From(), nil); err != nil || n != 0 {
		t.Fatalf("nonce %d (err %v) after mining with nonce 0 dropped, want 0", n, err)
	}
	startMiner(t, 50*time.Millisecond, func() { _ = c.Client().CallContext(ctx, nil, "evm_mine") })
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("send: %v", err)
		}
	}
	if got := balance(t, ctx, c, to); got != 3 {
		t.Fatalf("recipient has %d wei, want 3", got)
	}
}

// A restart on anvil while a transaction is pending: the new manager takes
// the next nonce, Reconcile returns once the old transaction is mined, and
// the caller, reading the chain, does not send it again. (anvil evicts a
// transaction whose fee cap falls below the base fee, so a stuck orphan is
// shown on the simulated chain, whose pool keeps it.)
func TestRestartWithAPendingTransactionOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilChain(t, ctx)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	rec1 := newRecorder()
	old := newManager(t, ctx, fastConfig(t, rec1), c, 4)
	sendCtx, stop := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() {
		_, err := old.Send(sendCtx, transfer(to, 1))
		errc <- err
	}()
	pending := rec1.waitPublished(t, ctx, 0, 1)[0].tx
	stop()
	if err := <-errc; !errors.Is(err, txmgr.ErrMaybeIncluded) {
		t.Fatalf("old manager: err = %v, want a PendingError", err)
	}
	old.Close()

	rec2 := newRecorder()
	m := newManager(t, ctx, fastConfig(t, rec2), c, 4)
	type result struct {
		r   *types.Receipt
		err error
	}
	other := make(chan result, 1)
	go func() { // other work goes on meanwhile, at the next nonce
		r, err := m.Send(ctx, transfer(to, 10))
		other <- result{r, err}
	}()
	startMiner(t, 50*time.Millisecond, func() { _ = c.Client().CallContext(ctx, nil, "evm_mine") })
	if err := m.Reconcile(ctx); err != nil {
		t.Fatalf("reconcile: %v", err)
	}
	if r, err := c.TransactionReceipt(ctx, pending.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the old transaction: receipt %v, err %v; want it mined", r, err)
	}
	if len(rec2.versions(0)) != 0 {
		t.Fatal("the new manager published at the old transaction's nonce")
	}
	res := <-other
	if res.err != nil {
		t.Fatal(res.err)
	}
	if got := txNonce(t, ctx, c, res.r.TxHash); got != 1 {
		t.Fatalf("the new manager sent at nonce %d, want 1", got)
	}
	// The caller's reconciliation: the chain says the old transfer happened.
	if got := balance(t, ctx, c, to); got != 11 {
		t.Fatalf("recipient has %d wei, want 11", got)
	}
}

// Another process sets the key's nonce ahead (anvil_setNonce): the manager's
// cached nonce is too low and it resyncs.
func TestNonceMovedAheadIsResyncedOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilChain(t, ctx)
	anvilCall(t, ctx, c, "evm_setAutomine", true)
	m := newManager(t, ctx, fastConfig(t, newRecorder()), c, 5)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	if _, err := m.Send(ctx, transfer(to, 1)); err != nil {
		t.Fatal(err)
	}
	anvilCall(t, ctx, c, "anvil_setNonce", m.From(), hexutil.EncodeUint64(7))
	r, err := m.Send(ctx, transfer(to, 1))
	if err != nil {
		t.Fatal(err)
	}
	if got := txNonce(t, ctx, c, r.TxHash); got != 7 {
		t.Fatalf("sent at nonce %d, want 7", got)
	}
}

// A reorg drops two mined transfers (anvil_reorg does not put them back in
// its pool): the manager sends them again as they were, at once, rather
// than leaving the next Send stuck behind the gap until ResubmitAfter and
// then cancelling them with transfers to self.
func TestTransactionsAReorgDroppedAreSentAgainOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilChain(t, ctx)
	anvilCall(t, ctx, c, "evm_setAutomine", true)
	rec := newRecorder()
	cfg := fastConfig(t, rec)
	cfg.ResubmitAfter = time.Minute // beyond the test: only the replay can close the gap
	m := newManager(t, ctx, cfg, c, 7)
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	var mined []common.Hash
	for _, wei := range []int64{1, 2} {
		r, err := m.Send(ctx, transfer(to, wei))
		if err != nil {
			t.Fatal(err)
		}
		mined = append(mined, r.TxHash)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	anvilCall(t, ctx, c, "anvil_reorg", 2, []any{})
	// At the new block of the old head's height: the manager may have sent
	// the transfers again, mined in the blocks above, already.
	if n, err := c.NonceAt(ctx, m.From(), new(big.Int).SetUint64(head)); err != nil || n != 0 {
		t.Fatalf("nonce %d (err %v) after the reorg, want 0: anvil kept the transfers", n, err)
	}
	r, err := m.Send(ctx, transfer(to, 4))
	if err != nil {
		t.Fatal(err)
	}
	if got := txNonce(t, ctx, c, r.TxHash); got != 2 {
		t.Fatalf("the next transfer went at nonce %d, want 2", got)
	}
	for _, h := range mined {
		if rc, err := c.TransactionReceipt(ctx, h); err != nil || rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("dropped transfer %s: receipt %v, err %v; want it mined again", h, rc, err)
		}
	}
	if got := balance(t, ctx, c, to); got != 7 {
		t.Fatalf("recipient has %d wei, want 7 (1 and 2 sent again, then 4)", got)
	}
}

var _ txmgr.ETHBackend = (*ethclient.Client)(nil)
