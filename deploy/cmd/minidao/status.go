package main

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/minidao/minidao/deploy/status"
)

func runStatus(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := newFlags("status", errOut)
	cf := addChainFlags(fs, false)
	asJSON := fs.Bool("json", false, "print the status as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	conn, f, err := cf.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	r, err := status.Read(ctx, conn, f)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(out, r)
	}
	fmt.Fprintf(out, "chain %d at %s\nprotocol (owner %s):\n", r.ChainID, cf.rpc, r.Owner)
	for _, c := range r.Protocol {
		state := ""
		if !c.OnChain {
			state = "  MISSING: no code with the recorded hash (redeploy with `minidao deploy protocol`)"
		}
		fmt.Fprintf(out, "  %-22s %s%s\n", c.Name, c.Address.Hex(), state)
	}
	fmt.Fprintf(out, "%d DAO(s)\n", len(r.DAOs))
	for _, d := range r.DAOs {
		fmt.Fprintf(out, "DAO %s (%s)\n", d.Name, d.Symbol)
		fmt.Fprintf(out, "  token       %s\n  timelock    %s (treasury)\n  governor    %s\n  distributor %s\n  bountyBoard %s\n",
			d.Token.Hex(), d.Timelock.Hex(), d.Governor.Hex(), d.Distributor.Hex(), d.BountyBoard.Hex())
		fmt.Fprintf(out, "  fee split   workers %d, holders %d, data pool %d, treasury %d (bps)\n",
			d.Split.WorkersBps, d.Split.HoldersBps, d.Split.DataPoolBps, d.Split.TreasuryBps)
		if len(d.Models) == 0 {
			fmt.Fprintln(out, "  no models")
		}
		for _, m := range d.Models {
			paused := ""
			if m.Paused {
				paused = ", paused"
			}
			fmt.Fprintf(out, "  model %d: version %d of %d, price %s + %s per token, %d-of-%d%s, weights %s\n",
				m.ID, m.ActiveVersion, m.Versions, amount(m.BaseFee, m.PriceToken), amount(m.PerTokenFee, m.PriceToken), m.K, m.N, paused, m.WeightsHash.Hex())
		}
	}
	return nil
}

// amount shows wei of ETH in ether, and token amounts in base units.
func amount(v *big.Int, token common.Address) string {
	if token != (common.Address{}) {
		return v.String() + " of token " + token.Hex()
	}
	return trimZeros(new(big.Rat).SetFrac(v, big.NewInt(params.Ether)).FloatString(18)) + " ETH"
}

func trimZeros(s string) string {
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
