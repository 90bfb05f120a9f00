package e2e

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/e2e/localnet"
	"github.com/minidao/minidao/relayer/redistest"
)

var soak = flag.Bool("e2e.soak", os.Getenv("MINIDAO_E2E_SOAK") != "", "also run the load test (1,000 requests from 10 senders)")

// stack is the system the tests share: one chain, one Redis, the protocol,
// the example DAO, and model A served by worker 0 through the relayer and
// the oracle.
type stack struct {
	t       *testing.T
	ctx     context.Context
	dir     string
	logDir  string
	bins    localnet.Binaries
	chain   *localnet.Chain
	anvil   *localnet.Node
	redis   *redistest.Server
	f       *deployments.File
	dao     localnet.DAO
	runtime common.Hash // sha256 of the worker binary

	modelA   *big.Int
	weightsA common.Hash
	pathA    string
	dapp     common.Address // AskTheDAO for model A
	modelB   *big.Int       // 2-of-3, served by workers 1 and 2 (honest) and 3 (liar)
	dappB    common.Address // AskTheDAO for model B
	liar     *localnet.Worker
	workers  []*localnet.Worker
	relayer  *localnet.Relayer
	oracle   *localnet.Oracle
	procs    []*localnet.Proc
	coord    common.Address
}

const (
	maxTokens   = 16
	callbackGas = 200_000
)

func vocabPath(t *testing.T) string {
	root, err := devchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(root, "..", "shared", "testdata", "vocab", "ggml-vocab-llama-spm.gguf")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("the llama-spm vocabulary is absent (%v): the e2e suite needs it for its models", err)
	}
	return p
}

