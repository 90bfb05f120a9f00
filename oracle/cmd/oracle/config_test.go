package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func valid() Config {
	return Config{
		RPCURL:       "ws://127.0.0.1:8545",
		Coordinator:  "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		RedisURL:     "redis://127.0.0.1:6379/0",
		KeyEnvs:      []string{"ORACLE_KEY"},
		MaxFeeCapWei: "100000000000",
	}
}

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestCheck(t *testing.T) {
	if err := valid().Check(); err != nil {
		t.Fatalf("a valid config: %v", err)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no rpc url", func(c *Config) { c.RPCURL = "" }, "rpc_url: required (ws://, wss://, http:// or https://)"},
		{"an rpc url with another scheme, its key hidden", func(c *Config) { c.RPCURL = "ftp://node/key123" },
			`rpc_url: "ftp://node/...": want a ws://, wss://, http:// or https:// URL`},
		{"no coordinator", func(c *Config) { c.Coordinator = "" }, "coordinator: required (0x and 40 hex digits), or give deployments"},
		{"a short coordinator", func(c *Config) { c.Coordinator = "0x1234" }, `coordinator: "0x1234": want 0x and 40 hex digits`},
		{"coordinator and deployments", func(c *Config) { c.Deployments = dir }, "coordinator: give coordinator or deployments, not both"},
		{"missing deployments directory", func(c *Config) { c.Coordinator, c.Deployments = "", filepath.Join(dir, "nope") },
			`deployments: "` + filepath.Join(dir, "nope") + `": want an existing directory`},
		{"no redis", func(c *Config) { c.RedisURL = "" }, "redis_url: required (redis://host:port/db)"},
		{"a redis url with another scheme, its password hidden", func(c *Config) { c.RedisURL = "http://:secret@localhost:6379" },
			`redis_url: "http://localhost:6379/...": want redis://[user:password@]host:port[/db] or rediss://`},
		{"an output url with another scheme", func(c *Config) { c.OutputURL = "ftp://relayer" }, `output_base_url: "ftp://relayer": want an http:// or https:// URL without a query`},
		{"no signer", func(c *Config) { c.KeyEnvs = nil }, "keystores: no signer: give keystores, key_envs or dev_accounts"},
		{"a password file without keystores", func(c *Config) { c.PasswordFile = "pw" }, "password_file: given without keystores"},
		{"a key where a variable name belongs", func(c *Config) { c.KeyEnvs = []string{"KEY=0xabc"} },
			`key_envs: "<hidden>": want the name of an environment variable, not its value`},
		{"a dev account out of range", func(c *Config) { c.DevAccounts = []string{"12"} }, `dev_accounts: "12": want 0 to 9`},
		{"a negative batch size", func(c *Config) { c.BatchSize = -1 }, "batch_size: -1: want 1 or more (or 0 for the default)"},
		{"a negative wait", func(c *Config) { c.BatchWait = Duration(-time.Second) }, "batch_wait: -1s: want a positive duration (or 0 for the default)"},
		{"a settle lease too short to extend", func(c *Config) { c.SettleLease = Duration(time.Second) }, "settle_lease: 1s: want at least 3s (it is extended every third of it)"},
		{"no fee cap", func(c *Config) { c.MaxFeeCapWei = "" }, "max_fee_cap_wei: required (a positive decimal wei amount, like 100000000000 for 100 gwei)"},
		{"a fee cap in gwei words", func(c *Config) { c.MaxFeeCapWei = "100gwei" }, `max_fee_cap_wei: "100gwei": want a positive decimal wei amount`},
		{"a tip above the cap", func(c *Config) { c.MinTipWei = "200000000000" }, "min_tip_wei: 200000000000 is above max_fee_cap_wei 100000000000"},
		{"a bad minimum balance", func(c *Config) { c.MinBalance = "-1" }, `min_balance_wei: "-1": want a non-negative decimal wei amount`},
		{"a public listen address", func(c *Config) { c.Listen = "0.0.0.0:8090" },
			`listen: "0.0.0.0:8090": the health and metrics port listens on a loopback address only (127.0.0.1:port)`},
		{"a listen address without port", func(c *Config) { c.Listen = "8090" }, `listen: "8090": want 127.0.0.1:port`},
		{"a bad log level", func(c *Config) { c.LogLevel = "loud" }, `log_level: "loud": want debug, info, warn or error`},
		{"a bad log format", func(c *Config) { c.LogFormat = "xml" }, `log_format: "xml": want json or text`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := valid()
			tc.edit(&c)
			err := c.Check()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check: %v\nwant %q", err, tc.want)
			}
		})
	}
	t.Run("reports every bad setting at once", func(t *testing.T) {
		err := Config{}.Check()
		for _, k := range []string{"rpc_url", "coordinator", "redis_url", "keystores", "max_fee_cap_wei"} {
			if err == nil || !strings.Contains(err.Error(), k+":") {
				t.Errorf("%v does not name %s", err, k)
			}
		}
	})
	t.Run("deployments instead of an address", func(t *testing.T) {
		c := valid()
		c.Coordinator, c.Deployments = "", dir
		if err := c.Check(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestLoadLayers(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "oracle.yaml")
	yaml := "rpc_url: ws://from-file:8545\nbatch_wait: 500ms\nkey_envs: [A, B]\nconfirmations: 3\nmax_fee_cap_wei: \"7\"\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := loadConfig([]string{"--config", file, "--confirmations", "5", "--dev-accounts", "1, 2"},
		env(map[string]string{"MINIDAO_ORACLE_RPC_URL": "ws://from-env:8545", "MINIDAO_ORACLE_CONFIRMATIONS": "4"}), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case c.RPCURL != "ws://from-env:8545":
		t.Errorf("rpc_url %q: the environment overrides the file", c.RPCURL)
	case c.Confirmations != 5:
		t.Errorf("confirmations %d: flags override the environment", c.Confirmations)
	case c.BatchWait.D() != 500*time.Millisecond || c.MaxFeeCapWei != "7" || len(c.KeyEnvs) != 2:
		t.Errorf("from the file: %+v", c)
	case len(c.DevAccounts) != 2 || c.DevAccounts[1] != "2":
		t.Errorf("dev_accounts %q from a comma-separated flag", c.DevAccounts)
	}

	if err := os.WriteFile(file, []byte("rpc_ur1: x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadConfig([]string{"--config", file}, env(nil), io.Discard); err == nil || !strings.Contains(err.Error(), "rpc_ur1") {
		t.Errorf("an unknown key in the file: %v", err)
	}
	if _, err := loadConfig(nil, env(map[string]string{"MINIDAO_ORACLE_BATCH_SIZE": "ten"}), io.Discard); err == nil ||
		!strings.Contains(err.Error(), `MINIDAO_ORACLE_BATCH_SIZE: "ten" is not an integer`) {
		t.Errorf("a bad environment value: %v", err)
	}
}

// Bad settings exit 2 with every message, before anything is dialled, and
// never echo a key.
func TestRunRefusesBadSettings(t *testing.T) {
	var stderr bytes.Buffer
	secret := "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
	code := run(context.Background(), []string{"--rpc-url", "ftp://x", "--key-envs", "K=" + secret}, env(nil), &stderr)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	out := stderr.String()
	for _, want := range []string{"bad configuration", "rpc_url:", "coordinator:", "redis_url:", "max_fee_cap_wei:", "key_envs:"} {
		if !strings.Contains(out, want) {
			t.Errorf("stderr lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, secret[2:]) {
		t.Fatalf("stderr shows the key:\n%s", out)
	}
	if code := run(context.Background(), []string{"-h"}, env(nil), io.Discard); code != 0 {
		t.Errorf("-h exits %d, want 0", code)
	}
	if code := run(context.Background(), []string{"extra"}, env(nil), io.Discard); code != 2 {
		t.Errorf("a stray argument exits %d, want 2", code)
	}
}

// The example file in the repository loads and checks.
func TestExampleConfig(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "deployments"), 0o700); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	t.Chdir(dir)
	c, err := loadConfig([]string{"--config", filepath.Join(wd, "oracle.example.yaml")}, env(nil), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
}

// Signers load from every source; a key given twice is refused, and no
// message shows a key.
func TestLoadSigners(t *testing.T) {
	const key = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" // anvil's dev 1
	t.Setenv("ORACLE_TEST_KEY", "0x"+key)
	t.Setenv("ORACLE_TEST_BAD", "not-a-key")
	ks, err := loadSigners(Config{KeyEnvs: []string{"ORACLE_TEST_KEY"}, DevAccounts: []string{"2"}}, 31337)
	if err != nil || len(ks) != 2 {
		t.Fatalf("%v %v", ks, err)
	}
	if got := ks[0].Address.Hex(); got != "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" {
		t.Errorf("env key address %s", got)
	}
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"the same key twice", Config{KeyEnvs: []string{"ORACLE_TEST_KEY"}, DevAccounts: []string{"1"}}, "given twice"},
		{"a variable not holding a key", Config{KeyEnvs: []string{"ORACLE_TEST_BAD"}}, "ORACLE_TEST_BAD does not hold a hex secp256k1 private key"},
		{"an unset variable", Config{KeyEnvs: []string{"ORACLE_TEST_UNSET"}}, "ORACLE_TEST_UNSET is not set"},
		{"a missing keystore", Config{Keystores: []string{filepath.Join(t.TempDir(), "none.json")}}, "none.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadSigners(tc.cfg, 31337)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), key) || strings.Contains(err.Error(), "not-a-key") {
				t.Fatalf("the error shows the secret: %v", err)
			}
		})
	}
	if _, err := loadSigners(Config{DevAccounts: []string{"1"}}, 1); err == nil || !strings.Contains(err.Error(), "not a local devnet") {
		t.Errorf("a dev account on chain 1: %v", err)
	}
}

func TestDefaultInFlightFillsABlock(t *testing.T) {
	for _, tc := range []struct {
		gasLimit uint64
		batch    int
		want     int
	}{
		{30_000_000, 50, 16}, // anvil: 15 batches of ~2M gas fill a block, plus one
		{30_000_000, 0, 16},  // batch size 0: the batcher's default of 50
		{30_000_000, 10, 64}, // 76 would fill it: capped
		{1_000_000, 50, 4},   // a small chain keeps the floor
		{60_000_000, 50, 31},
	} {
		if got := inFlightFor(tc.gasLimit, tc.batch); got != tc.want {
			t.Errorf("inFlightFor(%d, %d) = %d, want %d", tc.gasLimit, tc.batch, got, tc.want)
		}
	}
}
