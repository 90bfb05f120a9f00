package worker_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/engine"
	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model/modeltest"
	"github.com/minidao/minidao/inference/worker"
)

// tinyModel writes a small random-weight llama model and returns the two
// versions served from it: 1 greedy, 2 sampled at temperature 0.8.
func tinyModel(t testing.TB) []worker.ModelSpec {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	err := modeltest.Write(path, modeltest.Spec{
		Arch: "llama", Dim: 64, Hidden: 96, Layers: 2, Heads: 4, KVHeads: 2, Vocab: 300, Context: 128,
		Type: gguf.TypeQ8_0, Tied: true, Seed: 11,
	})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := attest.MeasureFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return []worker.ModelSpec{
		{ModelID: worker.NewUint256(7), Version: 1, WeightsHash: sum, Path: path},
		{ModelID: worker.NewUint256(7), Version: 2, WeightsHash: sum, Path: path, Sampling: worker.Sampling{Temperature: 0.8}},
	}
}

// engineWorker serves specs with the real engine on a local HTTP server.
func engineWorker(t *testing.T, specs []worker.ModelSpec, keyByte byte, threads int) (*httptest.Server, common.Address) {
	t.Helper()
	models, err := worker.LoadModels(specs, worker.EngineLoader(engine.Options{Threads: threads, MaxConcurrent: 2}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { worker.CloseModels(models) })
	key := testKey(keyByte)
	svc, err := worker.New(worker.Config{MaxConcurrent: 2, JobTimeout: time.Minute}, slog.New(&logSink{}), key, attest.NewAttester(key, measurement, "cpu"), models, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(worker.Handler(svc, worker.HandlerConfig{}))
	t.Cleanup(srv.Close)
	return srv, svc.Signer()
}

func post(t *testing.T, url string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(url+"/v1/jobs", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func TestTwoWorkersAgreeBitForBit(t *testing.T) {
	specs := tinyModel(t)
	a, signerA := engineWorker(t, specs, 1, 1)
	b, signerB := engineWorker(t, specs, 2, 2) // another key, another thread count
	for _, version := range []int{1, 2} {
		outputs := map[string]bool{}
		for i := range 3 {
			body := job(func(j map[string]any) {
				j["modelVersion"] = version
				j["requestId"] = common.BigToHash(big.NewInt(int64(100 + i))).Hex()
				j["prompt"] = hexutil.Encode([]byte("the quick brown fox"))
				j["maxTokens"] = 12
			})
			var res [2]worker.Result
			for k, srv := range []*httptest.Server{a, b} {
				code, out := post(t, srv.URL, body)
				if code != 200 {
					t.Fatalf("version %d worker %d: %d %s", version, k, code, out)
				}
				if err := json.Unmarshal(out, &res[k]); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(res[0].Output, res[1].Output) || res[0].OutputHash != res[1].OutputHash {
				t.Fatalf("version %d: the workers disagree: %q vs %q", version, res[0].Output, res[1].Output)
			}
			if res[0].Tokens.Generated == 0 || res[0].OutputHash != crypto.Keccak256Hash(res[0].Output) {
				t.Fatalf("version %d: %d tokens, hash %s of %q", version, res[0].Tokens.Generated, res[0].OutputHash, res[0].Output)
			}
			digest := attest.ResultDigest(attest.CoordinatorDomain(chainID, coordinator), res[0].RequestID, uint32(version), res[0].OutputHash)
			for k, want := range []common.Address{signerA, signerB} {
				if by, err := attest.Recover(digest, res[k].Signature); err != nil || by != want {
					t.Fatalf("worker %d signature recovers to %s (%v), want %s", k, by, err, want)
				}
			}
			outputs[string(res[0].Output)] = true
		}
		// Greedy decoding ignores the seed; sampling follows each request's seed.
		if version == 1 && len(outputs) != 1 || version == 2 && len(outputs) < 2 {
			t.Fatalf("version %d: %d distinct outputs over 3 request ids", version, len(outputs))
		}
	}
}

func TestEngineJobRefusals(t *testing.T) {
	srv, _ := engineWorker(t, tinyModel(t), 1, 1)
	first := job(func(j map[string]any) { j["maxTokens"] = 4 })
	if code, body := post(t, srv.URL, first); code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	t.Run("answers the same job again with the same signed output", func(t *testing.T) {
		if code, body := post(t, srv.URL, first); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
	})
	t.Run("refuses to sign another output for a request id it signed", func(t *testing.T) {
		code, body := post(t, srv.URL, job(func(j map[string]any) { j["maxTokens"] = 4; j["prompt"] = hexutil.Encode([]byte("another prompt")) }))
		if e := decodeError(t, body); code != http.StatusConflict || e.Code != "conflict" {
			t.Fatalf("%d %s", code, body)
		}
	})
	t.Run("refuses a prompt longer than the context with 400", func(t *testing.T) {
		code, body := post(t, srv.URL, job(func(j map[string]any) {
			j["requestId"] = common.Hash{1}.Hex()
			j["prompt"] = hexutil.Encode([]byte(strings.Repeat("x y ", 200)))
		}))
		if e := decodeError(t, body); code != http.StatusBadRequest || !strings.Contains(e.Error, "context") {
			t.Fatalf("%d %s", code, body)
		}
	})
}

// The seed is the contract's uint64(uint256(keccak256(abi.encode(requestId)))),
// computed here with go-ethereum's ABI encoder.
func TestSeedOfMatchesTheContract(t *testing.T) {
	bytes32, _ := abi.NewType("bytes32", "", nil)
	for _, id := range []common.Hash{{}, {1}, common.HexToHash("0x" + strings.Repeat("ab", 32)), crypto.Keccak256Hash([]byte("x"))} {
		enc, err := abi.Arguments{{Type: bytes32}}.Pack([32]byte(id))
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).SetBytes(crypto.Keccak256(enc))
		want.And(want, new(big.Int).SetUint64(^uint64(0)))
		if got := worker.SeedOf(id); got != want.Uint64() {
			t.Fatalf("SeedOf(%s) = %d, want %d", id, got, want)
		}
	}
}

// Jobs running at once on one worker give the outputs they give alone.
func TestConcurrentJobsMatchSequentialOnes(t *testing.T) {
	specs := tinyModel(t)
	srv, _ := engineWorker(t, specs, 1, 1) // MaxConcurrent 2, queue 0
	body := func(i int) []byte {
		return job(func(j map[string]any) {
			j["modelVersion"] = 2 // sampled: the seed matters
			j["requestId"] = common.BigToHash(big.NewInt(int64(500 + i))).Hex()
			j["prompt"] = hexutil.Encode([]byte("jobs at once"))
			j["maxTokens"] = 10
		})
	}
	want := make([]common.Hash, 4)
	for i := range want {
		code, out := post(t, srv.URL, body(i))
		var res worker.Result
		if err := json.Unmarshal(out, &res); code != 200 || err != nil {
			t.Fatalf("alone: %d %s", code, out)
		}
		want[i] = res.OutputHash
	}
	for round := range 3 {
		got := make([]common.Hash, len(want))
		var wg sync.WaitGroup
		for i := range 2 { // two at a time: the worker's MaxConcurrent
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := i; k < len(want); k += 2 {
					code, out := post(t, srv.URL, body(k))
					var res worker.Result
					if err := json.Unmarshal(out, &res); code != 200 || err != nil {
						t.Errorf("round %d job %d: %d %s", round, k, code, out)
						return
					}
					got[k] = res.OutputHash
				}
			}()
		}
		wg.Wait()
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("round %d job %d: %s at once, %s alone", round, i, got[i], want[i])
			}
		}
	}
}