// newStack builds, starts and deploys everything, or skips when anvil, the
// vocabulary or the forge artifacts are missing.
func newStack(t *testing.T) *stack {
	if testing.Short() {
		t.Skip("e2e: builds and runs the whole system")
	}
	vocab := vocabPath(t)
	root, _ := devchain.RepoRoot()
	limit := 10 * time.Minute
	if *soak {
		limit = 45 * time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	t.Cleanup(cancel)
	s := &stack{t: t, ctx: ctx, dir: t.TempDir()}
	s.logDir = filepath.Join(s.dir, "logs")
	must(t, os.MkdirAll(s.logDir, 0o755))
	t.Logf("e2e: logs in %s", s.logDir)
	t.Cleanup(func() {
		if t.Failed() {
			s.dumpLogs()
			s.keepLogs()
		}
		for i := len(s.procs) - 1; i >= 0; i-- {
			_ = s.procs[i].Stop(5 * time.Second)
		}
	})

	var err error
	start := time.Now()
	s.bins, err = localnet.Build(ctx, root, filepath.Join(s.dir, "bin"))
	must(t, err)
	t.Logf("e2e: built the binaries in %s", time.Since(start).Round(time.Millisecond))
	// The chain and Redis: containers when a Docker engine is reachable,
	// local processes otherwise.
	if pool, err := localnet.Docker(); err != nil {
		t.Logf("e2e: no Docker engine reachable (%v): the chain (anvil) and Redis run as local processes", err)
		if _, err := devchain.AnvilPath(); err != nil {
			t.Skipf("anvil absent: %v", err)
		}
		anvilLog, err := os.Create(filepath.Join(s.logDir, "anvil.log"))
		must(t, err)
		s.anvil, err = localnet.StartAnvil(ctx, anvilLog)
		must(t, err)
		s.redis = redistest.Start(t)
	} else {
		t.Logf("e2e: Docker engine reachable: the chain (%s) and Redis (%s) run as containers", localnet.FoundryImage, redistest.DockerImage)
		s.anvil, err = localnet.StartAnvilContainer(ctx, pool)
		must(t, err)
		s.redis = redistest.StartDocker(t)
	}
	t.Cleanup(s.anvil.Stop)
	s.chain, err = localnet.Dial(ctx, s.anvil.URL)
	must(t, err)
	t.Cleanup(s.chain.Close)

	s.f, err = localnet.DeployProtocol(ctx, s.chain, nil)
	must(t, err)
	s.coord = s.f.Protocol[protocol.InferenceCoordinator].Address
	s.dao, _, err = localnet.CreateDAO(ctx, s.chain, s.f, "Tiny Stories DAO", "TINY")
	must(t, err)
	s.runtime = fileHash(t, s.bins.Worker)

	s.pathA = filepath.Join(s.dir, "model-a.gguf")
	must(t, localnet.MakeModel(ctx, s.bins.SLM, vocab, s.pathA, 1))
	s.weightsA = fileHash(t, s.pathA)
	s.modelA, err = localnet.RegisterModel(ctx, s.chain, s.f, s.dao, s.spec(s.weightsA, "ipfs://e2e/model-a", 1, 1))
	must(t, err)
	s.dapp, err = localnet.DeployAskTheDAO(ctx, s.chain, s.f, s.modelA, maxTokens, callbackGas)
	must(t, err)

	// Model B: 2-of-3. The liar samples at temperature 100 where the version
	// says 0: attested and staked like the others, but its answers differ.
	pathB := filepath.Join(s.dir, "model-b.gguf")
	must(t, localnet.MakeModel(ctx, s.bins.SLM, vocab, pathB, 2))
	weightsB := fileHash(t, pathB)
	s.modelB, err = localnet.RegisterModel(ctx, s.chain, s.f, s.dao, s.spec(weightsB, "ipfs://e2e/model-b", 2, 3))
	must(t, err)
	s.dappB, err = localnet.DeployAskTheDAO(ctx, s.chain, s.f, s.modelB, maxTokens, callbackGas)
	must(t, err)

	var urls []string
	urls = append(urls, s.startWorker(0, s.modelA, s.pathA, s.weightsA, 0).URL)
	urls = append(urls, s.startWorker(1, s.modelB, pathB, weightsB, 0).URL)
	urls = append(urls, s.startWorker(2, s.modelB, pathB, weightsB, 0).URL)
	s.liar = s.startWorker(3, s.modelB, pathB, weightsB, 100)
	urls = append(urls, s.liar.URL)
	from, err := localnet.DeployBlock(ctx, s.chain, s.f)
	must(t, err)
	s.relayer, err = localnet.StartRelayer(ctx, s.bins, s.anvil.WSURL, s.f, s.redis.Addr(), s.logDir, urls,
		fmt.Sprintf("MINIDAO_RELAYER_START_BLOCK=%d", from))
	must(t, err)
	s.procs = append(s.procs, s.relayer.Proc)
	s.oracle, err = localnet.StartOracle(ctx, s.bins, s.anvil.WSURL, s.f, s.redis.Addr(), s.logDir)
	must(t, err)
	s.procs = append(s.procs, s.oracle.Proc)
	t.Logf("e2e: system up in %s (model %s, coordinator %s)", time.Since(start).Round(time.Millisecond), s.modelA, s.coord)
	return s
}

func (s *stack) spec(weights common.Hash, uri string, k, n uint8) localnet.ModelSpec {
	return localnet.ModelSpec{WeightsHash: weights, Runtime: s.runtime, URI: uri, MaxTokens: 64, K: k, N: n}
}

// startWorker starts worker i serving version 1 of model id.
func (s *stack) startWorker(i int, id *big.Int, path string, weights common.Hash, temperature float32) *localnet.Worker {
	s.t.Helper()
	w, err := localnet.StartWorker(s.ctx, s.bins, s.chain, s.f, s.logDir, s.dir, localnet.WorkerOptions{Index: i,
		Models: []localnet.WorkerModel{{ModelID: id.String(), Version: 1, WeightsHash: weights, Path: path,
			MaxTokens: 64, Sampling: localnet.Sampling{Temperature: temperature}}}})
	must(s.t, err)
	s.workers = append(s.workers, w)
	s.procs = append(s.procs, w.Proc)
	return w
}

func (s *stack) dumpLogs() {
	entries, _ := os.ReadDir(s.logDir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(s.logDir, e.Name()))
		if len(b) > 6000 {
			b = b[len(b)-6000:]
		}
		s.t.Logf("---- %s (last 6000 bytes) ----\n%s", e.Name(), b)
	}
}

// keepLogs copies the logs of a failed run to $MINIDAO_E2E_KEEP_LOGS/<time>
// when that is set: the test's temporary folder goes when it ends.
func (s *stack) keepLogs() {
	dir := os.Getenv("MINIDAO_E2E_KEEP_LOGS")
	if dir == "" {
		return
	}
	dst := filepath.Join(dir, time.Now().UTC().Format("20060102T150405"))
	if err := os.CopyFS(dst, os.DirFS(s.logDir)); err != nil {
		s.t.Logf("e2e: keeping the logs in %s: %v", dst, err)
		return
	}
	s.t.Logf("e2e: logs kept in %s", dst)
}

func fileHash(t *testing.T, path string) common.Hash {
	f, err := os.Open(path)
	must(t, err)
	defer f.Close()
	h := sha256.New()
	_, err = io.Copy(h, f)
	must(t, err)
	return common.BytesToHash(h.Sum(nil))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func eq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s: got %s wei, want %s", what, got, want)
	}
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

var (
	askABI   = bindings.NewAskTheDAO()
	coordABI = bindings.NewInferenceCoordinator()
)
