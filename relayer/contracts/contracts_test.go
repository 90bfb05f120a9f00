package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/internal/testnet"
)

func TestDecodeRealEvents(t *testing.T) {
	sim := devchain.Simulated()
	defer sim.Close()
	s := testnet.Deploy(t, sim.Client(), func() { sim.Commit() })
	weights, runtime := crypto.Keccak256Hash([]byte("w")), crypto.Keccak256Hash([]byte("r"))
	m := s.RegisterModel(weights, runtime, 2, 3)
	rid, r := s.Request(m, "The capital of France is", 16)

	var req *contracts.Requested
	for _, l := range r.Logs {
		ev, err := contracts.Decode(*l)
		if err != nil {
			t.Fatalf("log %d: %v", l.Index, err)
		}
		if e, ok := ev.(*contracts.Requested); ok {
			req = e
		}
	}
	if req == nil {
		t.Fatal("no InferenceRequested decoded")
	}
	switch {
	case req.RequestID != rid:
		t.Errorf("request id %s, want %s", req.RequestID, rid)
	case req.ModelID.Cmp(m.ID) != 0 || req.Request.ModelId.Cmp(m.ID) != 0:
		t.Errorf("model %v / %v, want %v", req.ModelID, req.Request.ModelId, m.ID)
	case string(req.Prompt) != "The capital of France is":
		t.Errorf("prompt %q", req.Prompt)
	case req.Request.K != 2 || req.Request.WeightsHash != weights || req.Request.RuntimeMeasurement != runtime:
		t.Errorf("terms k=%d weights=%x runtime=%x", req.Request.K, req.Request.WeightsHash, req.Request.RuntimeMeasurement)
	case req.Request.MinWorkerStake.Cmp(testnet.MinWorkerStake) != 0:
		t.Errorf("min stake %v", req.Request.MinWorkerStake)
	case req.Request.MaxTokens != 16 || req.Request.ModelVersion != 1:
		t.Errorf("maxTokens %d version %d", req.Request.MaxTokens, req.Request.ModelVersion)
	case req.Request.Deadline.Uint64() != new(big.Int).SetBytes(rid[27:]).Uint64():
		t.Errorf("deadline %v is not the id's low 40 bits", req.Request.Deadline)
	}
	// The seed is uint64(keccak256(abi.encode(requestId))).
	if h := crypto.Keccak256(rid[:]); req.Seed != new(big.Int).SetBytes(h[24:]).Uint64() {
		t.Errorf("seed %d", req.Seed)
	}

	// Read back by block hash: the same terms.
	c := &contracts.Coordinator{Address: s.Coordinator, Logs: sim.Client()}
	again, err := c.RequestAt(t.Context(), r.BlockHash, rid)
	if err != nil {
		t.Fatal(err)
	}
	if again.Request.Nonce != req.Request.Nonce || again.Request.Fee.Cmp(req.Request.Fee) != 0 {
		t.Errorf("RequestAt: %+v, want %+v", again.Request, req.Request)
	}
	if _, err := c.RequestAt(t.Context(), r.BlockHash, common.Hash{1}); err == nil {
		t.Error("RequestAt of an unknown id: no error")
	}

	// A registered worker is eligible; an unknown one is not.
	key, _ := crypto.GenerateKey()
	att := attest.NewAttester(key, runtime, "cpu")
	rec, sig := s.Record(att, weights)
	s.RegisterWorker(rec, sig)
	wr := contracts.NewWorkerRegistry(s.WorkerRegistry, sim.Client())
	ok, err := wr.IsEligible(t.Context(), att.Address(), runtime, weights, testnet.MinWorkerStake)
	if err != nil || !ok {
		t.Fatalf("registered worker: eligible %v, %v", ok, err)
	}
	info, err := wr.Worker(t.Context(), att.Address())
	if err != nil || !contracts.Registered(info) || info.Attestation.WeightsHash != weights {
		t.Fatalf("worker record %+v, %v", info, err)
	}
	if ok, _ := wr.IsEligible(t.Context(), common.Address{9}, runtime, weights, testnet.MinWorkerStake); ok {
		t.Error("unknown signer eligible")
	}
	if info, _ := wr.Worker(t.Context(), common.Address{9}); contracts.Registered(info) {
		t.Error("unknown signer registered")
	}
}

func TestDecodeRejectsMalformedLogs(t *testing.T) {
	for name, l := range map[string]types.Log{
		"no topics":           {},
		"unknown topic":       {Topics: []common.Hash{{1}}},
		"requested, 1 topic":  {Topics: []common.Hash{contracts.TopicRequested}},
		"requested, bad data": {Topics: []common.Hash{contracts.TopicRequested, {1}, {2}, {3}}, Data: []byte{1, 2, 3}},
		"refunded, 2 topics":  {Topics: []common.Hash{contracts.TopicRefunded, {1}}},
	} {
		t.Run(name, func(t *testing.T) {
			if ev, err := contracts.Decode(l); err == nil {
				t.Fatalf("decoded %T", ev)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(contracts.TopicRequested[:], []byte{})
	f.Add(contracts.TopicFulfilled[:], make([]byte, 200))
	f.Fuzz(func(t *testing.T, topic, data []byte) {
		l := types.Log{Topics: []common.Hash{common.BytesToHash(topic), {1}, {2}, {3}}, Data: data}
		_, _ = contracts.Decode(l) // must not panic
	})
}
