package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/inference/worker"
)

// readModels reads the models file and, when registry is set, reconciles it
// with the chain's ModelRegistry (weightsHash and maxTokens; see
// worker.Reconcile). A version whose approved runtime is not this binary is
// served, with a warning: the coordinator will not accept this worker's
// signatures for it until the DAO approves this runtime or the worker runs
// the approved one.
func readModels(ctx context.Context, file string, client *ethclient.Client, registry string, measurement common.Hash, log *slog.Logger) ([]worker.ModelSpec, error) {
	specs, err := worker.ReadModelsFile(file)
	if err != nil {
		return nil, err
	}
	if registry == "" {
		return specs, worker.CheckModelSpecs(specs)
	}
	mr := bindings.NewModelRegistry()
	inst := mr.Instance(client, common.HexToAddress(registry))
	lookup := func(s worker.ModelSpec) (worker.ChainVersion, error) {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		v, err := bind.Call(inst, &bind.CallOpts{Context: cctx}, mr.PackModelVersion(s.ModelID.Int, s.Version), mr.UnpackModelVersion)
		if err != nil {
			return worker.ChainVersion{}, revert.Wrap(err)
		}
		if v.RuntimeMeasurement != measurement {
			log.Warn("this binary is not the runtime the model version approves: the coordinator will refuse its results for it",
				"model", s.ModelID, "version", s.Version, "approvedRuntime", common.Hash(v.RuntimeMeasurement), "runtime", measurement)
		}
		return worker.ChainVersion{WeightsHash: v.WeightsHash, RuntimeMeasurement: v.RuntimeMeasurement, MaxTokens: v.MaxTokens}, nil
	}
	specs, err = worker.Reconcile(specs, lookup)
	if err != nil {
		return nil, fmt.Errorf("--model-registry %s: %w", registry, err)
	}
	return specs, nil
}

// dial connects to a JSON-RPC endpoint within 15 seconds.
func dial(ctx context.Context, url string) (*ethclient.Client, error) {
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dctx, url)
	if err != nil {
		return nil, fmt.Errorf("--rpc %s: %w", url, err)
	}
	if _, err := client.ChainID(dctx); err != nil {
		client.Close()
		return nil, fmt.Errorf("--rpc %s: %w", url, err)
	}
	return client, nil
}
