package dispatcher_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/queue"
)

// BenchmarkEnqueueToDispatch measures the time from a job's enqueue to its
// arrival at a worker that answers at once, with jobs enqueued at a steady
// 1,000 a second on real Redis and two real HTTP workers (signing and
// verified for real). It reports the median and p99 in milliseconds.
//
//	go test -run XXX -bench EnqueueToDispatch -benchtime 5000x ./dispatcher
func BenchmarkEnqueueToDispatch(b *testing.B) {
	e := setup(b, 2)
	// The queue with its production settings (setup's sweeps every 20ms).
	q, err := queue.New(e.redis.Client(), queue.Config{})
	if err != nil {
		b.Fatal(err)
	}
	e.q = q
	var mu sync.Mutex
	arrived := map[common.Hash]time.Time{}
	for _, w := range e.workers {
		w.OnJob(func(rid common.Hash, at time.Time) {
			mu.Lock()
			arrived[rid] = at
			mu.Unlock()
		})
	}
	d := e.dispatcher(b, dispatcher.Config{Models: []*big.Int{e.k1.ID}, Concurrency: 64, Consumer: "bench"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = d.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	sent := map[common.Hash]time.Time{}
	enqueue := func(i int) {
		rid := benchID(i)
		e.terms.Requested(benchEvent(rid, e.k1))
		sent[rid] = time.Now()
		if _, err := e.q.Enqueue(ctx, benchRequest(rid, e.k1)); err != nil {
			b.Fatal(err)
		}
	}
	wait := func(n int) {
		deadline := time.Now().Add(time.Minute)
		for {
			mu.Lock()
			got := len(arrived)
			mu.Unlock()
			if got >= n {
				return
			}
			if time.Now().After(deadline) {
				b.Fatalf("%d of %d jobs reached a worker", got, n)
			}
			time.Sleep(time.Millisecond)
		}
	}
	enqueue(-1) // warm up: the pool checks the workers on chain and attests them
	wait(1)

	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		<-tick.C
		enqueue(i)
	}
	wait(b.N + 1)
	b.StopTimer()

	lat := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		rid := benchID(i)
		lat = append(lat, arrived[rid].Sub(sent[rid]))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
	b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
}

func benchID(i int) common.Hash {
	var h common.Hash
	h[0] = 0xbe
	binary.BigEndian.PutUint64(h[24:], uint64(i+1))
	return h
}

func benchRequest(rid common.Hash, m testnet.Model) *queue.Request {
	return &queue.Request{
		RequestID: rid, ModelID: m.ID, ModelVersion: 2, Prompt: []byte("bench"), MaxTokens: 8,
		Deadline: uint64(time.Now().Add(time.Hour).Unix()), Fee: big.NewInt(1), BlockNumber: 1,
	}
}

// benchEvent is the event the watcher would have passed to the terms
// cache for the request.
func benchEvent(rid common.Hash, m testnet.Model) *contracts.Requested {
	return &contracts.Requested{
		RequestID: rid, ModelID: m.ID, Prompt: []byte("bench"),
		Request: contracts.InferenceRequest{
			ModelId: m.ID, ModelVersion: 2, MaxTokens: 8, Deadline: big.NewInt(time.Now().Add(time.Hour).Unix()),
			K: 1, WeightsHash: m.WeightsHash, RuntimeMeasurement: m.Runtime, MinWorkerStake: testnet.MinWorkerStake,
		},
	}
}
