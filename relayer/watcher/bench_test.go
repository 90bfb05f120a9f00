package watcher_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/watcher"
)

// replayChain serves a chain of synthetic blocks holding copies of one real
// InferenceRequested log, perBlock per block, each with its own request id:
// the watcher's input at a rate no test chain can mine, so that the
// benchmark measures the relayer and not the chain.
type replayChain struct {
	template types.Log
	perBlock uint64
	blocks   uint64
	headers  []*types.Header
}

func newReplayChain(template types.Log, requests, perBlock uint64) *replayChain {
	c := &replayChain{template: template, perBlock: perBlock, blocks: (requests + perBlock - 1) / perBlock}
	parent := common.Hash{}
	for n := uint64(0); n <= c.blocks; n++ {
		h := &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: parent, Difficulty: big.NewInt(0), Time: n}
		c.headers = append(c.headers, h)
		parent = h.Hash()
	}
	return c
}

func (c *replayChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return c.headers[c.blocks], nil
	}
	if n.Uint64() > c.blocks {
		return nil, ethereum.NotFound
	}
	return c.headers[n.Uint64()], nil
}

func (c *replayChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for n := max(q.FromBlock.Uint64(), 1); n <= q.ToBlock.Uint64() && n <= c.blocks; n++ {
		for i := uint64(0); i < c.perBlock; i++ {
			l := c.template
			l.Topics = append([]common.Hash(nil), c.template.Topics...)
			binary.BigEndian.PutUint64(l.Topics[1][24:], (n-1)*c.perBlock+i+1)
			l.Topics[1][0] = 0xbe
			l.BlockNumber, l.BlockHash, l.Index = n, c.headers[n].Hash(), uint(i)
			out = append(out, l)
		}
	}
	return out, nil
}

// BenchmarkIngest measures ingest-to-enqueue throughput: InferenceRequested
// logs read, decoded, enqueued into real Redis and checkpointed, 100
// requests per block. It reports requests per second.
//
//	go test -run XXX -bench Ingest -benchtime 20000x ./watcher
func BenchmarkIngest(b *testing.B) {
	sim := devchain.Simulated()
	defer sim.Close()
	s := testnet.Deploy(b, sim.Client(), func() { sim.Commit() })
	m := s.RegisterModel(weights, runtime, 1, 1)
	_, r := s.Request(m, "The capital of France is", 16)
	var template types.Log
	for _, l := range r.Logs {
		if l.Topics[0] == contracts.TopicRequested {
			template = *l
		}
	}
	srv := redistest.Start(b)
	q, err := queue.New(srv.Client(), queue.Config{})
	if err != nil {
		b.Fatal(err)
	}
	chain := newReplayChain(template, uint64(b.N), 100)
	w, err := watcher.New(watcher.Config{Coordinator: s.Coordinator, StartBlock: 1, MaxRange: 50}, chain, q, nil, nil, quiet())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for {
		done, err := w.Step(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if done {
			break
		}
	}
	el := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/el.Seconds(), "req/s")
	if _, err := q.Get(context.Background(), chain.FilterLogsLast()); err != nil {
		b.Fatalf("the last request was not enqueued: %v", err)
	}
}

// FilterLogsLast is the id of the last request the chain serves.
func (c *replayChain) FilterLogsLast() common.Hash {
	logs, _ := c.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(c.blocks), ToBlock: new(big.Int).SetUint64(c.blocks)})
	return logs[len(logs)-1].Topics[1]
}
