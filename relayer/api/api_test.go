package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/relayer/api"
	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/internal/testnet"
	"github.com/minidao/minidao/relayer/internal/testworker"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/workerset"
)

var (
	weights = crypto.Keccak256Hash([]byte("weights-v1"))
	runtime = crypto.Keccak256Hash([]byte("runtime-v1"))
)

const token = "s3cret-admin-token"

type env struct {
	srv   *httptest.Server
	q     *queue.Queue
	pool  *dispatcher.Pool
	stack *testnet.Stack
	// another relayer on the same Redis and chain: its pool and worker set
	pool2 *dispatcher.Pool
	set2  *workerset.Set
}

func setup(t *testing.T, adminToken string) *env {
	t.Helper()
	rs := redistest.Start(t)
	q, err := queue.New(rs.Client(), queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	sim := devchain.Simulated()
	t.Cleanup(func() { _ = sim.Close() })
	s := testnet.Deploy(t, sim.Client(), func() { sim.Commit() })
	ver := &attest.SoftwareVerifier{Authority: s.Authority.Address(), Registry: attest.RegistryDomain(s.ChainID, s.WorkerRegistry)}
	pool := dispatcher.NewPool(dispatcher.PoolConfig{}, contracts.NewWorkerRegistry(s.WorkerRegistry, sim.Client()), ver, &dispatcher.HTTPWorkers{})
	checks := map[string]api.Check{
		"redis": q.Ping,
		"workers": func(context.Context) error {
			if pool.Healthy() == 0 {
				return errors.New("no healthy worker")
			}
			return nil
		},
	}
	set := workerset.New(workerset.Config{}, rs.Client(), pool, nil)
	a := api.New(api.Config{AdminToken: adminToken, MaxBodyBytes: 1024}, q, set, checks, api.NewMetrics(q), slog.New(slog.NewTextHandler(io.Discard, nil)))
	srv := httptest.NewServer(a)
	t.Cleanup(srv.Close)
	pool2 := dispatcher.NewPool(dispatcher.PoolConfig{}, contracts.NewWorkerRegistry(s.WorkerRegistry, sim.Client()), ver, &dispatcher.HTTPWorkers{})
	return &env{srv: srv, q: q, pool: pool, stack: s, pool2: pool2, set2: workerset.New(workerset.Config{}, rs.Client(), pool2, nil)}
}

// call makes a request and decodes a JSON answer into a map.
func (e *env) call(t *testing.T, method, path, body string, hdr ...string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s %s: %d, body not JSON: %q", method, path, resp.StatusCode, b)
		}
	}
	if m == nil {
		m = map[string]any{"raw": string(b)}
	}
	return resp.StatusCode, m
}

// wantError checks a JSON error answer.
func wantError(t *testing.T, status int, m map[string]any, wantStatus int, wantCode string) {
	t.Helper()
	if status != wantStatus || m["code"] != wantCode || m["error"] == "" || m["error"] == nil {
		t.Errorf("got %d %v, want %d with code %q and a message", status, m, wantStatus, wantCode)
	}
}

func request(rid common.Hash) *queue.Request {
	return &queue.Request{
		RequestID: rid, ModelID: big.NewInt(1), ModelVersion: 1, Prompt: []byte("hi"), MaxTokens: 4,
		Deadline: uint64(time.Now().Add(time.Hour).Unix()), Fee: big.NewInt(1), BlockNumber: 7,
	}
}

