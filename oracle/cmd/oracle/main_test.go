package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
)

// syncBuffer is the binary's stderr, read while it runs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type binary struct {
	stderr *syncBuffer
	url    string // http://127.0.0.1:port
	done   chan int
	stop   context.CancelFunc
}

// start runs run() with the settings on the command line.
func start(t testing.TB, args ...string) *binary {
	t.Helper()
	port, err := devchain.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	b := &binary{stderr: &syncBuffer{}, url: "http://127.0.0.1:" + strconv.Itoa(port), done: make(chan int, 1), stop: stop}
	args = append(args, "--listen", "127.0.0.1:"+strconv.Itoa(port), "--log-format", "text", "--log-level", "debug")
	go func() { b.done <- run(ctx, args, func(string) string { return "" }, b.stderr) }()
	t.Cleanup(func() {
		stop()
		select {
		case <-b.done:
		case <-time.After(20 * time.Second):
			t.Error("run() did not return within 20s of its context ending")
		}
		if t.Failed() {
			t.Logf("oracle stderr:\n%s", b.stderr.String())
		}
	})
	return b
}

// get returns the status code and body of a GET.
func (b *binary) get(t *testing.T, path string) (int, string) {
	t.Helper()
	r, err := http.Get(b.url + path)
	if err != nil {
		return 0, err.Error()
	}
	defer r.Body.Close()
	body, _ := io.ReadAll(r.Body)
	return r.StatusCode, string(body)
}

func waitFor(t *testing.T, ctx context.Context, what string, cond func() (bool, string)) {
	t.Helper()
	for {
		ok, state := cond()
		if ok {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s: still %s", what, state)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func startAnvil(t testing.TB, ctx context.Context, blockTime time.Duration) *devchain.Anvil {
	t.Helper()
	if _, err := devchain.AnvilPath(); err != nil {
		t.Skipf("anvil not available: %v", err)
	}
	a, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{BlockTime: blockTime})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	return a
}

// The binary against anvil, redis-server and the deployed protocol: a job
// the relayer left in the queue is settled on chain and marked settled, the
// health endpoints answer, the metrics count the batch, and a signal stops it
// cleanly. The coordinator's address comes from deployments/<chainId>.json.
func TestRunSettlesAJobFromTheQueue(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	rs, a, s, q := newRig(t, ctx, queue.Config{Namespace: "oracle-test"})
	dir := t.TempDir()
	if err := s.file.Save(dir); err != nil {
		t.Fatal(err)
	}
	ev, l := s.request(ctx, "2+2?", 100_000)
	rid := s.enqueueCollected(ctx, q, ev, l, []byte("four"))

	b := start(t, "--rpc-url", a.URL, "--deployments", dir, "--redis-url", "redis://"+rs.Addr()+"/0",
		"--namespace", "oracle-test", "--dev-accounts", "6", "--max-fee-cap-wei", "100000000000",
		"--batch-wait", "100ms", "--poll-interval", "100ms", "--consumer", "oracle-1")

	waitFor(t, ctx, "job settled", func() (bool, string) {
		j, err := q.Get(ctx, rid)
		if err != nil {
			return false, err.Error()
		}
		return j.State == queue.Settled, fmt.Sprintf("%s (%s)", j.State, j.Reason)
	})
	if got := s.status(ctx, rid); got != "fulfilled" {
		t.Fatalf("on chain the request is %s, want fulfilled", got)
	}
	j, _ := q.Get(ctx, rid)
	if len(j.TxHashes) != 1 {
		t.Fatalf("tx hashes %v, want the one batch", j.TxHashes)
	}

	if code, body := b.get(t, "/livez"); code != 200 {
		t.Fatalf("/livez %d %s", code, body)
	}
	if code, body := b.get(t, "/readyz"); code != 200 || !strings.Contains(body, `"signers":"ok"`) || !strings.Contains(body, `"reconciled":"ok"`) {
		t.Fatalf("/readyz %d %s", code, body)
	}
	waitFor(t, ctx, "metrics", func() (bool, string) {
		_, body := b.get(t, "/metrics")
		for _, want := range []string{
			`minidao_oracle_batches_total{result="mined"} 1`,
			`minidao_oracle_results_total{outcome="settled"} 1`,
			`minidao_oracle_gas_per_result_count 1`,
			`minidao_oracle_txmgr_`,
		} {
			if !strings.Contains(body, want) {
				return false, "without " + want
			}
		}
		return true, ""
	})
	if code, _ := b.get(t, "/nope"); code != 404 {
		t.Fatalf("an unknown path answers %d, want 404", code)
	}

	b.stop()
	select {
	case code := <-b.done:
		b.done <- code // for the cleanup
		if code != 0 {
			t.Fatalf("exit %d after a signal, want 0", code)
		}
	case <-ctx.Done():
		t.Fatal("run() did not stop")
	}
	out := b.stderr.String()
	for _, want := range []string{"reconciled; taking new work", "stopped"} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %q", want)
		}
	}
	key := fmt.Sprintf("%x", devchain.DevKey(6).D.Bytes())
	if strings.Contains(out, key) {
		t.Fatal("the log shows the signer's key")
	}
}

