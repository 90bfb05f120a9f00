package worker_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/worker"
)

var (
	chainID     = big.NewInt(31337)
	coordinator = common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")
	registry    = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	measurement = common.HexToHash("0x4242424242424242424242424242424242424242424242424242424242424242")
)

func testKey(b byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{b}, 32))
	if err != nil {
		panic(err)
	}
	return k
}

// logSink collects log records so that tests can check their levels.
type logSink struct {
	mu      sync.Mutex
	records []slog.Record
}

func (s *logSink) Enabled(context.Context, slog.Level) bool { return true }
func (s *logSink) Handle(_ context.Context, r slog.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.records = append(s.records, r)
	return nil
}
func (s *logSink) WithAttrs([]slog.Attr) slog.Handler { return s }
func (s *logSink) WithGroup(string) slog.Handler      { return s }

// errors returns the messages logged at error level.
func (s *logSink) errors() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.records {
		if r.Level >= slog.LevelError {
			out = append(out, r.Message)
		}
	}
	return out
}

// echo is a test Generator: it answers the prompt reversed, or blocks on
// gate (when set) until the gate opens or the job's context ends.
type echo struct {
	gate    chan struct{}
	started chan struct{} // receives once per Generate call, when set
	mu      sync.Mutex
	ctxErrs []error // ctx.Err() seen by blocked calls that were stopped
}

func (e *echo) Generate(ctx context.Context, prompt []byte, p worker.Params) (worker.Generation, error) {
	if e.started != nil {
		e.started <- struct{}{}
	}
	if e.gate != nil {
		select {
		case <-e.gate:
		case <-ctx.Done():
			e.mu.Lock()
			e.ctxErrs = append(e.ctxErrs, ctx.Err())
			e.mu.Unlock()
			return worker.Generation{}, ctx.Err()
		}
	}
	out := slices.Clone(prompt)
	slices.Reverse(out)
	return worker.Generation{Output: out, PromptTokens: len(prompt), Tokens: len(out), FinishReason: "length"}, nil
}

func (e *echo) Close() error { return nil }

func (e *echo) stopped() []error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.ctxErrs)
}

// modelFile writes a file with content and returns its path and sha256.
func modelFile(t testing.TB, content string) (string, common.Hash) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "model.gguf")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, sha256.Sum256([]byte(content))
}

// fixture is a service over one model (id 7, version 1) served by gen.
type fixture struct {
	svc     *worker.Service
	handler http.Handler
	logs    *logSink
	key     *ecdsa.PrivateKey
	spec    worker.ModelSpec
}

func newFixture(t testing.TB, gen worker.Generator, cfg worker.Config, records func(worker.ModelSpec) *worker.Records) *fixture {
	t.Helper()
	path, sum := modelFile(t, "weights of model seven")
	spec := worker.ModelSpec{ModelID: worker.NewUint256(7), Version: 1, WeightsHash: sum, Path: path, MaxTokens: 64}
	models, err := worker.LoadModels([]worker.ModelSpec{spec}, func(worker.ModelSpec) (worker.Generator, error) { return gen, nil })
	if err != nil {
		t.Fatal(err)
	}
	key := testKey(1)
	logs := &logSink{}
	var recs *worker.Records
	if records != nil {
		recs = records(spec)
	}
	svc, err := worker.New(cfg, slog.New(logs), key, attest.NewAttester(key, measurement, "cpu-test"), models, recs)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{svc: svc, handler: worker.Handler(svc, worker.HandlerConfig{}), logs: logs, key: key, spec: spec}
}

// job returns a valid job body for model 7 version 1, changed by edit.
func job(edit func(map[string]any)) []byte {
	j := map[string]any{
		"requestId":    "0x" + strings.Repeat("ab", 32),
		"modelId":      7,
		"modelVersion": 1,
		"prompt":       "0x68656c6c6f", // "hello"
		"maxTokens":    16,
		"deadline":     time.Now().Add(time.Hour).Unix(),
		"chainId":      "31337",
		"coordinator":  coordinator.Hex(),
	}
	if edit != nil {
		edit(j)
	}
	b, err := json.Marshal(j)
	if err != nil {
		panic(err)
	}
	return b
}

type errorBody struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// do sends a request to h and returns the status and body.
func do(t testing.TB, h http.Handler, method, target string, body []byte) (int, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, err := io.ReadAll(rec.Result().Body)
	if err != nil {
		t.Fatal(err)
	}
	return rec.Code, b
}

// decodeError checks that body is a JSON error with a message and a code.
func decodeError(t testing.TB, body []byte) errorBody {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal(body, &e); err != nil || e.Error == "" || e.Code == "" {
		t.Fatalf("not a JSON error body: %s (%v)", body, err)
	}
	return e
}

// metric returns the line of the /metrics output that starts with name.
func metric(t *testing.T, h http.Handler, name string) string {
	t.Helper()
	code, body := do(t, h, http.MethodGet, "/metrics", nil)
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, name+" ") {
			return line
		}
	}
	return ""
}
