package localnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/protocol"
)

// WorkerModel is one entry of a worker's models.json.
type WorkerModel struct {
	ModelID     string      `json:"modelId"`
	Version     uint32      `json:"version"`
	WeightsHash common.Hash `json:"weightsHash"`
	Path        string      `json:"path"`
	MaxTokens   int         `json:"maxTokens,omitempty"`
	Sampling    Sampling    `json:"sampling"`
}

// Sampling is a version's sampling settings.
type Sampling struct {
	Temperature float32 `json:"temperature"`
	TopK        int     `json:"topK,omitempty"`
	TopP        float32 `json:"topP,omitempty"`
}

// Worker is one running worker.
type Worker struct {
	Index  int
	URL    string
	Signer common.Address
	Dir    string
	Proc   *Proc
	key    string
}

// WorkerOptions set up a worker.
type WorkerOptions struct {
	Index  int           // its key is WorkerKey(Index); its files go in <dir>/worker-<Index>
	Models []WorkerModel // models.json (paths absolute)
	// OnChain is the weightsHash registered on chain (one record per worker);
	// zero: the only model's.
	OnChain common.Hash
	// Listen is the address to serve on; empty: a free port.
	Listen string
}

// StartWorker writes the worker's models.json, registers and stakes it on
// the WorkerRegistry with a software attestation (`worker register`, the
// authority being DeployerKey and the stake OperatorKey's) and starts
// `worker serve`, waiting until it is ready.
func StartWorker(ctx context.Context, bins Binaries, c *Chain, f *deployments.File, logDir, dir string, o WorkerOptions) (*Worker, error) {
	wdir := filepath.Join(dir, fmt.Sprintf("worker-%d", o.Index))
	if err := os.MkdirAll(wdir, 0o755); err != nil {
		return nil, err
	}
	models, _ := json.MarshalIndent(o.Models, "", "  ")
	modelsPath, recordsPath := filepath.Join(wdir, "models.json"), filepath.Join(wdir, "records.json")
	if err := os.WriteFile(modelsPath, models, 0o644); err != nil {
		return nil, err
	}
	key := WorkerKey(o.Index)
	w := &Worker{Index: o.Index, Signer: crypto.PubkeyToAddress(key.PublicKey), Dir: wdir,
		key: fmt.Sprintf("%x", crypto.FromECDSA(key))}
	env := []string{"WORKER_KEY=" + w.key}
	name := fmt.Sprintf("worker-%d", o.Index)
	args := []string{"register", "--rpc", c.URL, "--registry", f.Protocol[protocol.WorkerRegistry].Address.Hex(),
		"--models", modelsPath, "--records", recordsPath, "--key-env", "WORKER_KEY",
		"--authority-dev-account", "0", "--operator-dev-account", "4"}
	if o.OnChain != (common.Hash{}) {
		args = append(args, "--onchain-weights", o.OnChain.Hex())
	}
	reg := NewProc(name+"-register", logDir, bins.Worker, args, env)
	if err := reg.Start(); err != nil {
		return nil, err
	}
	select {
	case <-reg.Done():
	case <-ctx.Done():
		reg.Kill()
		return nil, ctx.Err()
	}
	if reg.err != nil {
		return nil, fmt.Errorf("worker register: %v; log %s:\n%s", reg.err, reg.LogPath, reg.Tail(4000))
	}
	addr := o.Listen
	if addr == "" {
		var err error
		if addr, err = FreeAddr(); err != nil {
			return nil, err
		}
	}
	w.URL = "http://" + addr
	w.Proc = NewProc(name, logDir, bins.Worker, []string{"serve", "--listen", addr, "--models", modelsPath,
		"--records", recordsPath, "--key-env", "WORKER_KEY", "--chain-id", c.ChainID.String(),
		"--coordinator", f.Protocol[protocol.InferenceCoordinator].Address.Hex(),
		"--max-concurrent", "2", "--max-queue", "64", "--threads", "1"}, env)
	if err := w.Proc.Start(); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := w.Proc.WaitHTTP(rctx, w.URL+"/readyz"); err != nil {
		w.Proc.Kill()
		return nil, err
	}
	return w, nil
}

