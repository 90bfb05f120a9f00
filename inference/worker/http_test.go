package worker_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/worker"
)

func TestJobsAnswerSignedResults(t *testing.T) {
	f := newFixture(t, &echo{}, worker.Config{}, nil)
	code, body := do(t, f.handler, http.MethodPost, "/v1/jobs", job(nil))
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, body)
	}
	var res worker.Result
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	if string(res.Output) != "olleh" || res.OutputHash != crypto.Keccak256Hash(res.Output) {
		t.Fatalf("output %q hash %s", res.Output, res.OutputHash)
	}
	digest := attest.ResultDigest(attest.CoordinatorDomain(chainID, coordinator), res.RequestID, 1, res.OutputHash)
	by, err := attest.Recover(digest, res.Signature)
	if err != nil || by != crypto.PubkeyToAddress(f.key.PublicKey) || res.Signer != by {
		t.Fatalf("signature recovers to %s (%v), signer %s", by, err, res.Signer)
	}
	if res.Signature[64] != 27 && res.Signature[64] != 28 {
		t.Fatalf("v = %d", res.Signature[64])
	}
	if got := metric(t, f.handler, `minidao_worker_jobs_total{outcome="ok"}`); !strings.HasSuffix(got, " 1") {
		t.Fatalf("jobs metric: %q", got)
	}
}

func TestJobsRefuseBadInput(t *testing.T) {
	big := strings.Repeat("ab", 40000)
	tests := []struct {
		name   string
		method string
		path   string
		body   []byte
		status int
		code   string
	}{
		{"a body that is not JSON", "POST", "/v1/jobs", []byte("{nope"), 400, "bad_request"},
		{"two JSON values", "POST", "/v1/jobs", append(job(nil), job(nil)...), 400, "bad_request"},
		{"an unknown field", "POST", "/v1/jobs", job(func(j map[string]any) { j["requestID"] = "x" }), 400, "bad_request"},
		{"a missing requestId", "POST", "/v1/jobs", job(func(j map[string]any) { delete(j, "requestId") }), 400, "bad_request"},
		{"a short requestId", "POST", "/v1/jobs", job(func(j map[string]any) { j["requestId"] = "0xabcd" }), 400, "bad_request"},
		{"a prompt that is not hex", "POST", "/v1/jobs", job(func(j map[string]any) { j["prompt"] = "hello" }), 400, "bad_request"},
		{"an empty prompt", "POST", "/v1/jobs", job(func(j map[string]any) { j["prompt"] = "0x" }), 400, "bad_request"},
		{"a negative modelId", "POST", "/v1/jobs", job(func(j map[string]any) { j["modelId"] = -1 }), 400, "bad_request"},
		{"a fractional maxTokens", "POST", "/v1/jobs", job(func(j map[string]any) { j["maxTokens"] = 1.5 }), 400, "bad_request"},
		{"zero maxTokens", "POST", "/v1/jobs", job(func(j map[string]any) { j["maxTokens"] = 0 }), 400, "bad_request"},
		{"maxTokens above the model's cap", "POST", "/v1/jobs", job(func(j map[string]any) { j["maxTokens"] = 65 }), 400, "bad_request"},
		{"a seed that is not the request's", "POST", "/v1/jobs", job(func(j map[string]any) { j["seed"] = "12345" }), 400, "bad_request"},
		{"a missing coordinator", "POST", "/v1/jobs", job(func(j map[string]any) { delete(j, "coordinator") }), 400, "bad_request"},
		{"a missing chainId", "POST", "/v1/jobs", job(func(j map[string]any) { delete(j, "chainId") }), 400, "bad_request"},
		{"a prompt over the cap", "POST", "/v1/jobs", job(func(j map[string]any) { j["prompt"] = "0x" + strings.Repeat("61", 16385) }), 400, "bad_request"},
		{"an unknown model", "POST", "/v1/jobs", job(func(j map[string]any) { j["modelId"] = 8 }), 404, "unknown_model"},
		{"an unknown version", "POST", "/v1/jobs", job(func(j map[string]any) { j["modelVersion"] = 2 }), 404, "unknown_model"},
		{"a passed deadline", "POST", "/v1/jobs", job(func(j map[string]any) { j["deadline"] = time.Now().Add(-time.Second).Unix() }), 422, "deadline_passed"},
		{"an oversized body", "POST", "/v1/jobs", job(func(j map[string]any) { j["prompt"] = "0x" + big }), 413, "body_too_large"},
		{"a GET on the jobs endpoint", "GET", "/v1/jobs", nil, 405, "method_not_allowed"},
		{"an unknown path", "GET", "/v2/jobs", nil, 404, "not_found"},
		{"an attestation without a nonce", "GET", "/v1/attestation", nil, 400, "bad_request"},
		{"an attestation with a short nonce", "GET", "/v1/attestation?nonce=0x1234", nil, 400, "bad_request"},
		{"an attestation with a nonce that is not hex", "GET", "/v1/attestation?nonce=0x" + strings.Repeat("zz", 32), nil, 400, "bad_request"},
	}
	f := newFixture(t, &echo{}, worker.Config{}, nil)
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			code, body := do(t, f.handler, tt.method, tt.path, tt.body)
			e := decodeError(t, body)
			if code != tt.status || e.Code != tt.code {
				t.Fatalf("status %d code %q (%s), want %d %q", code, e.Code, e.Error, tt.status, tt.code)
			}
		})
	}
	if errs := f.logs.errors(); len(errs) > 0 {
		t.Fatalf("bad requests logged at error level: %q", errs)
	}
}

