package jobs_test

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/oracle/batcher"
	"github.com/minidao/minidao/oracle/jobs"
	"github.com/minidao/minidao/oracle/txmgr"
	"github.com/minidao/minidao/relayer/queue"
)

// The whole oracle path on real parts: jobs in Redis, the batcher, the
// transaction manager and a deployed InferenceCoordinator on the simulated
// chain. The requests were never made on this coordinator, so it skips each
// result with CoordinatorRequestNotPending, and every job ends failed with
// that reason and the batch's transaction hash.
func TestPipelineFromQueueToCoordinator(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	sim := devchain.Simulated()
	defer sim.Close()
	stopMining := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-stopMining:
				return
			case <-time.After(20 * time.Millisecond):
				sim.Commit()
			}
		}
	})
	defer func() { close(stopMining); wg.Wait() }()
	c := sim.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from, sign := txmgr.PrivateKeySigner(devchain.DevKey(2), chainID)
	mgr, err := txmgr.New(ctx, txmgr.Config{MaxFeeCap: big.NewInt(1e12), PollInterval: 20 * time.Millisecond}, c, from, sign)
	if err != nil {
		t.Fatal(err)
	}
	defer mgr.Close()
	if err := mgr.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}

	deploy := append(common.FromHex(bindings.InferenceCoordinatorMetaData.Bin), bindings.NewInferenceCoordinator().PackConstructor(bindings.CoordinatorConfig{
		ModelRegistry: common.Address{0xa1}, WorkerRegistry: common.Address{0xa2}, Owner: from, Guardian: from,
		MaxPromptBytes: 4096, MaxCallbackGasLimit: 1_000_000, RequestTimeout: 3600, FulfilGasOverhead: 60_000, PriorityFeeWei: 1e9,
	})...)
	r, err := mgr.Send(ctx, txmgr.TxCandidate{Data: deploy})
	if err != nil {
		t.Fatal(err)
	}
	coord, err := batcher.NewCoordinatorContract(r.ContractAddress, chainID, nil)
	if err != nil {
		t.Fatal(err)
	}

	f := newFixture(t)
	f.coord = coord
	src, err := jobs.New(f.q, coord, f.terms, jobs.Config{Consumer: "oracle-1", FulfilGasOverhead: 60_000})
	if err != nil {
		t.Fatal(err)
	}
	var ids []common.Hash
	for n := range uint64(4) {
		ids = append(ids, f.collected(t, ctx, terms(n, 64), []byte("four"), true))
	}

	b, err := batcher.New[bindings.InferenceResult](batcher.Config{MaxBatch: 10, MaxWait: 100 * time.Millisecond},
		src, coord, c, mgr, from, src)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- b.Run(runCtx) }()
	defer func() { stop(); <-done }()

	for _, id := range ids {
		for {
			j := f.state(t, ctx, id)
			if j.State == queue.Failed {
				if !strings.Contains(j.Reason, "CoordinatorRequestNotPending") || len(j.TxHashes) != 1 {
					t.Fatalf("job %s failed with %q, txs %v; want the coordinator's reason and one batch tx", id, j.Reason, j.TxHashes)
				}
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("job %s still %s", id, j.State)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
}
