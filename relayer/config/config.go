// Package config is the relayer node's configuration: one struct, read from
// an optional YAML file, then MINIDAO_RELAYER_* environment variables, then
// command-line flags (each later source overrides the earlier), and checked
// as a whole with messages that name the setting and say what is wanted.
//
// It is not where defaults of the components live: a zero duration or count
// here means "the component's default".
package config

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/settings"
)

// EnvPrefix prefixes every environment variable.
const EnvPrefix = "MINIDAO_RELAYER_"

// Config is every setting of a relayer node. The yaml tag is the key in the
// YAML file, the flag name (with - for _) and, upper-cased, the environment
// variable's suffix.
type Config struct {
	RPCURL         string   `yaml:"rpc_url" help:"JSON-RPC endpoint: ws(s):// to subscribe to heads, http(s):// to poll"`
	ChainID        uint64   `yaml:"chain_id" help:"expected chain id (0: whatever the node says)"`
	Coordinator    string   `yaml:"coordinator" help:"InferenceCoordinator address"`
	ModelRegistry  string   `yaml:"model_registry" help:"ModelRegistry address (optional: follows model versions)"`
	WorkerRegistry string   `yaml:"worker_registry" help:"WorkerRegistry address"`
	StartBlock     uint64   `yaml:"start_block" help:"first block to read when Redis holds no checkpoint (the coordinator's deployment block)"`
	Confirmations  uint64   `yaml:"confirmations" help:"blocks on top before a block is read (0 on devnets)"`
	PollInterval   Duration `yaml:"poll_interval" help:"head polling interval without a subscription (default 2s)"`
	MaxLogRange    uint64   `yaml:"max_log_range" help:"largest eth_getLogs range in blocks (default 2000)"`

	RedisAddrs    []string `yaml:"redis_addrs" help:"Redis host:port, comma-separated; several: a Redis Cluster"`
	RedisPassword string   `yaml:"redis_password" help:"Redis password (prefer the environment variable)"`
	RedisDB       int      `yaml:"redis_db" help:"Redis database number (not with a cluster)"`
	Namespace     string   `yaml:"namespace" help:"key namespace in Redis, one per chain and coordinator (default minidao)"`

	VisibilityTimeout Duration `yaml:"visibility_timeout" help:"a dispatch lease's length (default 30s)"`
	MaxAttempts       int      `yaml:"max_attempts" help:"dispatch attempts before a job is dead-lettered (default 5)"`

	Models        []string `yaml:"models" help:"model ids to dispatch, comma-separated (empty: all)"`
	Workers       []string `yaml:"workers" help:"worker endpoints to add at start, comma-separated"`
	Concurrency   int      `yaml:"concurrency" help:"jobs dispatched at once (default 64)"`
	WorkerTimeout Duration `yaml:"worker_timeout" help:"one worker call's limit (default 60s)"`
	JobTimeout    Duration `yaml:"job_timeout" help:"one job's dispatch limit, reassignments included (default 3m)"`
	ShutdownGrace Duration `yaml:"shutdown_grace" help:"on shutdown, how long jobs in flight may finish before they are handed back (default 10s)"`
	AttestTTL     Duration `yaml:"attest_ttl" help:"how long a worker's verified attestation is trusted (default 5m)"`

	Listen     string `yaml:"listen" help:"API address (default 127.0.0.1:8080)"`
	AdminToken string `yaml:"admin_token" help:"bearer token for /v1/admin (prefer the environment variable; empty: admin off)"`

	LogLevel  string `yaml:"log_level" help:"debug, info, warn or error (default info)"`
	LogFormat string `yaml:"log_format" help:"json or text (default json)"`
}

// Duration is a time.Duration written as "30s" in YAML, flags and env.
type Duration = settings.Duration

// Load reads the configuration: the YAML file named by --config (or
// MINIDAO_RELAYER_CONFIG), then the environment, then the flags in args.
// getenv is os.Getenv in production. It does not Check.
func Load(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	var c Config
	err := settings.Load(&c, "relayer", EnvPrefix, args, getenv, stderr)
	return c, err
}

