package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"runtime"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/keys"
	"github.com/minidao/minidao/inference/attest"
	"github.com/minidao/minidao/inference/worker"
)

// RegisterConfig is `worker register`'s configuration.
type RegisterConfig struct {
	ChainID       uint64
	Registry      string // the WorkerRegistry: the records' EIP-712 domain
	ModelsFile    string
	RecordsFile   string // written
	Key           keys.Source
	Authority     keys.Source
	HardwareClass string
	// InsecureAuthority allows the software authority on a chain that is not
	// a local devnet, where it would vouch for nothing but the worker's word.
	InsecureAuthority bool
}

// Check returns the first problem with the configuration, naming the flag.
func (c *RegisterConfig) Check() error {
	switch {
	case c.ChainID == 0:
		return errors.New("--chain-id is required")
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
	case !keys.DevChainIDs[c.ChainID] && !c.InsecureAuthority:
		return fmt.Errorf("--chain-id %d is not a local devnet: the software attestation authority checks nothing but the worker's own report; "+
			"use a hardware attestation authority, or give --insecure-software-authority", c.ChainID)
	}
	return nil
}

func runRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := &RegisterConfig{}
	fs := newFlagSet("register", "--chain-id N --registry ADDR --models FILE --records FILE (worker key) (--authority-... key)", stderr)
	fs.Uint64Var(&c.ChainID, "chain-id", 0, "chain id of the WorkerRegistry")
	fs.StringVar(&c.Registry, "registry", "", "WorkerRegistry `address` (the records' EIP-712 verifying contract)")
	fs.StringVar(&c.ModelsFile, "models", "", "models `file` (as for serve): every model's weights are checked and countersigned")
	fs.StringVar(&c.RecordsFile, "records", "", "records `file` to write, for `worker serve --records`")
	keyFlags(fs, &c.Key, "", "worker's signing key")
	keyFlags(fs, &c.Authority, "authority", "attestation authority's key (the registry's attestationVerifier)")
	fs.StringVar(&c.HardwareClass, "hardware-class", "cpu-"+runtime.GOARCH, "hardware class label (must match serve's)")
	fs.BoolVar(&c.InsecureAuthority, "insecure-software-authority", false, "allow the software authority on a chain that is not a local devnet")
	if err := parseOrUsage(fs, args); err != nil {
		return err
	}
	if err := c.Check(); err != nil {
		return usageError{err}
	}
	recs, err := countersign(c)
	if err != nil {
		return err
	}
	if err := worker.WriteRecords(c.RecordsFile, recs); err != nil {
		return err
	}
	return json.NewEncoder(stdout).Encode(map[string]any{
		"records": c.RecordsFile, "signer": recs.Signer.Hex(), "authority": recs.Authority.Hex(),
		"runtimeMeasurement": recs.Models[0].Record.RuntimeMeasurement, "models": len(recs.Models),
	})
}

// countersign makes the worker's report over every served weights hash and
// has the software authority countersign one record per weights hash.
func countersign(c *RegisterConfig) (*worker.Records, error) {
	wk, err := keys.Load(c.Key, c.ChainID)
	if err != nil {
		return nil, fmt.Errorf("worker key: %w", err)
	}
	ak, err := keys.Load(c.Authority, c.ChainID)
	if err != nil {
		return nil, fmt.Errorf("authority key: %w", err)
	}
	specs, err := worker.ReadModelsFile(c.ModelsFile)
	if err != nil {
		return nil, err
	}
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
	// The runtime is this binary: `worker serve` from the same file reports the same measurement.
	measurement, err := attest.MeasureExecutable()
	if err != nil {
		return nil, err
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
