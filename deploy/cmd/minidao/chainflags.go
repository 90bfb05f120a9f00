package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/chain"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/keys"
	"github.com/minidao/minidao/deploy/protocol"
)

// chainFlags are the flags of every command that talks to a chain.
type chainFlags struct {
	rpc         string
	timeout     time.Duration
	deployments string
	key         keys.Source
}

func addChainFlags(fs *flag.FlagSet, withKey bool) *chainFlags {
	c := &chainFlags{}
	fs.StringVar(&c.rpc, "rpc", envOr("MINIDAO_RPC", chain.DefaultRPC), "JSON-RPC endpoint [$MINIDAO_RPC]")
	fs.DurationVar(&c.timeout, "dial-timeout", 5*time.Second, "give up on an endpoint that does not answer within this")
	fs.StringVar(&c.deployments, "deployments", envOr("MINIDAO_DEPLOYMENTS", "deployments"), "folder of the <chainId>.json deployment records [$MINIDAO_DEPLOYMENTS]")
	if withKey {
		dev, _ := strconv.Atoi(envOr("MINIDAO_DEV_ACCOUNT", "-1"))
		fs.StringVar(&c.key.Keystore, "keystore", envOr("MINIDAO_KEYSTORE", ""), "go-ethereum keystore `file` of the signing key [$MINIDAO_KEYSTORE]")
		fs.StringVar(&c.key.PasswordFile, "password-file", envOr("MINIDAO_PASSWORD_FILE", ""), "`file` holding the keystore's password (else $MINIDAO_KEYSTORE_PASSWORD)")
		fs.StringVar(&c.key.Env, "key-env", envOr("MINIDAO_KEY_ENV", ""), "name of an environment `variable` holding a hex private key [$MINIDAO_KEY_ENV]")
		fs.IntVar(&c.key.DevAccount, "dev-account", dev, "use anvil development account `N` (0..9; local devnets only) [$MINIDAO_DEV_ACCOUNT]")
	}
	return c
}

// connect dials the endpoint and loads its deployments file, which must be
// for the same chain.
func (c *chainFlags) connect(ctx context.Context) (*chain.Conn, *deployments.File, error) {
	conn, err := chain.Dial(ctx, c.rpc, c.timeout)
	if err != nil {
		return nil, nil, err
	}
	f, err := deployments.Load(c.deployments, conn.ChainID.Uint64())
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	return conn, f, nil
}

// deployer loads the key and makes a Deployer printing one line per step.
func (c *chainFlags) deployer(conn *chain.Conn, dryRun bool, progress io.Writer) (*protocol.Deployer, *keys.Key, error) {
	k, err := keys.Load(c.key, conn.ChainID.Uint64())
	if err != nil {
		if errors.Is(err, keys.ErrNoKey) || errors.Is(err, keys.ErrTooManyKeys) {
			return nil, nil, fmt.Errorf("%w: %w", errUsage, err)
		}
		return nil, nil, err
	}
	d := &protocol.Deployer{Backend: conn, Key: k.Private, ChainID: conn.ChainID, DryRun: dryRun, OnStep: printStep(progress)}
	return d, k, nil
}

func printStep(w io.Writer) func(protocol.Step) {
	return func(s protocol.Step) {
		switch {
		case s.Skipped && s.Address != (common.Address{}):
			fmt.Fprintf(w, "  skip    %-34s %s (already deployed)\n", s.Name, s.Address.Hex())
		case s.Skipped:
			fmt.Fprintf(w, "  skip    %-34s (already done)\n", s.Name)
		case s.Tx == (common.Hash{}):
			fmt.Fprintf(w, "  plan    %-34s ~%d gas\n", s.Name, s.Gas)
		case s.Address != (common.Address{}):
			fmt.Fprintf(w, "  deploy  %-34s %s  tx %s  gas %d\n", s.Name, s.Address.Hex(), s.Tx.Hex(), s.Gas)
		default:
			fmt.Fprintf(w, "  send    %-34s tx %s  gas %d\n", s.Name, s.Tx.Hex(), s.Gas)
		}
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
