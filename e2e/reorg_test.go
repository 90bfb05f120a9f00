package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/e2e/localnet"
)

// A reorg deep enough to drop settlements, not only requests: ten requests
// are answered and settled, 120 empty blocks are mined on top (deeper than
// the oracle's reorg window of 64 blocks), three more requests are made,
// and anvil replaces every block after the ten requests. The settlements
// and the three later requests are gone; the ten requests are pending
// again. The relayer withdraws the vanished requests' jobs, the oracle
// finds the dropped settlements and settles them again: within a bounded
// time each of the ten has exactly one settlement on the canonical chain,
// and a request made after the reorg is answered too.
func (s *stack) testDeepReorg(t *testing.T) {
	const k, later, buried = 10, 3, 120
	ctx, cancel := context.WithTimeout(s.ctx, 3*time.Minute)
	defer cancel()
	asker := devchain.DevKey(8)
	l, head0, stopClock := s.newLoadRun(t, ctx)
	defer stopClock()
	asked, reqTop, settledLow := l.settledAfterRequests(t, head0+1, asker, k)

	must(t, s.chain.Client.Client().CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(buried)))
	var gone []*localnet.Asked
	for i := range later {
		q, err := localnet.Ask(ctx, s.chain, s.dapp, asker, fmt.Sprintf("Dropped by the reorg %d", i))
		must(t, err)
		gone = append(gone, q)
	}
	head, err := s.chain.ReorgAbove(ctx, reqTop)
	must(t, err)
	depth := head - reqTop
	l.clock.rewind(reqTop + 1)
	t.Logf("reorg: the last %d blocks replaced (settlements %d blocks deep, the oldest in block %d)", depth, head-settledLow+1, settledLow)

	// Read in the new chain's block at the old head: the oracle may send
	// the dropped settlements again in the very next block.
	for id := range asked {
		rec, err := localnet.RecordAt(ctx, s.chain, s.coord, id, new(big.Int).SetUint64(head))
		must(t, err)
		if rec.Status != localnet.StatusPending {
			t.Fatalf("request %s has status %d after the reorg, want pending (its settlement dropped)", id, rec.Status)
		}
	}
	for _, q := range gone {
		if kept, _ := l.canonical(t, []*sentReq{{Asked: q}}); len(kept) != 0 {
			t.Fatalf("request %s made after the settlements is still on chain", q.ID)
		}
	}

	start := time.Now()
	logs := l.waitSettled(t, head0+1, asked, 90*time.Second)
	res := l.checkExactlyOnce(t, asked, logs)
	t.Logf("reorg: the %d requests settled again %s after the reorg, in %d fulfil transactions", k, time.Since(start).Round(time.Millisecond), res.txs)
	for _, q := range gone {
		if v, err := s.relayerView(q.ID); err == nil && v.State != "failed" {
			t.Errorf("the relayer's job of request %s, which the reorg removed, is %s, want failed (withdrawn)", q.ID, v.State)
		}
	}

	q, err := localnet.Ask(ctx, s.chain, s.dapp, asker, "After the reorg")
	must(t, err)
	set, err := localnet.WaitSettled(ctx, s.chain, s.coord, q.ID, q.Receipt)
	must(t, err)
	if set.Status != localnet.StatusFulfilled {
		t.Fatalf("the request after the reorg ended with status %d", set.Status)
	}
}

// settledAfterRequests has asker ask k questions while the oracle is
// stopped, so that every settlement comes after the last request, then
// starts the oracle and waits until all k are settled (their settlements
// searched from block `from`). It returns them, the last request's block
// and the first settlement's.
func (l *loadRun) settledAfterRequests(t *testing.T, from uint64, asker *ecdsa.PrivateKey, k int) (map[common.Hash]*sentReq, uint64, uint64) {
	t.Helper()
	s, ctx := l.s, l.ctx
	must(t, s.oracle.Proc.Stop(10*time.Second))
	asked := map[common.Hash]*sentReq{}
	var reqTop uint64
	for i := range k {
		q, err := localnet.Ask(ctx, s.chain, s.dapp, asker, fmt.Sprintf("Before the reorg %d", i))
		must(t, err)
		asked[q.ID] = &sentReq{Asked: q, at: time.Now()}
		reqTop = max(reqTop, q.Receipt.BlockNumber.Uint64())
	}
	for id := range asked {
		s.waitRelayerState(t, ctx, id, "results_collected")
	}
	must(t, s.oracle.Proc.Start())
	must(t, s.oracle.Proc.WaitHTTP(ctx, s.oracle.URL+"/readyz"))
	logs := l.waitSettled(t, from, asked, time.Minute)
	settledLow := ^uint64(0)
	for _, lg := range logs {
		if asked[lg.Topics[1]] != nil {
			settledLow = min(settledLow, lg.BlockNumber)
		}
	}
	if settledLow <= reqTop {
		t.Fatalf("a settlement in block %d, at or below the last request's block %d", settledLow, reqTop)
	}
	return asked, reqTop, settledLow
}

// waitRelayerState waits until the relayer's job of request id is in state.
func (s *stack) waitRelayerState(t *testing.T, ctx context.Context, id common.Hash, state string) {
	t.Helper()
	for {
		v, err := s.relayerView(id)
		if err == nil && v.State == state {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("request %s: the relayer's job is %q (%v), want %s", id, v.State, err, state)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
