package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/deploy/dao"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/devchain"
	"github.com/minidao/minidao/deploy/devmodel"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/deploy/spec"
	"github.com/minidao/minidao/e2e/localnet"
)

// upStep is one step of `minidao up`: its failure names it and the log to read.
type upStep struct {
	out  io.Writer
	name string
	log  string
	t0   time.Time
}

func (u *upStep) begin(name, log string) {
	u.name, u.log, u.t0 = name, log, time.Now()
	fmt.Fprintf(u.out, "==> %s\n", name)
}

func (u *upStep) fail(err error) error {
	msg := fmt.Sprintf("step %q failed: %v", u.name, err)
	if u.log != "" {
		msg += "\n    log: " + u.log
	}
	return errors.New(msg)
}

// up's defaults: the demo dApp's answer length and callback gas.
const (
	upMaxTokens   = 32
	upCallbackGas = 200_000
	upQuestion    = "Once upon a time"
)

// runUp is `minidao up`: the whole system on one machine, until Ctrl-C.
func runUp(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := newFlags("up", errOut)
	defPort, _ := strconv.Atoi(envOr("MINIDAO_PORT", "8545"))
	port := fs.Int("port", defPort, "the chain's JSON-RPC port on 127.0.0.1 [$MINIDAO_PORT]")
	model := fs.String("model", envOr("MINIDAO_MODEL", ""), "a GGUF model to serve (default: the devnet's seeded random-weight model) [$MINIDAO_MODEL]")
	specPath := fs.String("spec", envOr("MINIDAO_SPEC", "examples/dao.yaml"), "the DAO to create [$MINIDAO_SPEC]")
	deploymentsDir := fs.String("deployments", envOr("MINIDAO_DEPLOYMENTS", "deployments"), "folder of the <chainId>.json deployment records [$MINIDAO_DEPLOYMENTS]")
	workDir := fs.String("dir", envOr("MINIDAO_UP_DIR", ""), "folder for binaries, models and logs (default: a new temporary folder) [$MINIDAO_UP_DIR]")
	redisURL := fs.String("redis-url", envOr("REDIS_URL", ""), "use this Redis (redis://host:port) instead of starting redis-server [$REDIS_URL]")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *port <= 0 || *port > 65535 {
		return fmt.Errorf("%w: --port %d is not a TCP port", errUsage, *port)
	}
	redisAddr := ""
	if *redisURL != "" {
		a, err := redisHostPort(*redisURL)
		if err != nil {
			return fmt.Errorf("%w: --redis-url: %v", errUsage, err)
		}
		redisAddr = a
	}
	s, err := spec.Load(*specPath)
	if err != nil {
		return fmt.Errorf("%w: --spec: %v (run from the repository root, or give --spec FILE)", errUsage, err)
	}
	if len(s.Models) == 0 {
		return fmt.Errorf("%w: --spec %s has no model to serve", errUsage, *specPath)
	}
	if *model != "" {
		if _, err := os.Stat(*model); err != nil {
			return fmt.Errorf("%w: --model: %v", errUsage, err)
		}
	}
	root, err := devchain.RepoRoot()
	if err != nil {
		return fmt.Errorf("minidao up builds the services from the repository: run it from inside it (%w)", err)
	}
	dir := *workDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "minidao-up-"); err != nil {
			return err
		}
	}
	logDir := filepath.Join(dir, "logs")
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		return err
	}
	fmt.Fprintf(out, "minidao up: files and logs in %s\n", dir)

	u := &upStep{out: out}
	var procs []*localnet.Proc
	defer func() {
		fmt.Fprintln(out, "==> stopping")
		for i := len(procs) - 1; i >= 0; i-- {
			if err := procs[i].Stop(15 * time.Second); err != nil {
				fmt.Fprintf(errOut, "minidao up: %v\n", err)
			}
		}
	}()

	u.begin("build the worker, relayer, oracle and slm binaries", "")
	bins, err := localnet.Build(ctx, root, filepath.Join(dir, "bin"))
	if err != nil {
		return u.fail(err)
	}

	anvilLog := filepath.Join(logDir, "anvil.log")
	u.begin(fmt.Sprintf("start the chain (anvil on 127.0.0.1:%d)", *port), anvilLog)
	lf, err := os.Create(anvilLog)
	if err != nil {
		return u.fail(err)
	}
	defer lf.Close()
	anvil, err := devchain.StartAnvil(ctx, devchain.AnvilOptions{Port: *port, Log: lf})
	if err != nil {
		return u.fail(err)
	}
	defer anvil.Stop()
	c, err := localnet.Dial(ctx, anvil.URL)
	if err != nil {
		return u.fail(err)
	}
	defer c.Close()

	if redisAddr == "" {
		u.begin("start Redis (redis-server)", filepath.Join(logDir, "redis.log"))
		p, addr, err := startRedis(ctx, dir, logDir)
		if err != nil {
			return u.fail(err)
		}
		procs = append(procs, p)
		redisAddr = addr
	} else {
		u.begin("use Redis at "+redisAddr, "")
	}

	u.begin("deploy the protocol", "")
	f, err := localnet.DeployProtocol(ctx, c, printStep(out))
	if err != nil {
		return u.fail(err)
	}
	if err := f.Save(*deploymentsDir); err != nil {
		return u.fail(err)
	}

	u.begin("create the DAO "+strconv.Quote(s.Name)+" and its model", "")
	weights := *model
	if weights == "" {
		weights = filepath.Join(dir, "models", "devnet-example.gguf")
		if err := devmodel.Write(weights); err != nil {
			return u.fail(err)
		}
	}
	if weights, err = filepath.Abs(weights); err != nil {
		return u.fail(err)
	}
	s.Models = s.Models[:1]
	s.Models[0].Weights = weights
	runtime, err := sha256File(bins.Worker)
	if err != nil {
		return u.fail(err)
	}
	dep := &protocol.Deployer{Backend: c, Key: localnet.DeployerKey, ChainID: c.ChainID, OnStep: printStep(out)}
	res, err := dao.Create(ctx, dep, f, s, dao.Options{RuntimeMeasurement: runtime})
	if err != nil {
		return u.fail(err)
	}
	if err := f.Save(*deploymentsDir); err != nil {
		return u.fail(err)
	}
	d := res.DAO
	m := d.Models[0]
	modelID := new(big.Int).SetUint64(m.ID)
	fmt.Fprintf(out, "    DAO timelock %s, token %s, distributor %s; model %d (%s) weightsHash %s\n",
		d.Timelock.Hex(), d.Token.Hex(), d.Distributor.Hex(), m.ID, m.Name, m.WeightsHash.Hex())
	fmt.Fprintf(out, "    recorded in %s\n", deployments.Path(*deploymentsDir, f.ChainID))

	u.begin("deploy the example dApp (AskTheDAO)", "")
	dapp, err := localnet.DeployAskTheDAO(ctx, c, f, modelID, upMaxTokens, upCallbackGas)
	if err != nil {
		return u.fail(err)
	}
	fmt.Fprintf(out, "    AskTheDAO %s\n", dapp.Hex())

	var urls []string
	for i := 0; i < 3; i++ {
		u.begin(fmt.Sprintf("register, stake and start worker %d", i), filepath.Join(logDir, fmt.Sprintf("worker-%d.log", i)))
		w, err := localnet.StartWorker(ctx, bins, c, f, logDir, dir, localnet.WorkerOptions{Index: i,
			Models: []localnet.WorkerModel{{ModelID: modelID.String(), Version: 1, WeightsHash: m.WeightsHash, Path: weights,
				MaxTokens: int(s.Models[0].MaxTokens), Sampling: localnet.Sampling{Temperature: 0}}}})
		if err != nil {
			return u.fail(err)
		}
		procs = append(procs, w.Proc)
		urls = append(urls, w.URL)
		fmt.Fprintf(out, "    signer %s at %s\n", w.Signer.Hex(), w.URL)
	}

	u.begin("start the relayer", filepath.Join(logDir, "relayer.log"))
	from, err := localnet.DeployBlock(ctx, c, f)
	if err != nil {
		return u.fail(err)
	}
	// With no checkpoint in Redis (a first start, or a Redis that lost its
	// data) the relayer reads the chain from the coordinator's deployment.
	rel, err := localnet.StartRelayer(ctx, bins, anvil.WSURL, f, redisAddr, logDir, urls, fmt.Sprintf("MINIDAO_RELAYER_START_BLOCK=%d", from))
	if err != nil {
		return u.fail(err)
	}
	procs = append(procs, rel.Proc)

	u.begin("start the oracle", filepath.Join(logDir, "oracle.log"))
	orc, err := localnet.StartOracle(ctx, bins, anvil.WSURL, f, redisAddr, logDir)
	if err != nil {
		return u.fail(err)
	}
	procs = append(procs, orc.Proc)

	u.begin("ask the DAO's model a question through AskTheDAO", filepath.Join(logDir, "relayer.log"))
	if err := demoRequest(ctx, out, c, f, d, dapp); err != nil {
		return u.fail(err)
	}

	fmt.Fprintf(out, "\nMiniDAO is up.\n")
	fmt.Fprintf(out, "  chain RPC    %s (WebSocket %s), chain id %s\n", anvil.URL, anvil.WSURL, c.ChainID)
	fmt.Fprintf(out, "  relayer API  %s (GET /v1/requests/{id}, /v1/workers)\n", rel.URL)
	fmt.Fprintf(out, "  AskTheDAO    %s (model %d)\n", dapp.Hex(), m.ID)
	fmt.Fprintf(out, "  deployments  %s\n  logs         %s\n", deployments.Path(*deploymentsDir, f.ChainID), logDir)
	fmt.Fprintln(out, "Accounts 0-4 run the services; 5-9 are yours (anvil's public development keys, never use them elsewhere):")
	for i := 5; i < 10; i++ {
		fmt.Fprintf(out, "  (%d) %s  0x%s\n", i, devchain.DevAddress(i).Hex(), devchain.DevKeys[i])
	}
	fmt.Fprintf(out, "Try: cast send %s 'ask(string)' 'Tell me a story' --value 0.01ether --private-key 0x%s --rpc-url %s\n",
		dapp.Hex(), devchain.DevKeys[5], anvil.URL)
	fmt.Fprintln(out, "Press Ctrl-C to stop.")

	// Until Ctrl-C, or a service dies.
	dead := make(chan *localnet.Proc, len(procs))
	for _, p := range procs {
		go func() {
			select {
			case <-p.Done():
				dead <- p
			case <-ctx.Done():
			}
		}()
	}
	select {
	case <-ctx.Done():
		return nil
	case p := <-dead:
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("%s exited; log %s:\n%s", p.Name, p.LogPath, p.Tail(2000))
	case <-anvil.Done():
		return fmt.Errorf("the chain (anvil) exited; log %s", anvilLog)
	}
}

