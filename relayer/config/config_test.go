package config_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minidao/minidao/relayer/config"
)

func valid() config.Config {
	return config.Config{
		RPCURL:         "ws://127.0.0.1:8545",
		Coordinator:    "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		WorkerRegistry: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
		RedisAddrs:     []string{"127.0.0.1:6379"},
	}
}

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestCheck(t *testing.T) {
	if err := valid().Check(); err != nil {
		t.Fatalf("a valid config: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*config.Config)
		want string
	}{
		{"no rpc url", func(c *config.Config) { c.RPCURL = "" }, "rpc_url: required"},
		{"an rpc url with another scheme", func(c *config.Config) { c.RPCURL = "ftp://node/key123" }, `rpc_url: "ftp://node/...": want`},
		{"no coordinator", func(c *config.Config) { c.Coordinator = "" }, "coordinator: required"},
		{"a short coordinator", func(c *config.Config) { c.Coordinator = "0x1234" }, `coordinator: "0x1234": want 0x and 40 hex digits`},
		{"a bad model registry", func(c *config.Config) { c.ModelRegistry = "registry" }, "model_registry:"},
		{"no redis", func(c *config.Config) { c.RedisAddrs = nil }, "redis_addrs: required"},
		{"a redis address without port", func(c *config.Config) { c.RedisAddrs = []string{"localhost"} }, `redis_addrs: "localhost": want host:port`},
		{"a database on a cluster", func(c *config.Config) { c.RedisAddrs = []string{"a:1", "b:2"}; c.RedisDB = 2 }, "redis_db: 2: a Redis Cluster"},
		{"a negative timeout", func(c *config.Config) { c.WorkerTimeout = -1 }, "worker_timeout:"},
		{"a job shorter than a call", func(c *config.Config) {
			c.WorkerTimeout = config.Duration(time.Minute)
			c.JobTimeout = config.Duration(time.Second)
		}, "job_timeout: 1s is shorter than worker_timeout 1m0s"},
		{"a negative concurrency", func(c *config.Config) { c.Concurrency = -2 }, "concurrency: -2"},
		{"a bad model id", func(c *config.Config) { c.Models = []string{"one"} }, `models: "one"`},
		{"a bad worker url", func(c *config.Config) { c.Workers = []string{"worker:80"} }, `workers: "worker:80"`},
		{"a bad listen address", func(c *config.Config) { c.Listen = "8080" }, `listen: "8080"`},
		{"a short admin token", func(c *config.Config) { c.AdminToken = "short" }, "admin_token: 5 characters: want at least 16"},
		{"a bad log level", func(c *config.Config) { c.LogLevel = "loud" }, `log_level: "loud"`},
		{"a bad log format", func(c *config.Config) { c.LogFormat = "xml" }, `log_format: "xml"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := valid()
			tc.edit(&c)
			err := c.Check()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check: %v, want %q", err, tc.want)
			}
		})
	}
	t.Run("reports every bad setting at once", func(t *testing.T) {
		err := config.Config{}.Check()
		for _, k := range []string{"rpc_url", "coordinator", "worker_registry", "redis_addrs"} {
			if err == nil || !strings.Contains(err.Error(), k) {
				t.Errorf("%v does not name %s", err, k)
			}
		}
	})
}

func TestLoadLayers(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "relayer.yaml")
	yaml := "rpc_url: ws://from-file:8545\ncoordinator: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\nworker_timeout: 45s\nredis_addrs: [\"127.0.0.1:6379\"]\nmodels: [\"1\", \"2\"]\nconfirmations: 3\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(
		[]string{"--config", file, "--confirmations", "5", "--workers", "http://a:1, http://b:2"},
		env(map[string]string{"MINIDAO_RELAYER_RPC_URL": "ws://from-env:8545", "MINIDAO_RELAYER_CONFIRMATIONS": "4", "MINIDAO_RELAYER_ADMIN_TOKEN": "0123456789abcdef"}),
		io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case c.RPCURL != "ws://from-env:8545":
		t.Errorf("rpc_url %q: the environment overrides the file", c.RPCURL)
	case c.Confirmations != 5:
		t.Errorf("confirmations %d: flags override the environment", c.Confirmations)
	case c.WorkerTimeout.D() != 45*time.Second:
		t.Errorf("worker_timeout %v from the file", c.WorkerTimeout.D())
	case len(c.Models) != 2 || len(c.Workers) != 2 || c.Workers[1] != "http://b:2":
		t.Errorf("lists: models %v workers %v", c.Models, c.Workers)
	case c.AdminToken != "0123456789abcdef":
		t.Errorf("admin token from the environment: %q", c.AdminToken)
	}

	for name, tc := range map[string]struct {
		args []string
		env  map[string]string
		want string
	}{
		"an unknown YAML key":      {[]string{"--config", write(t, "rpc_urll: x\n")}, nil, "field rpc_urll not found"},
		"a bad YAML duration":      {[]string{"--config", write(t, "job_timeout: soon\n")}, nil, `line 1: "soon" is not a duration`},
		"a missing file":           {[]string{"--config", filepath.Join(dir, "absent.yaml")}, nil, "config file:"},
		"a bad environment number": {nil, map[string]string{"MINIDAO_RELAYER_CONFIRMATIONS": "-1"}, "MINIDAO_RELAYER_CONFIRMATIONS"},
		"a bad flag duration":      {[]string{"--poll-interval", "fast"}, nil, `--poll-interval: "fast" is not a duration`},
		"an unknown flag":          {[]string{"--rpc", "x"}, nil, "flag provided but not defined"},
		"a stray argument":         {[]string{"run"}, nil, `unexpected argument "run"`},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := config.Load(tc.args, env(tc.env), io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Load: %v, want %q", err, tc.want)
			}
		})
	}
}

func write(t *testing.T, s string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// FuzzLoad feeds arbitrary YAML: Load and Check return errors, never panic.
func FuzzLoad(f *testing.F) {
	b, err := os.ReadFile("../cmd/relayer/relayer.example.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("poll_interval: [1, 2]\n")
	f.Add("models: 7\nredis_db: -1\n")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, yaml string) {
		p := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(p, []byte(yaml), 0o600); err != nil {
			t.Fatal(err)
		}
		c, err := config.Load([]string{"--config", p}, env(nil), io.Discard)
		if err == nil {
			_ = c.Check()
		}
	})
}
