package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/settings"
)

// envPrefix prefixes every environment variable.
const envPrefix = "MINIDAO_ORACLE_"

// Config is every setting of the oracle. The yaml tag is the key in the YAML
// file, the flag name (with - for _) and, upper-cased, the environment
// variable's suffix. A zero duration or count means the component's default.
type Config struct {
	RPCURL      string `yaml:"rpc_url" help:"JSON-RPC endpoint (ws(s):// or http(s)://)"`
	ChainID     uint64 `yaml:"chain_id" help:"expected chain id (0: whatever the node says)"`
	Coordinator string `yaml:"coordinator" help:"InferenceCoordinator address (or give deployments)"`
	Deployments string `yaml:"deployments" help:"directory of deployments/<chainId>.json to read the coordinator's address from"`

	RedisURL  string `yaml:"redis_url" help:"Redis URL, redis://[user:password@]host:port[/db] or rediss:// (prefer the environment variable when it holds a password)"`
	Namespace string `yaml:"namespace" help:"the relayer's key namespace in Redis (default minidao)"`
	Consumer  string `yaml:"consumer" help:"this oracle's name in the queue's consumer group (default hostname-pid)"`
	OutputURL string `yaml:"output_base_url" help:"public base URL of the relayer API serving outputs over a model's maxOutputBytes, settled by reference as BASE/v1/requests/ID/output (empty: such results fail)"`

	Keystores    []string `yaml:"keystores" help:"signer keystore files, comma-separated (one transaction manager each)"`
	PasswordFile string   `yaml:"password_file" help:"file holding the keystores' password (else $MINIDAO_KEYSTORE_PASSWORD)"`
	KeyEnvs      []string `yaml:"key_envs" help:"names of environment variables holding hex signer keys, comma-separated"`
	DevAccounts  []string `yaml:"dev_accounts" help:"anvil development accounts 0..9 as signers, comma-separated (devnets only)"`

	BatchSize    int      `yaml:"batch_size" help:"most results in one fulfil transaction (default 50)"`
	BatchWait    Duration `yaml:"batch_wait" help:"how long a batch's first result waits for others (default 2s)"`
	MaxInFlight  int      `yaml:"max_in_flight" help:"batches awaiting receipts at once; a batch waits about a block for its receipt, so filling blocks takes block gas limit / batch gas of them (default: that, from the chain's block gas limit at start and 40,000 gas per result, plus one, within 4..64: 16 on anvil with batches of 50)"`
	MaxFeeCapWei string   `yaml:"max_fee_cap_wei" help:"fee cap per gas in wei that fee bumps never exceed (required)"`
	MinTipWei    string   `yaml:"min_tip_wei" help:"smallest priority fee per gas in wei (default the node's suggestion)"`
	MinBalance   string   `yaml:"min_balance_wei" help:"balance under which a signer counts as unfunded in /readyz (default 10000000000000000)"`

	Confirmations uint64   `yaml:"confirmations" help:"blocks on top of a settlement before it is final (0 on devnets)"`
	ResubmitAfter Duration `yaml:"resubmit_after" help:"how long a transaction waits before a fee bump (txmgr default)"`
	PollInterval  Duration `yaml:"poll_interval" help:"head and receipt polling interval (txmgr default)"`
	ReorgWindow   uint64   `yaml:"reorg_window" help:"blocks the settlement follower re-checks for reorgs (default 64); a deeper reorg makes it check every unexpired settlement"`
	Reconcile     Duration `yaml:"reconcile_interval" help:"how often settled jobs the follower has not seen confirmed are checked against the chain (default 1m)"`
	ShutdownGrace Duration `yaml:"shutdown_grace" help:"on shutdown, how long batches in flight may finish (default 30s)"`
	SettleLease   Duration `yaml:"settle_lease" help:"how long an oracle's hold on a job lasts unless extended (every third of it): a crashed oracle's jobs go to another oracle, or to it restarted, once this passes; set the same on every oracle sharing the namespace, as the one taking over judges by its own (default 30s, at least 3s)"`

	Listen    string `yaml:"listen" help:"health and metrics address, 127.0.0.1:port (default 127.0.0.1:8090)"`
	LogLevel  string `yaml:"log_level" help:"debug, info, warn or error (default info)"`
	LogFormat string `yaml:"log_format" help:"json or text (default json)"`
}

// The settle lease: short enough that a crashed oracle's jobs come back
// soon, long enough that extending it every third of it survives a slow
// Redis round trip.
const (
	defaultSettleLease = 30 * time.Second
	minSettleLease     = 3 * time.Second
)

// settleLease is the configured lease or its default.
func (c Config) settleLease() time.Duration {
	if c.SettleLease > 0 {
		return c.SettleLease.D()
	}
	return defaultSettleLease
}

// Duration is a time.Duration written as "30s" in YAML, flags and env.
type Duration = settings.Duration

