package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// Bad flags are refused with status 2 and a message naming the flag, before
// anything is built or started.
func TestUpRefusesBadFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"a port out of range", []string{"--port", "70000"}, "--port 70000"},
		{"a Redis URL with a password", []string{"--redis-url", "redis://u:secret@127.0.0.1:6379"}, "--redis-url"},
		{"a Redis URL without a port", []string{"--redis-url", "redis://localhost"}, "--redis-url"},
		{"a model file that does not exist", []string{"--model", "/nonexistent/model.gguf", "--spec", "../../../examples/dao.yaml"}, "--model"},
		{"a spec that does not exist", []string{"--spec", "/nonexistent/dao.yaml"}, "--spec"},
		{"an argument", []string{"now"}, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), append([]string{"up"}, tc.args...), &out, &errOut)
			if code != 2 {
				t.Errorf("exit %d, want 2; stderr:\n%s", code, errOut.String())
			}
			if !strings.Contains(errOut.String(), tc.want) {
				t.Errorf("stderr does not name %s:\n%s", tc.want, errOut.String())
			}
			if strings.Contains(errOut.String(), "secret") {
				t.Errorf("stderr shows the Redis password:\n%s", errOut.String())
			}
		})
	}
}

func TestRedisHostPort(t *testing.T) {
	for in, want := range map[string]string{
		"redis://127.0.0.1:6379":   "127.0.0.1:6379",
		"redis://127.0.0.1:6379/0": "127.0.0.1:6379",
		"127.0.0.1:7000":           "127.0.0.1:7000",
	} {
		if got, err := redisHostPort(in); err != nil || got != want {
			t.Errorf("redisHostPort(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
