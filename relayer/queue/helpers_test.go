package queue_test

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// fast is a configuration with short timeouts so that tests of leases,
// retries and expiries take a fraction of a second.
func fast() queue.Config {
	return queue.Config{
		VisibilityTimeout: 150 * time.Millisecond,
		SettleLease:       150 * time.Millisecond,
		SweepInterval:     10 * time.Millisecond,
		MaxAttempts:       3,
		RetryBackoff:      40 * time.Millisecond,
		MaxRetryBackoff:   80 * time.Millisecond,
	}
}

func newQueue(t testing.TB, rdb redis.UniversalClient, cfg queue.Config) *queue.Queue {
	t.Helper()
	q, err := queue.New(rdb, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// start starts a redis-server and a queue on it.
func start(t testing.TB, cfg queue.Config, opts ...redistest.Option) (*queue.Queue, *redistest.Server) {
	t.Helper()
	srv := redistest.Start(t, opts...)
	return newQueue(t, srv.Client(), cfg), srv
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func rid(i int) common.Hash {
	var h common.Hash
	h[0] = 0xab
	binary.BigEndian.PutUint64(h[24:], uint64(i))
	return h
}

func request(i int, model int64) *queue.Request {
	return &queue.Request{
		RequestID:        rid(i),
		ModelID:          big.NewInt(model),
		ModelVersion:     1,
		Requester:        common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Prompt:           []byte("The capital of France is"),
		MaxTokens:        16,
		Seed:             uint64(i),
		Deadline:         uint64(time.Now().Add(time.Hour).Unix()),
		CallbackGasLimit: 200_000,
		Fee:              big.NewInt(1e15),
		Nonce:            uint64(i),
		GasPrepaid:       big.NewInt(3e14),
		K:                1,
		MinWorkerStake:   big.NewInt(1e18),
		Split:            queue.FeeSplit{WorkersBps: 5000, HoldersBps: 3000, DataPoolBps: 1000, TreasuryBps: 1000},
		BlockNumber:      uint64(100 + i),
		BlockHash:        common.HexToHash("0x01"),
		TxHash:           common.HexToHash("0x02"),
		LogIndex:         uint(i),
	}
}

func models(ids ...int64) []*big.Int {
	out := make([]*big.Int, len(ids))
	for i, id := range ids {
		out[i] = big.NewInt(id)
	}
	return out
}

func enqueue(t testing.TB, q *queue.Queue, reqs ...*queue.Request) {
	t.Helper()
	created, err := q.EnqueueBatch(context.Background(), reqs)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range created {
		if !c {
			t.Fatalf("request %s was not new", reqs[i].RequestID)
		}
	}
}

// next calls Next until it returns at least one delivery or the timeout
// passes.
func next(t testing.TB, q *queue.Queue, consumer string, ms []*big.Int, max int, timeout time.Duration) []queue.Delivery {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		d, err := q.Next(context.Background(), consumer, ms, max, 20*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if len(d) > 0 || time.Now().After(deadline) {
			return d
		}
	}
}

func nextSettlements(t testing.TB, q *queue.Queue, consumer string, max int, timeout time.Duration) []queue.Delivery {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		d, err := q.NextSettlements(context.Background(), consumer, max, 20*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if len(d) > 0 || time.Now().After(deadline) {
			return d
		}
	}
}

func results(out string) *queue.Results {
	return &queue.Results{
		OutputHash: common.BytesToHash([]byte(out)),
		Output:     []byte(out),
		Workers: []queue.WorkerResult{{
			Worker: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), OutputHash: common.BytesToHash([]byte(out)),
			Signature: []byte{1, 2, 3}, Latency: 12 * time.Millisecond, Agreed: true,
		}},
	}
}

func mustState(t testing.TB, q *queue.Queue, id common.Hash, want queue.State) *queue.Job {
	t.Helper()
	j, err := q.Get(context.Background(), id)
	if err != nil {
		t.Fatalf("Get(%s): %v", id, err)
	}
	if j.State != want {
		t.Fatalf("job %s is %s, want %s (reason %q)", id, j.State, want, j.Reason)
	}
	return j
}

func wantErr(t testing.TB, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("error %v, want %v", err, target)
	}
}
