// Package keys loads the signing key of a command that sends transactions:
// from a go-ethereum keystore file, from an environment variable holding a
// hex private key, or one of anvil's development accounts by number. It never
// prints or logs key material; errors name the source, never the secret.
package keys

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/devchain"
)

// Errors callers branch on.
var (
	ErrNoKey        = errors.New("no signing key: give --keystore FILE, --key-env VAR or --dev-account N")
	ErrTooManyKeys  = errors.New("give only one of --keystore, --key-env and --dev-account")
	ErrDevKeyOnLive = errors.New("development accounts are public: refused on a chain that is not a local devnet (chain id 31337 or 1337)")
)

// Source says where the key comes from; exactly one field is set.
type Source struct {
	Keystore     string // path of a keystore JSON file
	PasswordFile string // with Keystore: a file holding the password (else $MINIDAO_KEYSTORE_PASSWORD)
	Env          string // name of an environment variable holding a hex private key
	DevAccount   int    // anvil development account 0..9; -1 when unset
}

// Key is a loaded private key with its address.
type Key struct {
	Address common.Address
	Private *ecdsa.PrivateKey
	From    string // "keystore FILE", "env VAR" or "dev account N", for messages
}

// String never shows the secret.
func (k *Key) String() string { return k.Address.Hex() + " (" + k.From + ")" }

// DevChainIDs are the chain ids of local devnets: anvil's and the simulated chain's.
var DevChainIDs = map[uint64]bool{31337: true, 1337: true}

// Load reads the key. chainID guards development accounts.
func Load(s Source, chainID uint64) (*Key, error) {
	n := 0
	for _, set := range []bool{s.Keystore != "", s.Env != "", s.DevAccount >= 0} {
		if set {
			n++
		}
	}
	switch {
	case n == 0:
		return nil, ErrNoKey
	case n > 1:
		return nil, ErrTooManyKeys
	}
	switch {
	case s.DevAccount >= 0:
		if s.DevAccount >= len(devchain.DevKeys) {
			return nil, fmt.Errorf("--dev-account %d: want 0..%d", s.DevAccount, len(devchain.DevKeys)-1)
		}
		if !DevChainIDs[chainID] {
			return nil, fmt.Errorf("--dev-account on chain id %d: %w", chainID, ErrDevKeyOnLive)
		}
		k := devchain.DevKey(s.DevAccount)
		return &Key{crypto.PubkeyToAddress(k.PublicKey), k, fmt.Sprintf("dev account %d", s.DevAccount)}, nil
	case s.Env != "":
		v, ok := os.LookupEnv(s.Env)
		if !ok || strings.TrimSpace(v) == "" {
			return nil, fmt.Errorf("environment variable %s is not set", s.Env)
		}
		k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(v), "0x"))
		if err != nil {
			// The parse error could echo part of the value: do not wrap it.
			return nil, fmt.Errorf("environment variable %s does not hold a hex secp256k1 private key", s.Env)
		}
		return &Key{crypto.PubkeyToAddress(k.PublicKey), k, "env " + s.Env}, nil
	default:
		return loadKeystore(s)
	}
}

func loadKeystore(s Source) (*Key, error) {
	js, err := os.ReadFile(s.Keystore)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	pass, ok := os.LookupEnv("MINIDAO_KEYSTORE_PASSWORD")
	if s.PasswordFile != "" {
		b, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("keystore password file: %w", err)
		}
		pass, ok = strings.TrimRight(string(b), "\r\n"), true
	}
	if !ok {
		return nil, fmt.Errorf("keystore %s: no password (give --password-file or set MINIDAO_KEYSTORE_PASSWORD)", s.Keystore)
	}
	k, err := keystore.DecryptKey(js, pass)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", s.Keystore, err)
	}
	return &Key{k.Address, k.PrivateKey, "keystore " + s.Keystore}, nil
}
