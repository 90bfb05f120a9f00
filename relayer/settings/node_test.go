package settings_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/minidao/minidao/relayer/settings"
)

// A JSON-RPC node that answers eth_chainId with 31337 (0x7a69), or fails.
func node(t *testing.T, answer string) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !strings.Contains(string(body), "eth_chainId") {
			http.Error(w, "unexpected call", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, answer)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestDialNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ok := node(t, `{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`)
	for _, want := range []uint64{0, 31337} {
		c, id, err := settings.DialNode(ctx, ok, want)
		if err != nil || id.Uint64() != 31337 {
			t.Fatalf("want %d: chain %v, err %v", want, id, err)
		}
		c.Close()
	}
	for name, tc := range map[string]struct {
		url  string
		want uint64
		msg  string
	}{
		"another chain":     {ok, 1, "chain_id: the node is on chain 31337, the configuration says 1"},
		"a failing node":    {node(t, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"down"}}`), 0, "rpc_url: eth_chainId: down"},
		"an unknown scheme": {"ftp://node", 0, "rpc_url: no known transport for URL scheme \"ftp\""},
	} {
		t.Run(name, func(t *testing.T) {
			c, _, err := settings.DialNode(ctx, tc.url, tc.want)
			if err == nil || err.Error() != tc.msg || c != nil {
				t.Fatalf("client %v, err %v; want %q", c, err, tc.msg)
			}
		})
	}
}