// /readyz says what is wrong: an unfunded signer is named with its balance.
func TestReadyzNamesAnUnfundedSigner(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rs := redistest.Start(t)
	a := startAnvil(t, ctx, 0)
	s := newStack(t, ctx, a.URL)
	b := start(t, "--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://"+rs.Addr()+"/0",
		"--dev-accounts", "7", "--max-fee-cap-wei", "100000000000", "--min-balance-wei", "1000000000000000000000000")
	waitFor(t, ctx, "readyz", func() (bool, string) {
		code, body := b.get(t, "/readyz")
		return code == 503 && strings.Contains(body, "under min_balance_wei"), fmt.Sprintf("%d %s", code, body)
	})
}

// A reorg drops the settlement (anvil's evm_revert to a snapshot taken
// before it). The oracle running then sees the settlement block's hash
// change, reopens the job and, its transaction manager sending the dropped
// transaction again, the request is settled on the new branch by the same
// transaction. An oracle started after the reorg has no such transaction
// to send: its start-up reconciliation finds the request pending again and
// it re-submits the job's result in a new one.
func TestRunResubmitsASettlementAReorgDropped(t *testing.T) {
	for _, restart := range []bool{false, true} {
		name := map[bool]string{false: "running oracle", true: "oracle restarted across the reorg"}[restart]
		t.Run(name, func(t *testing.T) { testResubmitAfterReorg(t, restart) })
	}
}

func testResubmitAfterReorg(t *testing.T, restart bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	rs, a, s, q := newRig(t, ctx, queue.Config{Namespace: "oracle-reorg"})
	ev, l := s.request(ctx, "2+2?", 100_000)
	var snap string
	if err := s.eth.Client().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	rid := s.enqueueCollected(ctx, q, ev, l, []byte("four"))

	args := []string{"--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://" + rs.Addr() + "/0",
		"--namespace", "oracle-reorg", "--dev-accounts", "6", "--max-fee-cap-wei", "100000000000",
		"--batch-wait", "100ms", "--poll-interval", "100ms", "--reorg-window", "32", "--resubmit-after", "1s"}
	b := start(t, args...)
	metric := func(want string) func() (bool, string) {
		return func() (bool, string) {
			_, body := b.get(t, "/metrics")
			return strings.Contains(body, want), "without " + want
		}
	}
	waitFor(t, ctx, "settled and seen by the follower", metric(`minidao_oracle_followed_events_total{event="observed"} 1`))
	if got := s.status(ctx, rid); got != "fulfilled" {
		t.Fatalf("on chain the request is %s, want fulfilled", got)
	}
	j, _ := q.Get(ctx, rid)
	first := j.TxHashes[0]
	if restart {
		b.stop()
		b.done <- <-b.done // for the cleanup
	}

	// Nothing is mined until the follower has seen the reorg: else the
	// dropped transaction, sent again at once, may settle the request
	// before the follower looks.
	rpc := s.eth.Client()
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	var ok bool
	if err := rpc.CallContext(ctx, &ok, "evm_revert", snap); err != nil || !ok {
		t.Fatalf("evm_revert: %v %v", ok, err)
	}
	if got := s.status(ctx, rid); got != "pending" {
		t.Fatalf("after the reorg the request is %s, want pending", got)
	}
	if restart {
		b = start(t, args...)
	}
	waitFor(t, ctx, "reopened", metric(`minidao_oracle_followed_events_total{event="reopened"} 1`))
	// The new branch grows.
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	mining, stopMining := context.WithCancel(ctx)
	defer stopMining()
	go func() {
		for mining.Err() == nil {
			_ = rpc.CallContext(mining, nil, "evm_mine")
			time.Sleep(200 * time.Millisecond)
		}
	}()
	waitFor(t, ctx, "the job settled again", func() (bool, string) {
		j, err := q.Get(ctx, rid)
		if err != nil {
			return false, err.Error()
		}
		return j.State == queue.Settled && j.Reopened == 1 && settledOnceBy(ctx, s, rid, j),
			fmt.Sprintf("%s, reopened %d, txs %v", j.State, j.Reopened, j.TxHashes)
	})
	j, _ = q.Get(ctx, rid)
	if restart && (len(j.TxHashes) != 2 || j.TxHashes[0] != first) {
		t.Fatalf("txs %v: want the first %s and a new one", j.TxHashes, first)
	}
	if got := s.status(ctx, rid); got != "fulfilled" {
		t.Fatalf("on chain the request is %s, want fulfilled", got)
	}
}