// demoRequest asks one question from dev account 4 (a service account:
// 5-9 stay untouched) and prints the answer, the settlement time and the
// fee split.
func demoRequest(ctx context.Context, out io.Writer, c *localnet.Chain, f *deployments.File, d deployments.DAO, dapp common.Address) error {
	coord := f.Protocol[protocol.InferenceCoordinator].Address
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	q, err := localnet.Ask(ctx, c, dapp, localnet.OperatorKey, upQuestion)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "    request %s\n", common.Hash(q.ID).Hex())
	set, err := localnet.WaitSettled(ctx, c, coord, q.ID, q.Receipt)
	if err != nil {
		return err
	}
	if set.Status != localnet.StatusFulfilled {
		return fmt.Errorf("request %s ended with status %d, not fulfilled", q.ID, set.Status)
	}
	split := q.Request.Split
	worker, holders, data, treasury := localnet.Shares(q.Request.Fee, split, len(set.Fulfilled.Workers))
	fmt.Fprintf(out, "\n  prompt   %q\n  answer   %q\n", upQuestion, set.Fulfilled.Output)
	fmt.Fprintf(out, "  settled  %d block(s), %s after the request (block time)\n", set.Blocks, set.Elapsed)
	fmt.Fprintf(out, "  fee      %s wei, split:\n", q.Request.Fee)
	for _, w := range set.Fulfilled.Workers {
		fmt.Fprintf(out, "    worker %s  %s wei (%d bps among %d)\n", w.Hex(), worker, split.WorkersBps, len(set.Fulfilled.Workers))
	}
	fmt.Fprintf(out, "    holders (distributor %s)  %s wei (%d bps)\n", q.Request.Distributor.Hex(), holders, split.HoldersBps)
	fmt.Fprintf(out, "    data pool (%s)  %s wei (%d bps)\n", q.Request.DataPool.Hex(), data, split.DataPoolBps)
	fmt.Fprintf(out, "    treasury (timelock %s)  %s wei (%d bps and the rounding dust)\n", q.Request.Treasury.Hex(), treasury, split.TreasuryBps)

	// The holders' revenue goes to the distributor, which streams it in.
	coordABI := bindings.NewInferenceCoordinator()
	if _, err := c.Send(ctx, localnet.OperatorKey, coord, nil, coordABI.PackForwardRevenue(d.Distributor, common.Address{})); err != nil {
		return fmt.Errorf("forwardRevenue: %w", err)
	}
	dist := bindings.NewRevenueDistributor()
	holder := localnet.Address(localnet.Holder1Key)
	now, err := localnet.Call(ctx, c, d.Distributor, dist.PackClaimable(holder, common.Address{}), dist.UnpackClaimable)
	if err != nil {
		return err
	}
	tok := bindings.NewManagementToken()
	bal, err := localnet.Call(ctx, c, d.Token, tok.PackBalanceOf(holder), tok.UnpackBalanceOf)
	if err != nil {
		return err
	}
	supply, err := localnet.Call(ctx, c, d.Token, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	if err != nil {
		return err
	}
	period, err := localnet.Call(ctx, c, d.Distributor, dist.PackStreamPeriod(), dist.UnpackStreamPeriod)
	if err != nil {
		return err
	}
	due := new(big.Int).Div(new(big.Int).Mul(holders, bal), supply)
	fmt.Fprintf(out, "  holder %s (%s of %s MT): claimable now %s wei; its %s wei of this fee streams in over %s\n",
		holder.Hex(), bal, supply, now, due, time.Duration(period.Int64())*time.Second)
	return nil
}

