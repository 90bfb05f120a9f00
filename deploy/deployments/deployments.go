// Package deployments reads and writes deployments/<chainId>.json: what the
// minidao commands deployed on a chain (the protocol's contracts with their
// code hashes, and every DAO), so that a re-run skips what is there and
// `minidao status` can describe the chain. It does not talk to a chain.
package deployments

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// ErrChainMismatch means the file describes another chain than the endpoint.
var ErrChainMismatch = errors.New("deployments file is for another chain")

// Contract is one deployed contract.
type Contract struct {
	Address  common.Address `json:"address"`
	CodeHash common.Hash    `json:"codeHash"`           // keccak256 of the runtime code on chain
	InitHash common.Hash    `json:"initHash,omitempty"` // keccak256 of creation code + constructor arguments
	Tx       common.Hash    `json:"tx,omitempty"`
}

// Model is a DAO's model as registered.
type Model struct {
	ID          uint64      `json:"id"`
	Name        string      `json:"name"`
	WeightsHash common.Hash `json:"weightsHash"`
}

// DAO is one deployed MiniDAO.
type DAO struct {
	Name        string         `json:"name"`
	Symbol      string         `json:"symbol"`
	Token       common.Address `json:"token"`
	Timelock    common.Address `json:"timelock"`
	Governor    common.Address `json:"governor"`
	Distributor common.Address `json:"distributor"`
	BountyBoard common.Address `json:"bountyBoard"`
	Models      []Model        `json:"models"`
	Tx          common.Hash    `json:"tx"`
}

// File is deployments/<chainId>.json.
type File struct {
	ChainID  uint64              `json:"chainId"`
	Protocol map[string]Contract `json:"protocol"` // by contract name
	DAOs     []DAO               `json:"daos"`
}

// Path is where the file for chainID lives under dir.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, strconv.FormatUint(chainID, 10)+".json")
}

// Load reads the file for chainID, or returns an empty one when there is none.
func Load(dir string, chainID uint64) (*File, error) {
	p := Path(dir, chainID)
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return &File{ChainID: chainID, Protocol: map[string]Contract{}}, nil
	}
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if f.ChainID != chainID {
		return nil, fmt.Errorf("%w: %s says chain id %d, the RPC endpoint is chain %d", ErrChainMismatch, p, f.ChainID, chainID)
	}
	if f.Protocol == nil {
		f.Protocol = map[string]Contract{}
	}
	return &f, nil
}

// Save writes the file atomically (a temporary file renamed into place).
func (f *File) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".deployments-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), Path(dir, f.ChainID))
}