// settledOnceBy reports whether request rid has exactly one
// InferenceFulfilled event on the canonical chain and j holds its
// transaction.
func settledOnceBy(ctx context.Context, s *stack, rid common.Hash, j *queue.Job) bool {
	c := bindings.NewInferenceCoordinator()
	logs, err := s.eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{s.coord},
		Topics: [][]common.Hash{{c.GetABI().Events["InferenceFulfilled"].ID}, {rid}}})
	return err == nil && len(logs) == 1 && slices.Contains(j.TxHashes, logs[0].TxHash)
}

// A reorg deeper than the follower's window drops the settlements of three
// requests (the requests stay on chain): the follower sees even its lowest
// remembered block change, checks every unexpired settled job against the
// chain, and reopens the three in the queue; the oracle settles them again.
// On the canonical chain each request is fulfilled exactly once, and each
// job is settled with both transactions in its history.
func TestRunSettlesAgainAfterAReorgDeeperThanTheWindow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	rs, a, s, q := newRig(t, ctx, queue.Config{Namespace: "oracle-deep-reorg"})
	rpc := s.eth.Client()
	var rids []common.Hash
	for i := range 3 {
		ev, l := s.request(ctx, fmt.Sprintf("question %d", i), 100_000)
		rids = append(rids, s.enqueueCollected(ctx, q, ev, l, []byte("an answer")))
	}
	if err := rpc.CallContext(ctx, nil, "anvil_mine", "0x3"); err != nil {
		t.Fatal(err)
	}
	// reorg-window 4: the settlements will be 20 blocks deep when the reorg
	// comes. A reconcile interval of an hour: only the reorg can start one.
	b := start(t, "--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://"+rs.Addr()+"/0",
		"--namespace", "oracle-deep-reorg", "--dev-accounts", "6", "--max-fee-cap-wei", "100000000000",
		"--batch-wait", "100ms", "--poll-interval", "100ms", "--reorg-window", "4", "--reconcile-interval", "1h",
		"--resubmit-after", "1s")
	metric := func(want string) func() (bool, string) {
		return func() (bool, string) {
			_, body := b.get(t, "/metrics")
			return strings.Contains(body, want), "without " + want
		}
	}
	first := map[common.Hash]common.Hash{}
	lowest := uint64(1 << 62)
	for _, rid := range rids {
		waitFor(t, ctx, "settled", func() (bool, string) {
			j, err := q.Get(ctx, rid)
			if err != nil {
				return false, err.Error()
			}
			return j.State == queue.Settled, string(j.State)
		})
		j, _ := q.Get(ctx, rid)
		first[rid] = j.TxHashes[0]
		r, err := s.eth.TransactionReceipt(ctx, j.TxHashes[0])
		if err != nil {
			t.Fatal(err)
		}
		lowest = min(lowest, r.BlockNumber.Uint64())
	}
	waitFor(t, ctx, "the settlements seen by the follower", metric(`minidao_oracle_followed_events_total{event="observed"} 3`))
	if err := rpc.CallContext(ctx, nil, "anvil_mine", "0x14"); err != nil {
		t.Fatal(err)
	}
	head, err := s.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the follower at the head", metric(`minidao_oracle_followed_events_total{event="reconciled"} 1`))
	time.Sleep(time.Second) // ten polls: the window now lies 16 blocks above the settlements

	// Nothing is mined from the reorg until the follower has seen it: else
	// the dropped transactions, sent again at once, may settle the requests
	// before the follower looks.
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	depth := head - lowest + 1
	if err := rpc.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		t.Fatalf("anvil_reorg: %v", err)
	}
	for _, rid := range rids {
		if got := s.status(ctx, rid); got != "pending" {
			t.Fatalf("after a reorg of %d blocks request %s is %s, want pending", depth, rid, got)
		}
	}
	waitFor(t, ctx, "the deep reorg seen", metric(`minidao_oracle_followed_events_total{event="deep_reorg"} 1`))
	waitFor(t, ctx, "three jobs reopened", metric(`minidao_oracle_followed_events_total{event="reopened"} 3`))
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	if err := rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	for _, rid := range rids {
		waitFor(t, ctx, "settled again", func() (bool, string) {
			j, err := q.Get(ctx, rid)
			if err != nil {
				return false, err.Error()
			}
			// Settled again by the first transaction, which the oracle's
			// transaction manager sent again after the reorg, or by a
			// second one: either way the one on the canonical chain.
			return j.State == queue.Settled && j.Reopened == 1 && j.TxHashes[0] == first[rid] && settledOnceBy(ctx, s, rid, j),
				fmt.Sprintf("%s, reopened %d, txs %v (first %s)", j.State, j.Reopened, j.TxHashes, first[rid])
		})
		if got := s.status(ctx, rid); got != "fulfilled" {
			t.Fatalf("request %s is %s on chain, want fulfilled", rid, got)
		}
	}
}