// startRedis starts redis-server on a free port, without persistence.
func startRedis(ctx context.Context, dir, logDir string) (*localnet.Proc, string, error) {
	addr, err := localnet.FreeAddr()
	if err != nil {
		return nil, "", err
	}
	_, port, _ := net.SplitHostPort(addr)
	data := filepath.Join(dir, "redis")
	if err := os.MkdirAll(data, 0o755); err != nil {
		return nil, "", err
	}
	p := localnet.NewProc("redis", logDir, "redis-server", []string{"--bind", "127.0.0.1", "--port", port,
		"--save", "", "--appendonly", "no", "--dir", data}, nil)
	if err := p.Start(); err != nil {
		return nil, "", fmt.Errorf("%w (is redis-server installed? `make setup` installs it; or set REDIS_URL)", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		conn, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			conn.Close()
			return p, addr, nil
		}
		if time.Now().After(deadline) || !p.Running() {
			p.Kill()
			return nil, "", fmt.Errorf("redis-server did not listen on %s", addr)
		}
		select {
		case <-ctx.Done():
			p.Kill()
			return nil, "", ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// redisHostPort takes redis://host:port (or host:port) to host:port.
func redisHostPort(u string) (string, error) {
	hp := strings.TrimPrefix(u, "redis://")
	if i := strings.IndexAny(hp, "/?"); i >= 0 {
		hp = hp[:i]
	}
	if strings.Contains(hp, "@") {
		return "", errors.New("passwords are not supported here: give a Redis without one")
	}
	if _, _, err := net.SplitHostPort(hp); err != nil {
		return "", fmt.Errorf("%q: want redis://host:port", u)
	}
	return hp, nil
}
