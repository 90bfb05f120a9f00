package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"runtime"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/deploy/keys"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/worker"
)

// RegisterConfig is `worker register`'s configuration.
type RegisterConfig struct {
	RPC           string // when set: stake and register on chain, with the chain id read from the node
	ChainID       uint64 // required without RPC; must match the node's with it
	Registry      string // the WorkerRegistry: the records' EIP-712 domain
	ModelsFile    string
	RecordsFile   string // written
	Key           keys.Source
	Authority     keys.Source
	Operator      keys.Source // stakes and sends the transaction; unset: the worker key
	Stake         string      // wei; empty: the registry's minimum
	OnChain       string      // weightsHash whose record is registered, when the worker serves several
	ModelRegistry string      // with RPC: read and check the models' weightsHash on chain
	HardwareClass string
	// InsecureAuthority allows the software authority on a chain that is not
	// a local devnet, where it would vouch for nothing but the worker's word.
	InsecureAuthority bool
}

// Check returns the first problem with the configuration, naming the flag.
func (c *RegisterConfig) Check() error {
	switch {
	case c.ChainID == 0 && c.RPC == "":
		return errors.New("--chain-id is required without --rpc")
	case c.Registry == "":
		return errors.New("--registry is required: the WorkerRegistry's address")
	case !common.IsHexAddress(c.Registry):
		return fmt.Errorf("--registry %q is not an address", c.Registry)
	case c.ModelsFile == "":
		return errors.New("--models is required: the same file `worker serve` reads")
	case c.RecordsFile == "":
		return errors.New("--records is required: where to write the countersigned records `worker serve --records` serves")
	case len(c.HardwareClass) > 32:
		return fmt.Errorf("--hardware-class %q: at most 32 bytes (a bytes32 on chain)", c.HardwareClass)
	case c.Stake != "" && c.RPC == "":
		return errors.New("--stake needs --rpc")
	case c.OnChain != "" && c.RPC == "":
		return errors.New("--onchain-weights needs --rpc")
	case c.ModelRegistry != "" && c.RPC == "":
		return errors.New("--model-registry needs --rpc")
	case c.ModelRegistry != "" && !common.IsHexAddress(c.ModelRegistry):
		return fmt.Errorf("--model-registry %q is not an address", c.ModelRegistry)
	case c.OnChain != "" && !isHash(c.OnChain):
		return fmt.Errorf("--onchain-weights %q: want a 32-byte 0x-hex weightsHash", c.OnChain)
	}
	if c.Stake != "" {
		if v, ok := new(big.Int).SetString(c.Stake, 10); !ok || v.Sign() <= 0 {
			return fmt.Errorf("--stake %q: want a positive amount of wei in decimal", c.Stake)
		}
	}
	return c.checkChain()
}

// checkChain refuses the software authority off devnets (once the chain id is known).
func (c *RegisterConfig) checkChain() error {
	if c.ChainID != 0 && !keys.DevChainIDs[c.ChainID] && !c.InsecureAuthority {
		return fmt.Errorf("chain id %d is not a local devnet: the software attestation authority checks nothing but the worker's own report; "+
			"use a hardware attestation authority, or give --insecure-software-authority", c.ChainID)
	}
	return nil
}

func isHash(s string) bool {
	b, err := hexutil.Decode(s)
	return err == nil && len(b) == common.HashLength
}

func registerFlags(stderr io.Writer) (*RegisterConfig, func([]string) error) {
	c := &RegisterConfig{}
	fs := newFlagSet("register", "--registry ADDR --models FILE --records FILE (--rpc URL | --chain-id N) (worker key) (--authority-... key) [--operator-... key]", stderr)
	fs.StringVar(&c.RPC, "rpc", "", "JSON-RPC `url` of the chain: stake and register (or re-attest) the worker there")
	fs.Uint64Var(&c.ChainID, "chain-id", 0, "chain id of the WorkerRegistry (read from --rpc when given)")
	fs.StringVar(&c.Registry, "registry", "", "WorkerRegistry `address` (the records' EIP-712 verifying contract)")
	fs.StringVar(&c.ModelsFile, "models", "", "models `file` (as for serve): every model's weights are checked and countersigned")
	fs.StringVar(&c.RecordsFile, "records", "", "records `file` to write, for `worker serve --records`")
	keyFlags(fs, &c.Key, "", "worker's signing key")
	keyFlags(fs, &c.Authority, "authority", "attestation authority's key (the registry's attestationVerifier)")
	keyFlags(fs, &c.Operator, "operator", "operator's key, which stakes (default: the worker's key)")
	fs.StringVar(&c.Stake, "stake", "", "stake in `wei` (default: the registry's minimum)")
	fs.StringVar(&c.OnChain, "onchain-weights", "", "`weightsHash` whose record goes on chain, when the worker serves several (one record per worker on chain)")
	fs.StringVar(&c.ModelRegistry, "model-registry", "", "ModelRegistry `address` (with --rpc): each model's weightsHash is read from, and checked against, the chain")
	fs.StringVar(&c.HardwareClass, "hardware-class", "cpu-"+runtime.GOARCH, "hardware class label (must match serve's)")
	fs.BoolVar(&c.InsecureAuthority, "insecure-software-authority", false, "allow the software authority on a chain that is not a local devnet")
	return c, func(args []string) error { return parseOrUsage(fs, args) }
}

// registerKeys are the keys `worker register` uses.
type registerKeys struct {
	worker, authority, operator *keys.Key
}

