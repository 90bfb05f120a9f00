package worker_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/minidao/minidao/inference/worker"
)

// FuzzJobBody sends arbitrary bodies to POST /v1/jobs: every answer is a
// signed result (200) or a JSON error with a 4xx status, never a 5xx or a panic.
func FuzzJobBody(f *testing.F) {
	f.Add(job(nil))
	f.Add(job(func(j map[string]any) { j["seed"] = "0x10" }))
	f.Add(job(func(j map[string]any) { j["modelId"] = "0x" }))
	f.Add(job(func(j map[string]any) { j["modelId"] = "1e3" }))
	f.Add(job(func(j map[string]any) { j["maxTokens"] = 4294967296 }))
	f.Add([]byte(`{"requestId": null, "prompt": "0x00"}`))
	f.Add([]byte(`[]`))
	fx := newFixture(f, &echo{}, worker.Config{}, nil)
	f.Fuzz(func(t *testing.T, body []byte) {
		code, out := do(t, fx.handler, http.MethodPost, "/v1/jobs", body)
		if code == http.StatusOK {
			var res worker.Result
			if err := json.Unmarshal(out, &res); err != nil || len(res.Signature) != 65 {
				t.Fatalf("200 with %s", out)
			}
			return
		}
		e := decodeError(t, out)
		if code < 400 || code >= 500 {
			t.Fatalf("status %d (%s) for %q", code, e.Error, body)
		}
	})
}

// FuzzUint256 checks that whatever parses is in range and prints back as
// the same number.
func FuzzUint256(f *testing.F) {
	for _, s := range []string{"0", "1", "0x1f", "115792089237316195423570985008687907853269984665640564039457584007913129639935", "-1", "0x", "+5", " 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := worker.ParseUint256(s)
		if err != nil {
			return
		}
		if u.Sign() < 0 || u.BitLen() > 256 {
			t.Fatalf("%q parsed to %s", s, u)
		}
		back, err := worker.ParseUint256(u.String())
		if err != nil || back.Cmp(u.Int) != 0 {
			t.Fatalf("%q → %s → %v, %v", s, u, back, err)
		}
	})
}
