package main

import (
	"flag"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/deploy/spec"
)

// paramFlags are the protocol's settings for `deploy protocol`. The defaults
// are a devnet's (protocol.DevnetParams); a public chain wants a longer
// unbonding delay, a real stake and its governance as owner and guardian.
type paramFlags struct {
	owner, guardian, minStake string
	unbonding, timeout        time.Duration
	maxPrompt, reporterBps    uint
}

func addParamFlags(fs *flag.FlagSet) *paramFlags {
	dev := protocol.DevnetParams(common.Address{}, common.Address{})
	p := &paramFlags{}
	fs.StringVar(&p.owner, "owner", envOr("MINIDAO_OWNER", ""), "protocol governance `address`: owns the registries and the coordinator (default: the deployer) [$MINIDAO_OWNER]")
	fs.StringVar(&p.guardian, "guardian", envOr("MINIDAO_GUARDIAN", ""), "`address` that may pause new requests (default: the owner) [$MINIDAO_GUARDIAN]")
	fs.StringVar(&p.minStake, "min-worker-stake", envOr("MINIDAO_MIN_WORKER_STAKE", "0.1 ether"), "least stake a worker registers with [$MINIDAO_MIN_WORKER_STAKE]")
	fs.DurationVar(&p.unbonding, "unbonding-delay", time.Duration(dev.UnbondingDelay)*time.Second, "from a worker's unbonding to its withdrawal (a public chain: days)")
	fs.DurationVar(&p.timeout, "request-timeout", time.Duration(dev.RequestTimeout)*time.Second, "from a request to its deadline")
	fs.UintVar(&p.maxPrompt, "max-prompt-bytes", uint(dev.MaxPromptBytes), "longest prompt the coordinator accepts")
	fs.UintVar(&p.reporterBps, "reporter-bps", uint(dev.ReporterBps), "share of a slashed stake for whoever proves equivocation, in basis points")
	return p
}

func (p *paramFlags) check() error {
	for name, v := range map[string]string{"--owner": p.owner, "--guardian": p.guardian} {
		if v != "" && (!common.IsHexAddress(v) || common.HexToAddress(v) == (common.Address{})) {
			return fmt.Errorf("%w: %s %q is not a non-zero address", errUsage, name, v)
		}
	}
	if _, err := spec.ParseAmount(p.minStake); err != nil {
		return fmt.Errorf("%w: --min-worker-stake: %v", errUsage, err)
	}
	switch {
	case p.unbonding < 0 || p.unbonding%time.Second != 0:
		return fmt.Errorf("%w: --unbonding-delay %s is not a whole number of seconds", errUsage, p.unbonding)
	case p.timeout < time.Minute || p.timeout > 30*24*time.Hour:
		return fmt.Errorf("%w: --request-timeout %s is not within 1m..720h", errUsage, p.timeout)
	case p.maxPrompt == 0 || p.maxPrompt > 1<<20:
		return fmt.Errorf("%w: --max-prompt-bytes %d is not within 1..1048576", errUsage, p.maxPrompt)
	case p.reporterBps > 10_000:
		return fmt.Errorf("%w: --reporter-bps %d is above 10000", errUsage, p.reporterBps)
	}
	return nil
}

// params returns the checked settings; deployer is the default owner.
func (p *paramFlags) params(deployer, verifier common.Address) protocol.Params {
	owner := deployer
	if p.owner != "" {
		owner = common.HexToAddress(p.owner)
	}
	guardian := owner
	if p.guardian != "" {
		guardian = common.HexToAddress(p.guardian)
	}
	stake, _ := spec.ParseAmount(p.minStake) // checked
	out := protocol.DevnetParams(owner, verifier)
	out.Guardian = guardian
	out.MinWorkerStake = new(big.Int).Set(stake)
	out.UnbondingDelay = uint64(p.unbonding / time.Second)
	out.RequestTimeout = uint32(p.timeout / time.Second)
	out.MaxPromptBytes = uint32(p.maxPrompt)
	out.ReporterBps = uint16(p.reporterBps)
	return out
}
