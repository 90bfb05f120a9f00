package jobs_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/jobs"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// These tests run on a real redis-server and the relayer's real queue. The
// request terms come from a map (mapTerms) standing in for the chain:
// EventTerms, which reads them from InferenceRequested, is checked on a
// receipt built from the coordinator's ABI.

var coordAddr = common.HexToAddress("0x00000000000000000000000000000000000000c1")

func coordinator(t *testing.T) *batcher.CoordinatorContract {
	c, err := batcher.NewCoordinatorContract(coordAddr, big.NewInt(31337), nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func terms(nonce uint64, maxOutput uint32) bindings.InferenceRequest {
	return bindings.InferenceRequest{
		Requester:        common.HexToAddress("0x00000000000000000000000000000000000000b0"),
		Nonce:            nonce,
		Deadline:         big.NewInt(time.Now().Add(time.Hour).Unix()),
		CallbackGasLimit: 100_000,
		ModelId:          big.NewInt(1),
		ModelVersion:     1,
		MaxTokens:        16,
		Fee:              big.NewInt(0),
		GasPrepaid:       big.NewInt(1e15),
		MaxOutputBytes:   maxOutput,
		K:                2,
		MinWorkerStake:   big.NewInt(0),
		Split:            bindings.FeeSplit{WorkersBps: 10_000},
	}
}

type mapTerms map[common.Hash]bindings.InferenceRequest

func (m mapTerms) Terms(_ context.Context, job *queue.Job) (bindings.InferenceRequest, error) {
	r, ok := m[job.Request.RequestID]
	if !ok {
		return r, errors.New("node unreachable")
	}
	return r, nil
}

type fixture struct {
	q     *queue.Queue
	src   *jobs.Source
	terms mapTerms
	coord *batcher.CoordinatorContract
}

func newFixture(t *testing.T) *fixture { return newFixtureWith(t, 5*time.Second) }

func newFixtureWith(t *testing.T, settleLease time.Duration) *fixture {
	srv := redistest.Start(t)
	q, err := queue.New(srv.Client(), queue.Config{
		SettleLease: settleLease, VisibilityTimeout: 5 * time.Second, MaxAttempts: 3,
		RetryBackoff: 20 * time.Millisecond, MaxRetryBackoff: 40 * time.Millisecond, SweepInterval: 10 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{q: q, terms: mapTerms{}, coord: coordinator(t)}
	f.src, err = jobs.New(q, f.coord, f.terms, jobs.Config{
		Consumer:          "oracle-1",
		FulfilGasOverhead: 60_000,
		OutputURI:         func(id common.Hash) string { return "https://relayer.example/v1/outputs/" + id.Hex() },
		Logger:            slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

var (
	workerLow  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	workerHigh = common.HexToAddress("0x9000000000000000000000000000000000000009")
	workerOff  = common.HexToAddress("0x5000000000000000000000000000000000000005")
)

func sig(b byte) []byte { return bytes.Repeat([]byte{b}, 65) }

// collected puts a job with these terms and results through dispatch, so
// that it waits for the oracle in results_collected.
func (f *fixture) collected(t *testing.T, ctx context.Context, tm bindings.InferenceRequest, output []byte, known bool) common.Hash {
	t.Helper()
	id, err := f.coord.RequestID(tm)
	if err != nil {
		t.Fatal(err)
	}
	if known {
		f.terms[id] = tm
	}
	if _, err := f.q.Enqueue(ctx, &queue.Request{
		RequestID: id, ModelID: tm.ModelId, ModelVersion: tm.ModelVersion, Requester: tm.Requester,
		Prompt: []byte("2+2?"), MaxTokens: tm.MaxTokens, Deadline: tm.Deadline.Uint64(),
		CallbackGasLimit: uint64(tm.CallbackGasLimit), Fee: tm.Fee,
	}); err != nil {
		t.Fatal(err)
	}
	ds, err := f.q.Next(ctx, "dispatcher", []*big.Int{tm.ModelId}, 1, time.Second)
	if err != nil || len(ds) != 1 {
		t.Fatalf("dispatch: %v %v", ds, err)
	}
	if err := f.q.Collect(ctx, ds[0].Lease, &queue.Results{Output: output, Workers: []queue.WorkerResult{
		{Worker: workerHigh, Signature: sig(0x99), Agreed: true},
		{Worker: workerOff, Error: "timed out"},
		{Worker: workerLow, Signature: sig(0x11), Agreed: true},
	}}); err != nil {
		t.Fatal(err)
	}
	return id
}

func (f *fixture) state(t *testing.T, ctx context.Context, id common.Hash) *queue.Job {
	t.Helper()
	j, err := f.q.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestJobsBecomeFulfilItems(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newFixture(t)
	inline := f.collected(t, ctx, terms(0, 64), []byte("four"), true)
	long := f.collected(t, ctx, terms(1, 2), []byte("four, of course"), true)
	unreadable := f.collected(t, ctx, terms(2, 64), []byte("four"), false)

	items, err := f.src.Next(ctx, 10, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[common.Hash]batcher.Item[bindings.InferenceResult]{}
	for _, it := range items {
		byID[it.RequestID] = it
	}
	if len(items) != 2 {
		t.Fatalf("%d items, want 2 (the job whose terms cannot be read goes back)", len(items))
	}
	t.Run("signatures of the agreeing workers, in ascending signer order", func(t *testing.T) {
		want := append(sig(0x11), sig(0x99)...)
		if got := byID[inline].Result.Signatures; !bytes.Equal(got, want) {
			t.Fatalf("signatures %x..., want the low signer's first", got[:2])
		}
	})
	t.Run("a short output inline, a long one by hash and URI", func(t *testing.T) {
		if r := byID[inline].Result; string(r.Output) != "four" || r.OutputUri != "" {
			t.Fatalf("inline result %+v", r)
		}
		r := byID[long].Result
		if len(r.Output) != 0 || !strings.HasSuffix(r.OutputUri, long.Hex()) || r.OutputHash == [32]byte{} {
			t.Fatalf("by-reference result: output %q uri %q hash %x", r.Output, r.OutputUri, r.OutputHash)
		}
	})
	t.Run("gas weight and prepayment from the terms", func(t *testing.T) {
		if it := byID[inline]; it.GasWeight != 160_000 || it.GasPrepaid.Cmp(big.NewInt(1e15)) != 0 {
			t.Fatalf("weight %d prepaid %s", it.GasWeight, it.GasPrepaid)
		}
	})
	t.Run("a job whose terms cannot be read is retried, not failed", func(t *testing.T) {
		if j := f.state(t, ctx, unreadable); j.State != queue.ResultsCollected || !strings.Contains(j.Reason, "node unreachable") {
			t.Fatalf("job %s: state %s reason %q", unreadable, j.State, j.Reason)
		}
	})
}

func TestOutcomesMoveJobs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newFixture(t)
	var ids []common.Hash
	for n := range uint64(5) {
		ids = append(ids, f.collected(t, ctx, terms(n, 64), []byte("four"), true))
	}
	items, err := f.src.Next(ctx, 10, time.Second)
	if err != nil || len(items) != 5 {
		t.Fatalf("%d items, err %v", len(items), err)
	}
	tx := common.Hash{0x7a}
	if err := f.src.Submitting(ctx, ids, tx); err != nil {
		t.Fatal(err)
	}
	outcomes := []struct {
		kind batcher.Kind
		want queue.State
	}{
		{batcher.Settled, queue.Settled},
		{batcher.Rejected, queue.Failed},
		{batcher.Retry, queue.ResultsCollected},
		{batcher.HeldBack, queue.ResultsCollected},
		{batcher.Unknown, queue.Submitted},
	}
	for i, o := range outcomes {
		if err := f.src.Record(ctx, batcher.Outcome{RequestID: ids[i], Kind: o.kind, Tx: tx, Reason: "because"}); err != nil {
			t.Fatalf("record %s: %v", o.kind, err)
		}
	}
	for i, o := range outcomes {
		j := f.state(t, ctx, ids[i])
		if j.State != o.want {
			t.Errorf("%s: job in %s, want %s", o.kind, j.State, o.want)
		}
		if len(j.TxHashes) != 1 || j.TxHashes[0] != tx {
			t.Errorf("%s: tx hashes %v, want the submitted one", o.kind, j.TxHashes)
		}
	}
}

func TestALostLeaseStopsTheSend(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newFixture(t)
	id := f.collected(t, ctx, terms(0, 64), []byte("four"), true)
	if _, err := f.src.Next(ctx, 1, time.Second); err != nil {
		t.Fatal(err)
	}
	// An operator abandons the job meanwhile: the lease is no longer valid.
	if err := f.q.Abandon(ctx, id, "operator"); err != nil {
		t.Fatal(err)
	}
	if err := f.src.Submitting(ctx, []common.Hash{id}, common.Hash{1}); err == nil {
		t.Fatal("recording a submission on an abandoned job succeeded")
	}
}

func TestEventTermsReadTheRequestedEvent(t *testing.T) {
	c := coordinator(t)
	tm := terms(3, 64)
	id, err := c.RequestID(tm)
	if err != nil {
		t.Fatal(err)
	}
	ev := bindings.NewInferenceCoordinator().GetABI().Events["InferenceRequested"]
	data, err := ev.Inputs.NonIndexed().Pack(tm, uint64(42), []byte("2+2?"))
	if err != nil {
		t.Fatal(err)
	}
	txHash := common.Hash{0x70}
	log := &types.Log{Address: coordAddr, Index: 4, Data: data, Topics: []common.Hash{
		ev.ID, id, common.BigToHash(tm.ModelId), common.BytesToHash(tm.Requester[:]),
	}}
	receipts := fakeReceipts{txHash: {Logs: []*types.Log{{Address: coordAddr, Index: 3}, log}}}
	et := jobs.EventTerms{Chain: receipts, Coordinator: coordAddr}

	got, err := et.Terms(context.Background(), &queue.Job{Request: queue.Request{RequestID: id, TxHash: txHash, LogIndex: 4}})
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := c.RequestID(got); again != id {
		t.Fatalf("terms read back give id %s, want %s", again, id)
	}
	for name, job := range map[string]queue.Request{
		"another request's log": {RequestID: common.Hash{9}, TxHash: txHash, LogIndex: 4},
		"a missing log":         {RequestID: id, TxHash: txHash, LogIndex: 9},
	} {
		if _, err := et.Terms(context.Background(), &queue.Job{Request: job}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

type fakeReceipts map[common.Hash]*types.Receipt

func (f fakeReceipts) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	if r, ok := f[h]; ok {
		return r, nil
	}
	return nil, errors.New("not found")
}

func TestKeptLeasesOutliveTheSettleLease(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newFixtureWith(t, 300*time.Millisecond)
	id := f.collected(t, ctx, terms(0, 64), []byte("four"), true)
	if items, err := f.src.Next(ctx, 1, time.Second); err != nil || len(items) != 1 {
		t.Fatalf("%d items, err %v", len(items), err)
	}
	keep, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { f.src.KeepLeases(keep, 50*time.Millisecond); close(done) }()

	time.Sleep(time.Second) // over three lease periods
	if ds, err := f.q.NextSettlements(ctx, "oracle-2", 1, 100*time.Millisecond); err != nil || len(ds) != 0 {
		t.Fatalf("another oracle took %d job(s) (err %v) while the lease was kept", len(ds), err)
	}
	if err := f.src.Submitting(ctx, []common.Hash{id}, common.Hash{1}); err != nil {
		t.Fatalf("submitting under the kept lease: %v", err)
	}

	stop()
	<-done
	time.Sleep(time.Second)
	ds, err := f.q.NextSettlements(ctx, "oracle-2", 1, time.Second)
	if err != nil || len(ds) != 1 || ds[0].Job.State != queue.Submitted {
		t.Fatalf("after the lease lapsed, another oracle got %v (err %v), want the submitted job", ds, err)
	}
	if err := f.src.Record(ctx, batcher.Outcome{RequestID: id, Kind: batcher.Retry}); !errors.Is(err, queue.ErrLeaseLost) {
		t.Fatalf("recording under the lapsed lease: err = %v, want ErrLeaseLost", err)
	}
}

// More leases than one pipeline holds (extendBatch): every one is kept
// over several lease periods, none taken by another oracle.
func TestKeptLeasesInSeveralPipelines(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	f := newFixtureWith(t, 400*time.Millisecond)
	const n = 520 // extendBatch is 500
	for i := range uint64(n) {
		f.collected(t, ctx, terms(i, 64), []byte("four"), true)
	}
	got := 0
	for got < n {
		items, err := f.src.Next(ctx, n-got, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		got += len(items)
	}
	keep, stop := context.WithCancel(ctx)
	defer stop()
	go f.src.KeepLeases(keep, 100*time.Millisecond)
	time.Sleep(1500 * time.Millisecond) // over three lease periods
	if ds, err := f.q.NextSettlements(ctx, "oracle-2", n, 100*time.Millisecond); err != nil || len(ds) != 0 {
		t.Fatalf("another oracle took %d of %d kept jobs (err %v)", len(ds), n, err)
	}
}

// StoredTerms: a job that carries every term of its request needs no chain
// read (the terms must hash to its id); one that does not is read through
// the fallback.
func TestStoredTermsNeedNoChainRead(t *testing.T) {
	ctx := context.Background()
	c := coordinator(t)
	tm := terms(7, 64)
	tm.PromptHash = common.Hash{0x77}
	tm.Treasury = common.HexToAddress("0x00000000000000000000000000000000000000d1")
	id, err := c.RequestID(tm)
	if err != nil {
		t.Fatal(err)
	}
	full := queue.Request{
		RequestID: id, ModelID: tm.ModelId, ModelVersion: tm.ModelVersion, Requester: tm.Requester,
		MaxTokens: tm.MaxTokens, Deadline: tm.Deadline.Uint64(), CallbackGasLimit: uint64(tm.CallbackGasLimit),
		Fee: tm.Fee, GasPrepaid: tm.GasPrepaid, Nonce: tm.Nonce, PromptHash: tm.PromptHash,
		MaxOutputBytes: tm.MaxOutputBytes, K: tm.K, MinWorkerStake: tm.MinWorkerStake,
		Split: queue.FeeSplit{WorkersBps: tm.Split.WorkersBps}, Treasury: tm.Treasury,
	}
	fallback := mapTerms{}
	st := jobs.StoredTerms{Coordinator: c, Fallback: fallback}
	got, err := st.Terms(ctx, &queue.Job{Request: full})
	if err != nil {
		t.Fatalf("stored terms: %v", err)
	}
	if again, _ := c.RequestID(got); again != id {
		t.Fatalf("stored terms give id %s, want %s", again, id)
	}

	partial := full
	partial.PromptHash = common.Hash{} // a watcher that leaves terms out
	if _, err := st.Terms(ctx, &queue.Job{Request: partial}); err == nil {
		t.Fatal("terms that do not give the id were used, or the fallback answered for an unknown request")
	}
	fallback[id] = tm
	if got, err := st.Terms(ctx, &queue.Job{Request: partial}); err != nil || got.PromptHash != tm.PromptHash {
		t.Fatalf("fallback: %v, %v", got.PromptHash, err)
	}
}
