package settings_test

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/minidao/minidao/relayer/settings"
)

type config struct {
	URL     string            `yaml:"rpc_url" help:"endpoint"`
	Blocks  uint64            `yaml:"blocks" help:"count"`
	Workers int               `yaml:"workers" help:"workers"`
	Names   []string          `yaml:"names" help:"names"`
	Wait    settings.Duration `yaml:"wait" help:"wait"`
}

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestFileThenEnvThenFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	yaml := "rpc_url: http://file:8545\nblocks: 7\nworkers: 2\nnames: [a, b]\nwait: 3s\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	var c config
	err := settings.Load(&c, "test", "T_", []string{"--workers", "9", "--names", "x, y,"},
		env(map[string]string{"T_CONFIG": file, "T_BLOCKS": "12", "T_WORKERS": "5"}), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want := config{URL: "http://file:8545", Blocks: 12, Workers: 9, Names: []string{"x", "y"}, Wait: settings.Duration(3 * time.Second)}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got %+v, want %+v", c, want)
	}
}

func TestBadValuesNameTheirSource(t *testing.T) {
	var c config
	err := settings.Load(&c, "test", "T_", []string{"--wait", "soon", "--workers", "many"},
		env(map[string]string{"T_BLOCKS": "-1"}), io.Discard)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{`T_BLOCKS: "-1" is not a non-negative integer`, `--wait: "soon" is not a duration`, `--workers: "many" is not an integer`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestUnknownYAMLKeyAndStrayArgument(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(file, []byte("rpc_urll: x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var c config
	if err := settings.Load(&c, "test", "T_", []string{"--config", file}, env(nil), io.Discard); err == nil || !strings.Contains(err.Error(), "rpc_urll") {
		t.Errorf("unknown key: %v", err)
	}
	if err := settings.Load(&c, "test", "T_", []string{"serve"}, env(nil), io.Discard); err == nil || !strings.Contains(err.Error(), `unexpected argument "serve"`) {
		t.Errorf("stray argument: %v", err)
	}
	if err := settings.Load(c, "test", "T_", nil, env(nil), io.Discard); err == nil {
		t.Error("a struct value (not a pointer) was accepted")
	}
}

func TestRedactHidesCredentialsAndPath(t *testing.T) {
	if got := settings.Redact("https://user:secret@rpc.example/v3/KEY"); got != "https://rpc.example/..." {
		t.Errorf("Redact = %q", got)
	}
	if !settings.IsAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3") || settings.IsAddress("5FbDB2315678afecb367f032d93F642f64180aa3") {
		t.Error("IsAddress")
	}
}