// Check reports every bad setting, each naming the setting.
func (c Config) Check() error {
	var errs []error
	bad := func(key, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{key}, a...)...))
	}
	if c.RPCURL == "" {
		bad("rpc_url", "required (ws://, wss://, http:// or https://)")
	} else if u, err := url.Parse(c.RPCURL); err != nil || u.Host == "" || !settings.OneOf(u.Scheme, "ws", "wss", "http", "https") {
		bad("rpc_url", "%q: want a ws://, wss://, http:// or https:// URL", settings.Redact(c.RPCURL))
	}
	for _, f := range []struct{ key, a string }{{"coordinator", c.Coordinator}, {"worker_registry", c.WorkerRegistry}} {
		key, a := f.key, f.a
		if a == "" {
			bad(key, "required (0x and 40 hex digits)")
		} else if !settings.IsAddress(a) {
			bad(key, "%q: want 0x and 40 hex digits", a)
		}
	}
	if c.ModelRegistry != "" && !settings.IsAddress(c.ModelRegistry) {
		bad("model_registry", "%q: want 0x and 40 hex digits", c.ModelRegistry)
	}
	if len(c.RedisAddrs) == 0 {
		bad("redis_addrs", "required (host:port, comma-separated)")
	}
	for _, a := range c.RedisAddrs {
		if _, _, err := net.SplitHostPort(a); err != nil {
			bad("redis_addrs", "%q: want host:port", a)
		}
	}
	if len(c.RedisAddrs) > 1 && c.RedisDB != 0 {
		bad("redis_db", "%d: a Redis Cluster has only database 0", c.RedisDB)
	}
	if c.RedisDB < 0 {
		bad("redis_db", "%d: want 0 or more", c.RedisDB)
	}
	for _, f := range []struct {
		key string
		d   Duration
	}{
		{"poll_interval", c.PollInterval}, {"visibility_timeout", c.VisibilityTimeout}, {"worker_timeout", c.WorkerTimeout},
		{"job_timeout", c.JobTimeout}, {"shutdown_grace", c.ShutdownGrace}, {"attest_ttl", c.AttestTTL},
	} {
		key, d := f.key, f.d
		if d < 0 {
			bad(key, "%v: want a positive duration (or 0 for the default)", d.D())
		}
	}
	if c.WorkerTimeout > 0 && c.JobTimeout > 0 && c.JobTimeout < c.WorkerTimeout {
		bad("job_timeout", "%v is shorter than worker_timeout %v", c.JobTimeout.D(), c.WorkerTimeout.D())
	}
	for _, f := range []struct {
		key string
		n   int
	}{{"concurrency", c.Concurrency}, {"max_attempts", c.MaxAttempts}} {
		key, n := f.key, f.n
		if n < 0 {
			bad(key, "%d: want 1 or more (or 0 for the default)", n)
		}
	}
	for _, m := range c.Models {
		if v, ok := new(big.Int).SetString(m, 10); !ok || v.Sign() < 0 {
			bad("models", "%q: want a non-negative decimal model id", m)
		}
	}
	for _, w := range c.Workers {
		if u, err := url.Parse(w); err != nil || u.Host == "" || !settings.OneOf(u.Scheme, "http", "https") {
			bad("workers", "%q: want an http:// or https:// URL", w)
		}
	}
	if c.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Listen); err != nil {
			bad("listen", "%q: want host:port", c.Listen)
		}
	}
	if c.AdminToken != "" && len(c.AdminToken) < 16 {
		bad("admin_token", "%d characters: want at least 16", len(c.AdminToken))
	}
	if c.LogLevel != "" && !settings.OneOf(c.LogLevel, "debug", "info", "warn", "error") {
		bad("log_level", "%q: want debug, info, warn or error", c.LogLevel)
	}
	if c.LogFormat != "" && !settings.OneOf(c.LogFormat, "json", "text") {
		bad("log_format", "%q: want json or text", c.LogFormat)
	}
	return errors.Join(errs...)
}

// Addr parses an address setting that Check accepted.
func Addr(s string) common.Address { return common.HexToAddress(s) }

// ModelIDs parses the models setting that Check accepted.
func (c Config) ModelIDs() []*big.Int {
	out := make([]*big.Int, 0, len(c.Models))
	for _, m := range c.Models {
		v, _ := new(big.Int).SetString(m, 10)
		out = append(out, v)
	}
	return out
}
