package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/oracle/follower"
	"github.com/minidao/minidao/relayer/queue"
)

// A previous oracle run submitted three jobs and stopped before reading the
// receipts: one result settled, one was rejected (signed by a key that is
// no registered worker), and the third request was refunded after its
// deadline. The follower reads the coordinator's events and records each
// outcome: settled, failed with the decoded reason, refunded.
func TestFollowerRecordsOutcomesOfSubmittedJobs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, _, s, q := newRig(t, ctx, queue.Config{Namespace: "follower"})
	type req struct {
		ev  *bindings.InferenceCoordinatorInferenceRequested
		rid common.Hash
	}
	var reqs []req
	for _, p := range []string{"settles", "is rejected", "is refunded"} {
		ev, l := s.request(ctx, p, 100_000)
		reqs = append(reqs, req{ev, s.enqueueCollected(ctx, q, ev, l, []byte("four"))})
	}
	// The previous run leased all three.
	ds, err := q.NextSettlements(ctx, "previous-run", 3, time.Second)
	if err != nil || len(ds) != 3 {
		t.Fatalf("settle leases: %v %v", ds, err)
	}
	leases := map[common.Hash]*queue.Lease{}
	for i := range ds {
		leases[ds[i].Lease.RequestID] = &ds[i].Lease
	}

	// Its batch: the first result signed by the worker, the second by a
	// stranger.
	stranger, _ := crypto.GenerateKey()
	result := func(r req, k *ecdsa.PrivateKey) bindings.InferenceResult {
		d := attest.ResultDigest(attest.CoordinatorDomain(s.chainID, s.coord), r.rid, r.ev.Request.ModelVersion, crypto.Keccak256Hash([]byte("four")))
		sig, err := attest.Sign(k, d)
		if err != nil {
			t.Fatal(err)
		}
		return bindings.InferenceResult{Request: r.ev.Request, Output: []byte("four"), Signatures: sig}
	}
	c := bindings.NewInferenceCoordinator()
	data, err := c.TryPackFulfill([]bindings.InferenceResult{result(reqs[0], s.worker), result(reqs[1], stranger)})
	if err != nil {
		t.Fatal(err)
	}
	batch := s.send(ctx, devchain.DevKey(6), s.coord, nil, data)
	for _, r := range reqs[:2] {
		if err := q.MarkSubmitted(ctx, leases[r.rid], batch.TxHash); err != nil {
			t.Fatal(err)
		}
	}
	// The third was submitted in a transaction that never landed, then its
	// deadline passed and the requester took the refund.
	if err := q.MarkSubmitted(ctx, leases[reqs[2].rid], common.Hash{0xde, 0xad}); err != nil {
		t.Fatal(err)
	}
	if err := s.eth.Client().CallContext(ctx, nil, "evm_increaseTime", 3600); err != nil {
		t.Fatal(err)
	}
	s.send(ctx, devchain.DevKey(5), s.coord, nil, c.PackRefund(reqs[2].rid))

	f, events := newPolledFollower(t, ctx, s, q)
	get := func(rid common.Hash) *queue.Job { return mustGet(t, ctx, q, rid) }
	if j := get(reqs[0].rid); j.State != queue.Settled {
		t.Errorf("the settled request's job is %s (%s), want settled", j.State, j.Reason)
	}
	if j := get(reqs[1].rid); j.State != queue.Failed || !strings.Contains(j.Reason, "rejected: ") || !strings.Contains(j.Reason, "Coordinator") {
		t.Errorf("the rejected request's job is %s (%q), want failed with the coordinator's reason", j.State, j.Reason)
	}
	if j := get(reqs[2].rid); j.State != queue.Refunded {
		t.Errorf("the refunded request's job is %s (%s), want refunded", j.State, j.Reason)
	}
	if events["settled"] != 1 || events["failed"] != 1 || events["refunded"] != 1 || events["observed"] != 3 {
		t.Errorf("events %v", events)
	}
	// A second poll reads nothing new and changes nothing.
	if err := f.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if events["observed"] != 3 {
		t.Errorf("a second poll saw the events again: %v", events)
	}
	t.Logf("the rejected job's reason: %s", get(reqs[1].rid).Reason)
}

