package keys_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/keys"
)

func TestLoadFromEachSource(t *testing.T) {
	dir := t.TempDir()
	// A keystore file encrypted with light scrypt parameters, as a test would.
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.NewAccount("s3cret")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEST_MINIDAO_KEY", "0x"+devchain.DevKeys[4])

	tests := []struct {
		name string
		src  keys.Source
		want string
	}{
		{"a keystore file with a password file", keys.Source{Keystore: acc.URL.Path, PasswordFile: pw, DevAccount: -1}, acc.Address.Hex()},
		{"an environment variable", keys.Source{Env: "TEST_MINIDAO_KEY", DevAccount: -1}, devchain.DevAddress(4).Hex()},
		{"a development account on anvil", keys.Source{DevAccount: 2}, devchain.DevAddress(2).Hex()},
	}
	for _, tt := range tests {
		t.Run("loads from "+tt.name, func(t *testing.T) {
			k, err := keys.Load(tt.src, 31337)
			if err != nil {
				t.Fatal(err)
			}
			if k.Address.Hex() != tt.want || crypto.PubkeyToAddress(k.Private.PublicKey) != k.Address {
				t.Fatalf("address %s, want %s", k.Address.Hex(), tt.want)
			}
			if strings.Contains(k.String(), devchain.DevKeys[4]) {
				t.Fatal("String() shows the private key")
			}
		})
	}
}

func TestLoadRefusals(t *testing.T) {
	t.Setenv("TEST_MINIDAO_BAD", "not-a-key-deadbeef")
	tests := []struct {
		name    string
		src     keys.Source
		chainID uint64
		want    error
		msg     string
	}{
		{"no source", keys.Source{DevAccount: -1}, 31337, keys.ErrNoKey, ""},
		{"two sources", keys.Source{Env: "X", DevAccount: 1}, 31337, keys.ErrTooManyKeys, ""},
		{"a dev account on mainnet", keys.Source{DevAccount: 0}, 1, keys.ErrDevKeyOnLive, ""},
		{"a dev account out of range", keys.Source{DevAccount: 10}, 31337, nil, "want 0..9"},
		{"an unset variable", keys.Source{Env: "TEST_MINIDAO_UNSET", DevAccount: -1}, 31337, nil, "is not set"},
		{"a variable that is no key", keys.Source{Env: "TEST_MINIDAO_BAD", DevAccount: -1}, 31337, nil, "does not hold"},
		{"a missing keystore", keys.Source{Keystore: "/nonexistent/key.json", DevAccount: -1}, 31337, nil, "no such file"},
	}
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			_, err := keys.Load(tt.src, tt.chainID)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %q, want it to contain %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), "deadbeef") {
				t.Fatal("error echoes the secret")
			}
		})
	}
}