func TestOversizedChunkedBodyIsRefused(t *testing.T) {
	f := newFixture(t, &echo{}, worker.Config{MaxPromptBytes: 100}, nil)
	srv := httptest.NewServer(f.handler)
	defer srv.Close()
	// No Content-Length: the limit must hold while reading.
	body := io.MultiReader(strings.NewReader(`{"prompt":"0x`), strings.NewReader(strings.Repeat("61", 10000)), strings.NewReader(`"}`))
	resp, err := http.Post(srv.URL+"/v1/jobs", "application/json", body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if e := decodeError(t, b); resp.StatusCode != http.StatusRequestEntityTooLarge || e.Code != "body_too_large" {
		t.Fatalf("status %d %s", resp.StatusCode, b)
	}
}

func TestJobsForAnotherDomainAreRefusedWhenPinned(t *testing.T) {
	f := newFixture(t, &echo{}, worker.Config{ChainID: chainID, Coordinator: coordinator}, nil)
	if code, body := do(t, f.handler, "POST", "/v1/jobs", job(nil)); code != 200 {
		t.Fatalf("the pinned domain: %d %s", code, body)
	}
	for name, edit := range map[string]func(map[string]any){
		"another chain":       func(j map[string]any) { j["chainId"] = 1 },
		"another coordinator": func(j map[string]any) { j["coordinator"] = registry.Hex() },
	} {
		code, body := do(t, f.handler, "POST", "/v1/jobs", job(edit))
		if e := decodeError(t, body); code != 422 || e.Code != "wrong_domain" {
			t.Fatalf("%s: %d %s", name, code, body)
		}
	}
}

func TestBusyWhenSlotsAndQueueAreFull(t *testing.T) {
	gen := &echo{gate: make(chan struct{}), started: make(chan struct{}, 4)}
	f := newFixture(t, gen, worker.Config{MaxConcurrent: 1, MaxQueue: 1}, nil)
	var wg sync.WaitGroup
	codes := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _ = do(t, f.handler, "POST", "/v1/jobs", job(func(j map[string]any) {
				j["requestId"] = common.BigToHash(big.NewInt(int64(i + 1))).Hex()
			}))
		}()
	}
	<-gen.started // one runs
	waitFor(t, func() bool { return strings.HasSuffix(metric(t, f.handler, "minidao_worker_jobs_waiting"), " 1") })
	code, body := do(t, f.handler, "POST", "/v1/jobs", job(nil))
	if e := decodeError(t, body); code != http.StatusTooManyRequests || e.Code != "busy" {
		t.Fatalf("third job: %d %s", code, body)
	}
	close(gen.gate)
	wg.Wait()
	if codes[0] != 200 || codes[1] != 200 {
		t.Fatalf("the admitted jobs answered %v", codes)
	}
	if got := metric(t, f.handler, `minidao_worker_jobs_total{outcome="busy"}`); !strings.HasSuffix(got, " 1") {
		t.Fatalf("busy metric: %q", got)
	}
}

