package main

import (
	"context"
	"crypto/ecdsa"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/oracle/follower"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// A previous oracle run submitted three jobs and stopped before reading the
// receipts: one result settled, one was rejected (signed by a key that is
// no registered worker), and the third request was refunded after its
// deadline. The follower reads the coordinator's events and records each
// outcome: settled, failed with the decoded reason, refunded.
func TestFollowerRecordsOutcomesOfSubmittedJobs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rs := redistest.Start(t)
	a := startAnvil(t, ctx, 0)
	s := newStack(t, ctx, a.URL)
	q, err := queue.New(rs.Client(), queue.Config{Namespace: "follower"})
	if err != nil {
		t.Fatal(err)
	}
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

	events := map[string]int{}
	f, err := follower.New(follower.Config{Coordinator: s.coord, OnEvent: func(k string) { events[k]++ }}, s.eth, q)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	get := func(rid common.Hash) *queue.Job {
		j, err := q.Get(ctx, rid)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
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
