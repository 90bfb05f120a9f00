package api_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/minidao/minidao/relayer/api"
	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/queue"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/workerset"
)

// FuzzAPI sends arbitrary paths and bodies: every answer is JSON, and no
// input of the caller's makes a 5xx.
func FuzzAPI(f *testing.F) {
	rs := redistest.Start(f)
	q, err := queue.New(rs.Client(), queue.Config{})
	if err != nil {
		f.Fatal(err)
	}
	// A pool with no chain: only inputs refused before the chain is asked
	// reach it, as an unreachable worker is refused at its attestation.
	pool := dispatcher.NewPool(dispatcher.PoolConfig{}, nil, nil, &dispatcher.HTTPWorkers{Client: &http.Client{Timeout: 1}})
	set := workerset.New(workerset.Config{}, rs.Client(), pool, nil)
	a := api.New(api.Config{AdminToken: token, MaxBodyBytes: 512}, q, set, nil, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for _, s := range []struct{ method, path, body string }{
		{"POST", "/v1/workers", `{"endpoint":"http://127.0.0.1:1"}`},
		{"POST", "/v1/workers", `{"endpoint":1}`},
		{"GET", "/v1/requests/0x" + strings.Repeat("ab", 32), ""},
		{"POST", "/v1/admin/requests/0x" + strings.Repeat("ab", 32) + "/abandon", `{"reason":"x"}`},
		{"GET", "/v1/admin/dead-letters?count=99999999999999999999", ""},
	} {
		f.Add(s.method, s.path, s.body, true)
	}
	f.Fuzz(func(t *testing.T, method, path, body string, admin bool) {
		switch method {
		case "GET", "POST", "DELETE", "PUT":
		default:
			return
		}
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " \r\n\t#") {
			return
		}
		req, err := http.NewRequest(method, "http://relayer"+path, strings.NewReader(body))
		if err != nil {
			return
		}
		if admin {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		a.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable {
			t.Fatalf("%s %s %q: %d %s", method, path, body, rec.Code, rec.Body)
		}
		if strings.HasSuffix(req.URL.Path, "/output") && rec.Code == 200 {
			return
		}
		var m map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
			t.Fatalf("%s %s: %d, not JSON: %q", method, path, rec.Code, rec.Body)
		}
		if rec.Code >= 400 && (m["error"] == nil || m["code"] == nil) {
			t.Fatalf("%s %s: %d without error and code: %v", method, path, rec.Code, m)
		}
	})
}
