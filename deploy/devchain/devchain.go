// Package devchain starts local Ethereum chains for development and tests:
// anvil (from the repository's pinned npm package) as a child process, or
// go-ethereum's in-process simulated chain. It also knows anvil's well-known
// development accounts.
//
// It is not a deployment tool (see package deploy) and never talks to a
// public network.
package devchain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoAnvil means the anvil binary could not be found.
var ErrNoAnvil = errors.New("devchain: anvil not found (run scripts/setup, or set ANVIL to its path)")

// DevKeys are the private keys of the first ten accounts of anvil's default
// mnemonic ("test test test test test test test test test test test junk",
// m/44'/60'/0'/0/i). They are public knowledge: never use them on a real chain.
var DevKeys = [10]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// DevKey returns the private key of anvil's development account i (0..9).
func DevKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(DevKeys[i])
	if err != nil {
		panic(err) // constants above
	}
	return k
}

// DevAddress returns the address of anvil's development account i (0..9).
func DevAddress(i int) common.Address {
	return crypto.PubkeyToAddress(DevKey(i).PublicKey)
}

// RepoRoot walks up from the working directory to the folder holding go.work.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("devchain: go.work not found above the working directory")
		}
		dir = parent
	}
}

// AnvilPath finds anvil: $ANVIL, then the repository's node_modules, then PATH.
func AnvilPath() (string, error) {
	if p := os.Getenv("ANVIL"); p != "" {
		return p, nil
	}
	if root, err := RepoRoot(); err == nil {
		p := filepath.Join(root, "node_modules", ".bin", "anvil")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%w", ErrNoAnvil)
}