func TestRequests(t *testing.T) {
	e := setup(t, token)
	rid := common.HexToHash("0xabc1")
	if _, err := e.q.Enqueue(t.Context(), request(rid)); err != nil {
		t.Fatal(err)
	}
	t.Run("a malformed id is a 400", func(t *testing.T) {
		for _, id := range []string{"nope", "0x1234", "0x" + strings.Repeat("g", 64), strings.Repeat("a", 66)} {
			st, m := e.call(t, "GET", "/v1/requests/"+id, "")
			wantError(t, st, m, 400, "bad_request_id")
		}
	})
	t.Run("an unknown id is a 404", func(t *testing.T) {
		st, m := e.call(t, "GET", "/v1/requests/0x"+strings.Repeat("0f", 32), "")
		wantError(t, st, m, 404, "unknown_request")
	})
	t.Run("a known id shows its state", func(t *testing.T) {
		st, m := e.call(t, "GET", "/v1/requests/"+rid.Hex(), "")
		if st != 200 || m["state"] != "queued" || m["requestId"] != rid.Hex() || m["modelId"] != "1" {
			t.Fatalf("%d %v", st, m)
		}
		st, m = e.call(t, "GET", "/v1/requests/"+rid.Hex()+"/output", "")
		wantError(t, st, m, 404, "no_output")
	})
	t.Run("a job failed because its deadline passed before dispatch shows as expired", func(t *testing.T) {
		late := common.HexToHash("0xabc2")
		if _, err := e.q.Enqueue(t.Context(), request(late)); err != nil {
			t.Fatal(err)
		}
		ds, err := e.q.Next(t.Context(), "t", []*big.Int{big.NewInt(1)}, 2, time.Second)
		if err != nil || len(ds) != 2 {
			t.Fatal(len(ds), err)
		}
		for _, d := range ds {
			if d.Job.Request.RequestID != late {
				if err := e.q.Release(t.Context(), d.Lease, "not this one"); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if err := e.q.Fail(t.Context(), d.Lease, dispatcher.ReasonExpired+": deadline 1 passed before dispatch"); err != nil {
				t.Fatal(err)
			}
		}
		st, m := e.call(t, "GET", "/v1/requests/"+late.Hex(), "")
		if st != 200 || m["state"] != "failed" || m["expired"] != true {
			t.Fatalf("%d %v", st, m)
		}
		st, m = e.call(t, "GET", "/v1/requests/"+rid.Hex(), "")
		if st != 200 || m["expired"] != nil {
			t.Fatalf("a queued job: %d %v", st, m)
		}
	})
	t.Run("results and output bytes", func(t *testing.T) {
		ds, err := e.q.Next(t.Context(), "t", []*big.Int{big.NewInt(1)}, 1, time.Second)
		if err != nil || len(ds) != 1 {
			t.Fatal(len(ds), err)
		}
		out := []byte(strings.Repeat("long output ", 500))
		res := &queue.Results{OutputHash: crypto.Keccak256Hash(out), Output: out, Workers: []queue.WorkerResult{{Worker: common.Address{1}, Agreed: true}}}
		if err := e.q.Collect(t.Context(), ds[0].Lease, res); err != nil {
			t.Fatal(err)
		}
		st, m := e.call(t, "GET", "/v1/requests/"+rid.Hex(), "")
		if st != 200 || m["state"] != "results_collected" || m["outputHash"] != res.OutputHash.Hex() || m["output"] != nil || m["outputBytes"] != float64(len(out)) {
			t.Fatalf("%d %v", st, m)
		}
		st, m = e.call(t, "GET", "/v1/requests/"+rid.Hex()+"/output", "")
		if st != 200 || m["raw"] != string(out) {
			t.Fatalf("output: %d %q", st, m["raw"])
		}
	})
}

func TestWorkers(t *testing.T) {
	e := setup(t, token)
	st, m := e.call(t, "GET", "/readyz", "")
	if st != 503 || m["code"] != "not_ready" {
		t.Fatalf("readyz with no worker: %d %v", st, m)
	}

	registered := testworker.Start(t, runtime)
	rec, sig := e.stack.Record(registered.Attester, weights)
	registered.Serve(rec, sig)
	e.stack.RegisterWorker(rec, sig)
	stranger := testworker.Start(t, runtime)
	rec2, sig2 := e.stack.Record(stranger.Attester, weights)
	stranger.Serve(rec2, sig2)

	for _, tc := range []struct {
		name, body string
		status     int
		code       string
	}{
		{"malformed JSON", `{"endpoint":`, 400, "bad_json"},
		{"an unknown field", `{"endpoint":"http://x","admin":true}`, 400, "bad_json"},
		{"two JSON values", `{"endpoint":"http://x"} {}`, 400, "bad_json"},
		{"an oversized body", `{"endpoint":"` + strings.Repeat("a", 2000) + `"}`, 413, "body_too_large"},
		{"no endpoint", `{}`, 400, "bad_request"},
		{"a bad endpoint", `{"endpoint":"ftp://worker"}`, 400, "bad_endpoint"},
		{"a worker not registered on chain", `{"endpoint":"` + stranger.URL + `"}`, 422, "not_registered"},
	} {
		t.Run("POST /v1/workers refuses "+tc.name, func(t *testing.T) {
			st, m := e.call(t, "POST", "/v1/workers", tc.body)
			wantError(t, st, m, tc.status, tc.code)
		})
	}
	st, m = e.call(t, "POST", "/v1/workers", `{"endpoint":"`+registered.URL+`"}`)
	if signer, _ := m["signer"].(string); st != 201 || !strings.EqualFold(signer, registered.Address().Hex()) {
		t.Fatalf("adding a registered worker: %d %v", st, m)
	}
	st, m = e.call(t, "GET", "/v1/workers", "")
	if ws, _ := m["workers"].([]any); st != 200 || len(ws) != 1 {
		t.Fatalf("GET /v1/workers: %d %v", st, m)
	}
	if st, m := e.call(t, "GET", "/readyz", ""); st != 200 {
		t.Fatalf("readyz with a worker: %d %v", st, m)
	}

	// The registration is in Redis: another relayer (or this one restarted)
	// checks the worker and dispatches to it too, until an admin removes it.
	if err := e.set2.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	if ws := e.pool2.List(); len(ws) != 1 || ws[0].Endpoint != registered.URL || ws[0].Signer != registered.Address() {
		t.Fatalf("another relayer's pool after a sync: %+v, want the registered worker", ws)
	}
	if st, m := e.call(t, "DELETE", "/v1/admin/workers?endpoint="+registered.URL, "", "Authorization", "Bearer "+token); st != 204 {
		t.Fatalf("removing the worker: %d %v", st, m)
	}
	if err := e.set2.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	if ws := e.pool2.List(); len(ws) != 0 {
		t.Errorf("another relayer's pool after the removal and a sync: %+v, want none", ws)
	}
}

func TestAdmin(t *testing.T) {
	e := setup(t, token)
	rid := common.HexToHash("0xdead")
	if _, err := e.q.Enqueue(t.Context(), request(rid)); err != nil {
		t.Fatal(err)
	}
	for name, hdr := range map[string][]string{
		"no token":       nil,
		"a wrong token":  {"Authorization", "Bearer wrong"},
		"a longer token": {"Authorization", "Bearer " + token + "x"},
		"another scheme": {"Authorization", "Basic " + token},
	} {
		t.Run("refuses "+name, func(t *testing.T) {
			st, m := e.call(t, "GET", "/v1/admin/dead-letters", "", hdr...)
			wantError(t, st, m, 401, "unauthorized")
		})
	}
	auth := []string{"Authorization", "Bearer " + token}
	st, m := e.call(t, "POST", "/v1/admin/requests/"+rid.Hex()+"/abandon", `{"reason":""}`, auth...)
	wantError(t, st, m, 400, "bad_request")
	if st, m := e.call(t, "POST", "/v1/admin/requests/"+rid.Hex()+"/abandon", `{"reason":"operator says so"}`, auth...); st != 204 {
		t.Fatalf("abandon: %d %v", st, m)
	}
	st, m = e.call(t, "POST", "/v1/admin/requests/0x"+strings.Repeat("77", 32)+"/abandon", `{"reason":"unknown"}`, auth...)
	wantError(t, st, m, 404, "unknown_request")
	st, m = e.call(t, "GET", "/v1/admin/dead-letters?count=5", "", auth...)
	if dl, _ := m["deadLetters"].([]any); st != 200 || len(dl) != 1 {
		t.Fatalf("dead letters: %d %v", st, m)
	}
	st, m = e.call(t, "GET", "/v1/admin/dead-letters?count=0", "", auth...)
	wantError(t, st, m, 400, "bad_request")
	st, m = e.call(t, "DELETE", "/v1/admin/workers?endpoint=http://nobody", "", auth...)
	wantError(t, st, m, 404, "unknown_worker")

	t.Run("without a configured token the admin endpoints are off", func(t *testing.T) {
		e := setup(t, "")
		st, m := e.call(t, "GET", "/v1/admin/dead-letters", "", "Authorization", "Bearer ")
		wantError(t, st, m, 403, "admin_disabled")
	})
}

func TestRoutesAndMetrics(t *testing.T) {
	e := setup(t, token)
	st, m := e.call(t, "GET", "/nowhere", "")
	wantError(t, st, m, 404, "not_found")
	st, m = e.call(t, "DELETE", "/v1/workers", "")
	wantError(t, st, m, 405, "method_not_allowed")
	if st, m := e.call(t, "GET", "/livez", ""); st != 200 || m["status"] != "ok" {
		t.Fatalf("livez: %d %v", st, m)
	}
	st, m = e.call(t, "GET", "/metrics", "")
	body, _ := m["raw"].(string)
	for _, want := range []string{"minidao_relayer_queue_up 1", "minidao_relayer_queue_dead_letters 0", "go_goroutines"} {
		if st != 200 || !strings.Contains(body, want) {
			t.Errorf("metrics: %d, no %q", st, want)
		}
	}
}