// loadConfig reads the YAML file named by --config (or MINIDAO_ORACLE_CONFIG),
// then the environment, then the flags in args. It does not Check.
func loadConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	var c Config
	err := settings.Load(&c, "oracle", envPrefix, args, getenv, stderr)
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
	switch {
	case c.Coordinator == "" && c.Deployments == "":
		bad("coordinator", "required (0x and 40 hex digits), or give deployments")
	case c.Coordinator != "" && c.Deployments != "":
		bad("coordinator", "give coordinator or deployments, not both")
	case c.Coordinator != "" && !settings.IsAddress(c.Coordinator):
		bad("coordinator", "%q: want 0x and 40 hex digits", c.Coordinator)
	case c.Deployments != "":
		if st, err := os.Stat(c.Deployments); err != nil || !st.IsDir() {
			bad("deployments", "%q: want an existing directory", c.Deployments)
		}
	}
	if c.RedisURL == "" {
		bad("redis_url", "required (redis://host:port/db)")
	} else if _, err := redis.ParseURL(c.RedisURL); err != nil {
		bad("redis_url", "%q: want redis://[user:password@]host:port[/db] or rediss://", settings.Redact(c.RedisURL))
	}
	if c.OutputURL != "" {
		if u, err := url.Parse(c.OutputURL); err != nil || u.Host == "" || !settings.OneOf(u.Scheme, "http", "https") || u.RawQuery != "" {
			bad("output_base_url", "%q: want an http:// or https:// URL without a query", c.OutputURL)
		}
	}
	if len(c.Keystores)+len(c.KeyEnvs)+len(c.DevAccounts) == 0 {
		bad("keystores", "no signer: give keystores, key_envs or dev_accounts")
	}
	if c.PasswordFile != "" && len(c.Keystores) == 0 {
		bad("password_file", "given without keystores")
	}
	for _, e := range c.KeyEnvs {
		if strings.ContainsAny(e, "= ") {
			bad("key_envs", "%q: want the name of an environment variable, not its value", "<hidden>")
		}
	}
	for _, a := range c.DevAccounts {
		if n, err := strconv.Atoi(a); err != nil || n < 0 || n > 9 {
			bad("dev_accounts", "%q: want 0 to 9", a)
		}
	}
	for _, f := range []struct {
		key string
		n   int
	}{{"batch_size", c.BatchSize}, {"max_in_flight", c.MaxInFlight}} {
		if f.n < 0 {
			bad(f.key, "%d: want 1 or more (or 0 for the default)", f.n)
		}
	}
	for _, f := range []struct {
		key string
		d   Duration
	}{{"batch_wait", c.BatchWait}, {"resubmit_after", c.ResubmitAfter}, {"poll_interval", c.PollInterval}, {"shutdown_grace", c.ShutdownGrace}, {"reconcile_interval", c.Reconcile}, {"settle_lease", c.SettleLease}} {
		if f.d < 0 {
			bad(f.key, "%v: want a positive duration (or 0 for the default)", f.d.D())
		}
	}
	if c.SettleLease > 0 && c.SettleLease.D() < minSettleLease {
		bad("settle_lease", "%v: want at least %v (it is extended every third of it)", c.SettleLease.D(), minSettleLease)
	}
	if c.MaxFeeCapWei == "" {
		bad("max_fee_cap_wei", "required (a positive decimal wei amount, like 100000000000 for 100 gwei)")
	} else if v, ok := wei(c.MaxFeeCapWei); !ok || v.Sign() <= 0 {
		bad("max_fee_cap_wei", "%q: want a positive decimal wei amount", c.MaxFeeCapWei)
	}
	for _, f := range []struct{ key, v string }{{"min_tip_wei", c.MinTipWei}, {"min_balance_wei", c.MinBalance}} {
		if f.v != "" {
			if _, ok := wei(f.v); !ok {
				bad(f.key, "%q: want a non-negative decimal wei amount", f.v)
			}
		}
	}
	if tip, ok := wei(c.MinTipWei); ok && c.MinTipWei != "" {
		if capv, ok := wei(c.MaxFeeCapWei); ok && tip.Cmp(capv) > 0 {
			bad("min_tip_wei", "%s is above max_fee_cap_wei %s", tip, capv)
		}
	}
	if c.Listen != "" {
		host, _, err := net.SplitHostPort(c.Listen)
		if err != nil {
			bad("listen", "%q: want 127.0.0.1:port", c.Listen)
		} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			bad("listen", "%q: the health and metrics port listens on a loopback address only (127.0.0.1:port)", c.Listen)
		}
	}
	if c.LogLevel != "" && !settings.OneOf(c.LogLevel, "debug", "info", "warn", "error") {
		bad("log_level", "%q: want debug, info, warn or error", c.LogLevel)
	}
	if c.LogFormat != "" && !settings.OneOf(c.LogFormat, "json", "text") {
		bad("log_format", "%q: want json or text", c.LogFormat)
	}
	return errors.Join(errs...)
}

// wei parses a non-negative decimal amount.
func wei(s string) (*big.Int, bool) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, false
	}
	return v, true
}