// A signal while a batch is gathering: no new job is leased, the batch is
// sent and settled within shutdown_grace, and run() exits 0.
func TestRunFinishesTheBatchInFlightOnShutdown(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rs, a, s, q := newRig(t, ctx, queue.Config{Namespace: "oracle-shutdown"})
	ev, l := s.request(ctx, "2+2?", 100_000)
	rid := s.enqueueCollected(ctx, q, ev, l, []byte("four"))
	b := start(t, "--rpc-url", a.URL, "--coordinator", s.coord.Hex(), "--redis-url", "redis://"+rs.Addr()+"/0",
		"--namespace", "oracle-shutdown", "--dev-accounts", "6", "--max-fee-cap-wei", "100000000000",
		"--batch-size", "10", "--batch-wait", "2s", "--poll-interval", "100ms", "--shutdown-grace", "20s")
	waitFor(t, ctx, "leased", func() (bool, string) {
		j, err := q.Get(ctx, rid)
		if err != nil {
			return false, err.Error()
		}
		return j.SettleAttempts == 1, fmt.Sprintf("%s, %d settle attempts", j.State, j.SettleAttempts)
	})
	b.stop()
	// Queued after the signal: must stay in the queue.
	ev2, l2 := s.request(ctx, "3+3?", 100_000)
	later := s.enqueueCollected(ctx, q, ev2, l2, []byte("six"))
	select {
	case code := <-b.done:
		b.done <- code
		if code != 0 {
			t.Fatalf("exit %d, want 0", code)
		}
	case <-ctx.Done():
		t.Fatal("run() did not stop")
	}
	if j, _ := q.Get(ctx, rid); j.State != queue.Settled {
		t.Fatalf("the job in flight is %s (%s), want settled", j.State, j.Reason)
	}
	if j, _ := q.Get(ctx, later); j.State != queue.ResultsCollected || j.SettleAttempts != 0 {
		t.Fatalf("the job queued after the signal is %s with %d settle attempts, want untouched", j.State, j.SettleAttempts)
	}
}

// An oracle that leased a job and died (SIGKILL: no release) holds it for
// settle_lease only: a new oracle process, under another consumer name,
// takes the job over once the lease is idle that long and settles it.
func TestRunTakesOverTheJobsOfACrashedOracle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	lease := 3 * time.Second
	rs, a, s, q := newRig(t, ctx, queue.Config{Namespace: "oracle-test", SettleLease: lease})
	ev, l := s.request(ctx, "2+2?", 100_000)
	rid := s.enqueueCollected(ctx, q, ev, l, []byte("four"))
	ds, err := q.NextSettlements(ctx, "crashed-oracle", 10, time.Second)
	if err != nil || len(ds) != 1 {
		t.Fatalf("the crashed oracle's lease: %d deliveries, %v", len(ds), err)
	}
	leased := time.Now()

	start(t, "--rpc-url", a.URL, "--coordinator", s.addr("InferenceCoordinator").Hex(), "--redis-url", "redis://"+rs.Addr()+"/0",
		"--namespace", "oracle-test", "--dev-accounts", "6", "--max-fee-cap-wei", "100000000000",
		"--batch-wait", "100ms", "--poll-interval", "100ms", "--consumer", "oracle-2", "--settle-lease", lease.String())
	waitFor(t, ctx, "job settled by the new oracle", func() (bool, string) {
		j, err := q.Get(ctx, rid)
		if err != nil {
			return false, err.Error()
		}
		return j.State == queue.Settled, fmt.Sprintf("%s (%s)", j.State, j.Reason)
	})
	if since := time.Since(leased); since < lease {
		t.Fatalf("settled %v after the crashed oracle's lease of %v: the lease was not honoured", since, lease)
	}
	if j, _ := q.Get(ctx, rid); j.SettleAttempts != 2 {
		t.Fatalf("settle attempts %d, want 2 (the crashed oracle's and the new one's)", j.SettleAttempts)
	}
	if got := s.status(ctx, rid); got != "fulfilled" {
		t.Fatalf("on chain the request is %s, want fulfilled", got)
	}
}