// Relayer is the running relayer.
type Relayer struct {
	URL  string // its API
	Proc *Proc
}

// StartRelayer starts the relayer on the chain's WebSocket endpoint and
// Redis at redisAddr, with the given workers, and waits until it is ready.
func StartRelayer(ctx context.Context, bins Binaries, wsURL string, f *deployments.File, redisAddr, logDir string, workers []string, extraEnv ...string) (*Relayer, error) {
	listen, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	env := append([]string{
		"MINIDAO_RELAYER_RPC_URL=" + wsURL,
		"MINIDAO_RELAYER_COORDINATOR=" + f.Protocol[protocol.InferenceCoordinator].Address.Hex(),
		"MINIDAO_RELAYER_WORKER_REGISTRY=" + f.Protocol[protocol.WorkerRegistry].Address.Hex(),
		"MINIDAO_RELAYER_MODEL_REGISTRY=" + f.Protocol[protocol.ModelRegistry].Address.Hex(),
		"MINIDAO_RELAYER_REDIS_ADDRS=" + redisAddr,
		"MINIDAO_RELAYER_WORKERS=" + strings.Join(workers, ","),
		"MINIDAO_RELAYER_LISTEN=" + listen,
		"MINIDAO_RELAYER_VISIBILITY_TIMEOUT=5s",
		"MINIDAO_RELAYER_POLL_INTERVAL=200ms",
		"MINIDAO_RELAYER_CONCURRENCY=16",
		"MINIDAO_RELAYER_ATTEST_TTL=2s",
		"MINIDAO_RELAYER_LOG_LEVEL=debug",
	}, extraEnv...)
	r := &Relayer{URL: "http://" + listen, Proc: NewProc("relayer", logDir, bins.Relayer, nil, env)}
	if err := r.Proc.Start(); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := r.Proc.WaitHTTP(rctx, r.URL+"/readyz"); err != nil {
		r.Proc.Kill()
		return nil, err
	}
	return r, nil
}

// Oracle is the running oracle.
type Oracle struct {
	URL  string // its health and metrics server
	Proc *Proc
}

// StartOracle starts the oracle (oracle/cmd/oracle), submitting from
// DeployerKey (anvil account 0), and waits until it is ready.
func StartOracle(ctx context.Context, bins Binaries, wsURL string, f *deployments.File, redisAddr, logDir string, extraEnv ...string) (*Oracle, error) {
	listen, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	env := append([]string{
		"MINIDAO_ORACLE_RPC_URL=" + wsURL,
		"MINIDAO_ORACLE_COORDINATOR=" + f.Protocol[protocol.InferenceCoordinator].Address.Hex(),
		"MINIDAO_ORACLE_REDIS_URL=redis://" + redisAddr,
		"MINIDAO_ORACLE_CONSUMER=oracle-1",
		"MINIDAO_ORACLE_DEV_ACCOUNTS=0",
		"MINIDAO_ORACLE_MAX_FEE_CAP_WEI=500000000000",
		"MINIDAO_ORACLE_BATCH_WAIT=300ms",
		"MINIDAO_ORACLE_POLL_INTERVAL=100ms",
		"MINIDAO_ORACLE_LISTEN=" + listen,
		"MINIDAO_ORACLE_LOG_LEVEL=debug",
	}, extraEnv...)
	o := &Oracle{URL: "http://" + listen, Proc: NewProc("oracle", logDir, bins.Oracle, nil, env)}
	if err := o.Proc.Start(); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := o.Proc.WaitHTTP(rctx, o.URL+"/readyz"); err != nil {
		o.Proc.Kill()
		return nil, err
	}
	return o, nil
}

// Fee is the model's fee for maxTokens.
func Fee(maxTokens uint32) *big.Int {
	return new(big.Int).Add(BaseFee, new(big.Int).Mul(PerTokenFee, big.NewInt(int64(maxTokens))))
}