func loadRegisterKeys(c *RegisterConfig) (*registerKeys, error) {
	var k registerKeys
	var err error
	if k.worker, err = keys.Load(c.Key, c.ChainID); err != nil {
		return nil, fmt.Errorf("worker key: %w", err)
	}
	if k.authority, err = keys.Load(c.Authority, c.ChainID); err != nil {
		return nil, fmt.Errorf("authority key: %w", err)
	}
	k.operator = k.worker
	if c.Operator != (keys.Source{DevAccount: -1}) {
		if k.operator, err = keys.Load(c.Operator, c.ChainID); err != nil {
			return nil, fmt.Errorf("operator key: %w", err)
		}
	}
	return &k, nil
}

// connect dials --rpc, takes the chain id from the node and checks it.
func (c *RegisterConfig) connect(ctx context.Context) (*registryClient, error) {
	chain, err := dialRegistry(ctx, c.RPC, common.HexToAddress(c.Registry))
	if err != nil {
		return nil, err
	}
	if c.ChainID != 0 && c.ChainID != chain.chainID.Uint64() {
		chain.Close()
		return nil, fmt.Errorf("--chain-id %d, but --rpc serves chain %s", c.ChainID, chain.chainID)
	}
	c.ChainID = chain.chainID.Uint64()
	if err := c.checkChain(); err != nil {
		chain.Close()
		return nil, usageError{err}
	}
	return chain, nil
}

func runRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, parseArgs := registerFlags(stderr)
	if err := parseArgs(args); err != nil {
		return err
	}
	if err := c.Check(); err != nil {
		return usageError{err}
	}
	var chain *registryClient
	if c.RPC != "" {
		var err error
		if chain, err = c.connect(ctx); err != nil {
			return err
		}
		defer chain.Close()
	}
	k, err := loadRegisterKeys(c)
	if err != nil {
		return err
	}
	if chain != nil {
		if err := chain.ready(ctx, k.authority.Address, k.worker.Address); err != nil {
			return err
		}
	}
	measurement, err := attest.MeasureExecutable()
	if err != nil {
		return err
	}
	var client *ethclient.Client
	if chain != nil {
		client = chain.client
	}
	specs, err := readModels(ctx, c.ModelsFile, client, c.ModelRegistry, measurement, slog.New(slog.NewTextHandler(stderr, nil)))
	if err != nil {
		return err
	}
	recs, err := countersign(c, specs, measurement, k.worker, k.authority)
	if err != nil {
		return err
	}
	out := map[string]any{
		"records": c.RecordsFile, "signer": recs.Signer.Hex(), "authority": recs.Authority.Hex(),
		"runtimeMeasurement": recs.Models[0].Record.RuntimeMeasurement, "models": len(recs.Models),
	}
	if chain != nil {
		m, err := onChainRecord(recs, c.OnChain)
		if err != nil {
			return err
		}
		var stake *big.Int
		if c.Stake != "" {
			stake, _ = new(big.Int).SetString(c.Stake, 10) // checked by Check
		}
		reg, err := registerOnChain(ctx, chain, k.operator, *m.Record, m.VerifierSignature, stake)
		if err != nil {
			return err
		}
		out["onChain"], out["weightsHash"], out["operator"] = reg, m.WeightsHash, k.operator.Address.Hex()
	}
	// Written last: a failed registration leaves the previous file in place.
	if err := worker.WriteRecords(c.RecordsFile, recs); err != nil {
		return err
	}
	return json.NewEncoder(stdout).Encode(out)
}

// onChainRecord picks the record to register: the one for weights, or the
// only one.
func onChainRecord(recs *worker.Records, weights string) (*attest.Model, error) {
	if weights == "" {
		if len(recs.Models) > 1 {
			return nil, fmt.Errorf("the worker serves %d different weights and the registry holds one record per worker: choose with --onchain-weights", len(recs.Models))
		}
		return &recs.Models[0], nil
	}
	for i := range recs.Models {
		if recs.Models[i].WeightsHash == common.HexToHash(weights) {
			return &recs.Models[i], nil
		}
	}
	return nil, fmt.Errorf("--onchain-weights %s: no served model has these weights", weights)
}

// countersign makes the worker's report (its runtime is this binary:
// `worker serve` from the same file reports the same measurement) over every served weights hash and
// has the software authority countersign one record per weights hash.
func countersign(c *RegisterConfig, specs []worker.ModelSpec, measurement common.Hash, wk, ak *keys.Key) (*worker.Records, error) {
	var served []attest.Model
	seen := map[common.Hash]bool{}
	for _, s := range specs {
		if err := worker.VerifyWeights(s); err != nil {
			return nil, err
		}
		if !seen[s.WeightsHash] {
			seen[s.WeightsHash] = true
			served = append(served, attest.Model{WeightsHash: s.WeightsHash})
		}
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	report, err := attest.NewAttester(wk.Private, measurement, c.HardwareClass).Report(nonce, served)
	if err != nil {
		return nil, err
	}
	registry := common.HexToAddress(c.Registry)
	auth := attest.NewAuthority(ak.Private, attest.RegistryDomain(new(big.Int).SetUint64(c.ChainID), registry))
	recs := &worker.Records{ChainID: c.ChainID, Registry: registry, Authority: auth.Address(), Signer: wk.Address}
	for _, m := range served {
		rec, sig, err := auth.Countersign(report, nonce, m.WeightsHash)
		if err != nil {
			return nil, fmt.Errorf("countersign weights %s: %w", m.WeightsHash, err)
		}
		recs.Models = append(recs.Models, attest.Model{WeightsHash: m.WeightsHash, Record: &rec, VerifierSignature: sig})
	}
	return recs, recs.Check()
}