func TestJobStopsWhenTheClientGoesAway(t *testing.T) {
	gen := &echo{gate: make(chan struct{}), started: make(chan struct{}, 1)}
	f := newFixture(t, gen, worker.Config{}, nil)
	srv := httptest.NewServer(f.handler)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/v1/jobs", bytes.NewReader(job(nil)))
	done := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	<-gen.started
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("client: %v", err)
	}
	waitFor(t, func() bool { return len(gen.stopped()) == 1 })
	if err := gen.stopped()[0]; !errors.Is(err, context.Canceled) {
		t.Fatalf("the engine saw %v, want context.Canceled", err)
	}
	waitFor(t, func() bool {
		return strings.HasSuffix(metric(t, f.handler, `minidao_worker_jobs_total{outcome="canceled"}`), " 1")
	})
	if got := metric(t, f.handler, "minidao_worker_jobs_in_flight"); !strings.HasSuffix(got, " 0") {
		t.Fatalf("in flight after the cancel: %q", got)
	}
	if errs := f.logs.errors(); len(errs) > 0 {
		t.Fatalf("a cancelled job logged at error level: %q", errs)
	}
}

func TestJobTimesOut(t *testing.T) {
	gen := &echo{gate: make(chan struct{})}
	f := newFixture(t, gen, worker.Config{JobTimeout: 50 * time.Millisecond}, nil)
	code, body := do(t, f.handler, "POST", "/v1/jobs", job(nil))
	if e := decodeError(t, body); code != http.StatusGatewayTimeout || e.Code != "timeout" {
		t.Fatalf("%d %s", code, body)
	}
	if errs := gen.stopped(); len(errs) != 1 || !errors.Is(errs[0], context.DeadlineExceeded) {
		t.Fatalf("the engine saw %v", errs)
	}
}

func TestReadiness(t *testing.T) {
	f := newFixture(t, &echo{}, worker.Config{}, nil)
	if code, body := do(t, f.handler, "GET", "/livez", nil); code != 200 {
		t.Fatalf("livez %d %s", code, body)
	}
	if code, body := do(t, f.handler, "GET", "/readyz", nil); code != 200 || !strings.Contains(string(body), `"models":1`) {
		t.Fatalf("readyz %d %s", code, body)
	}
	f.svc.Drain()
	code, body := do(t, f.handler, "GET", "/readyz", nil)
	if e := decodeError(t, body); code != 503 || e.Code != "not_ready" {
		t.Fatalf("readyz while draining: %d %s", code, body)
	}
}

// waitFor polls cond for up to 5 seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition not met within 5s")
}

// stubborn is an engine that ignores its context (a bug): it returns only
// when its gate opens.
type stubborn struct{ gate chan struct{} }

func (s *stubborn) Generate(context.Context, []byte, worker.Params) (worker.Generation, error) {
	<-s.gate
	return worker.Generation{Output: []byte("late")}, nil
}
func (s *stubborn) Close() error { return nil }

func TestCallerIsAnsweredByTheDeadlineEvenIfTheEngineOverruns(t *testing.T) {
	gen := &stubborn{gate: make(chan struct{})}
	f := newFixture(t, gen, worker.Config{JobTimeout: 50 * time.Millisecond, EngineGrace: 20 * time.Millisecond}, nil)
	start := time.Now()
	code, body := do(t, f.handler, "POST", "/v1/jobs", job(nil))
	if e := decodeError(t, body); code != http.StatusGatewayTimeout || e.Code != "timeout" {
		t.Fatalf("%d %s", code, body)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("answered after %s", took)
	}
	// The slot stays taken while the engine runs: the next job is refused.
	code, body = do(t, f.handler, "POST", "/v1/jobs", job(func(j map[string]any) { j["requestId"] = common.Hash{1}.Hex() }))
	if e := decodeError(t, body); code != http.StatusTooManyRequests || e.Code != "busy" {
		t.Fatalf("while the engine overruns: %d %s", code, body)
	}
	close(gen.gate)
	waitFor(t, func() bool { return strings.HasSuffix(metric(t, f.handler, "minidao_worker_jobs_in_flight"), " 0") })
	if code, body := do(t, f.handler, "POST", "/v1/jobs", job(func(j map[string]any) { j["requestId"] = common.Hash{2}.Hex() })); code != 200 {
		t.Fatalf("after the engine returned: %d %s", code, body)
	}
}