// The queue says settled where the chain does not (settlements recorded
// from blocks that a reorg replaced before the follower read them): a
// request pending on chain is reopened by the start-up reconciliation (to
// its workers again when it was settled by someone else's results before it
// had its own), one refunded meanwhile is recorded refunded when its refund
// event is read, and one whose request is not on chain at all is withdrawn.
func TestFollowerPutsRightSettlementsTheChainDoesNotHave(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, _, s, q := newRig(t, ctx, queue.Config{Namespace: "follower-reconcile"})
	// settledByAGhost leases the job and records a settlement by a
	// transaction the chain does not have.
	settledByAGhost := func(rid common.Hash) {
		ds, err := q.NextSettlements(ctx, "previous-run", 1, time.Second)
		if err != nil || len(ds) != 1 || ds[0].Lease.RequestID != rid {
			t.Fatalf("settle lease: %v %v", ds, err)
		}
		ghost := common.BytesToHash(crypto.Keccak256([]byte("ghost"), rid[:]))
		if err := q.MarkSubmitted(ctx, &ds[0].Lease, ghost); err != nil {
			t.Fatal(err)
		}
		if err := q.MarkSettled(ctx, rid, ghost); err != nil {
			t.Fatal(err)
		}
	}
	ev, l := s.request(ctx, "pending again", 100_000)
	pending := s.enqueueCollected(ctx, q, ev, l, []byte("four"))
	settledByAGhost(pending)

	// A request id the chain never saw, its deadline an hour ahead.
	ev, l = s.request(ctx, "template", 100_000)
	fake := *ev
	deadline := big.NewInt(time.Now().Add(time.Hour).Unix())
	low := common.BigToHash(deadline)
	fake.RequestId = common.BytesToHash(append(bytes.Repeat([]byte{0xee}, 27), low[27:]...))
	fake.Request.Deadline = deadline
	vanished := s.enqueueCollected(ctx, q, &fake, l, []byte("four"))
	settledByAGhost(vanished)

	// Queued, then settled by someone else's results (as the watcher
	// records it) in a transaction the chain does not have either.
	ev, l = s.request(ctx, "settled elsewhere", 100_000)
	elsewhere := common.Hash(ev.RequestId)
	if _, err := q.Enqueue(ctx, queueRequest(ev, l, false)); err != nil {
		t.Fatal(err)
	}
	if err := q.MarkSettled(ctx, elsewhere, common.BytesToHash(crypto.Keccak256([]byte("another relayer's")))); err != nil {
		t.Fatal(err)
	}

	f, events := newPolledFollower(t, ctx, s, q)
	get := func(rid common.Hash) *queue.Job { return mustGet(t, ctx, q, rid) }
	if j := get(pending); j.State != queue.ResultsCollected || j.Reopened != 1 || len(j.TxHashes) != 1 {
		t.Errorf("the pending request's job is %s, reopened %d, txs %v; want results_collected, reopened once, its history kept",
			j.State, j.Reopened, j.TxHashes)
	}
	if j := get(elsewhere); j.State != queue.Queued || j.Reopened != 1 || j.Results != nil {
		t.Errorf("the job settled elsewhere is %s, reopened %d; want queued (it has no results of its own), reopened once",
			j.State, j.Reopened)
	}
	if j := get(vanished); j.State != queue.Failed || !j.Withdrawn {
		t.Errorf("the vanished request's job is %s (withdrawn %v, %s), want withdrawn", j.State, j.Withdrawn, j.Reason)
	}

	// Settled again by a ghost, then the deadline passes and the requester
	// takes the refund: the refund event proves the settlement gone.
	settledByAGhost(pending)
	if err := s.eth.Client().CallContext(ctx, nil, "evm_increaseTime", 3600); err != nil {
		t.Fatal(err)
	}
	s.send(ctx, devchain.DevKey(5), s.coord, nil, bindings.NewInferenceCoordinator().PackRefund(pending))
	if err := f.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if j := get(pending); j.State != queue.Refunded || j.Reopened != 2 {
		t.Errorf("the refunded request's job is %s, reopened %d (%s), want refunded after a second reopen", j.State, j.Reopened, j.Reason)
	}
	if events["reopened"] != 4 || events["withdrawn"] != 1 {
		t.Errorf("events %v", events)
	}
}

// staleLogs is a node that also serves an InferenceFulfilled log the chain
// does not back (as anvil 1.7 does when anvil_reorg races its automine: the
// logs of a replaced block under the new one; foundry-rs/foundry#16711).
type staleLogs struct {
	*ethclient.Client
	coord common.Address
	rid   common.Hash
}

func (c staleLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	hd, err := c.Client.HeaderByNumber(ctx, q.ToBlock)
	if err != nil {
		return nil, err
	}
	return append(logs, types.Log{
		Address: c.coord, BlockNumber: hd.Number.Uint64(), BlockHash: hd.Hash(),
		TxHash: common.HexToHash("0x57a1e"),
		Topics: []common.Hash{bindings.NewInferenceCoordinator().GetABI().Events["InferenceFulfilled"].ID, c.rid},
	}), nil
}

// A settlement the follower saw only as an event is still checked by the
// next reconciliation: the status read finds the request pending and the
// job is reopened, so that it is settled for real.
func TestFollowerChecksSettlementsSeenOnlyAsEvents(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, _, s, q := newRig(t, ctx, queue.Config{Namespace: "follower-stale-logs"})
	ev, l := s.request(ctx, "stale", 100_000)
	rid := s.enqueueCollected(ctx, q, ev, l, []byte("four"))
	ds, err := q.NextSettlements(ctx, "oracle", 1, time.Minute)
	if err != nil || len(ds) != 1 {
		t.Fatalf("settle lease: %v %v", ds, err)
	}
	if err := q.MarkSubmitted(ctx, &ds[0].Lease, common.HexToHash("0x57a1e")); err != nil {
		t.Fatal(err)
	}
	f, err := follower.New(follower.Config{Coordinator: s.coord, ReconcileInterval: time.Nanosecond},
		staleLogs{Client: s.eth, coord: s.coord, rid: rid}, q)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Poll(ctx); err != nil { // reads the stale event, then reconciles
		t.Fatal(err)
	}
	j, err := q.Get(ctx, rid)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != queue.ResultsCollected || j.Reopened != 1 {
		t.Errorf("job %s, reopened %d (%s): want it reopened, the request being pending on chain", j.State, j.Reopened, j.Reason)
	}
}

// newPolledFollower makes a follower of s's coordinator over q, counting
// its events, and polls it once.
func newPolledFollower(t *testing.T, ctx context.Context, s *stack, q *queue.Queue) (*follower.Follower, map[string]int) {
	t.Helper()
	events := map[string]int{}
	f, err := follower.New(follower.Config{Coordinator: s.coord, OnEvent: func(k string) { events[k]++ }}, s.eth, q)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	return f, events
}

func mustGet(t *testing.T, ctx context.Context, q *queue.Queue, rid common.Hash) *queue.Job {
	t.Helper()
	j, err := q.Get(ctx, rid)
	if err != nil {
		t.Fatal(err)
	}
	return j
}
