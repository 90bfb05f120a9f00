// Package dao creates a MiniDAO from a checked spec (package spec): one
// MiniDAOFactory.createDAO transaction that deploys the DAO's contracts and
// registers its initial models, then decodes the DAOCreated and
// ModelRegistered events and records the DAO in the deployments file.
//
// It does not post the spec's data bounties: DataBountyBoard.postBounty is
// callable by the DAO's timelock only, so bounties are a governance proposal
// after creation (Bounties says how many were left for it). It does not
// deploy the protocol (package protocol does).
package dao

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/protocol"
	"github.com/minidao/minidao/deploy/spec"
)

// Errors callers branch on.
var (
	ErrNoProtocol        = errors.New("the protocol is not deployed on this chain (run `minidao deploy protocol` first)")
	ErrNoRuntime         = errors.New("no runtime measurement")
	ErrUnexpectedReceipt = errors.New("createDAO receipt lacks the expected events")
	errNoCodeAtFactory   = errors.New("no contract at the recorded MiniDAOFactory address")
)

// DefaultStreamPeriod is the distributor's anti-sniping stream when the spec
// sets none.
const DefaultStreamPeriod = 86_400

// Options complete a spec with what it may leave to the command line.
type Options struct {
	// RuntimeMeasurement is used for every model whose spec has no
	// runtime_measurement: the sha256 of the worker binary the DAO approves.
	RuntimeMeasurement common.Hash
}

// Result is a created (or, in a dry run, planned) DAO.
type Result struct {
	DAO deployments.DAO
	Gas uint64 // used, or estimated in a dry run
	// PendingBounties is how many of the spec's bounties were not posted:
	// only the DAO's timelock can post them.
	PendingBounties int
}

// Config turns a spec into the factory's DAOConfig, hashing every model's
// weights file. It reads files but no chain.
func Config(s *spec.DAO, o Options) (bindings.IMiniDAOFactoryDAOConfig, []common.Hash, error) {
	c := bindings.IMiniDAOFactoryDAOConfig{
		Name:              s.Name,
		Symbol:            s.Symbol,
		BountyMintBudget:  s.MintBudget.Big(),
		VotingDelay:       new(big.Int).SetUint64(s.Governance.VotingDelay),
		VotingPeriod:      uint32(s.Governance.VotingPeriod),
		ProposalThreshold: s.Governance.ProposalThreshold.Big(),
		QuorumNumerator:   new(big.Int).SetUint64(s.Governance.QuorumPercent),
		TimelockDelay:     new(big.Int).SetUint64(s.Governance.TimelockDelay),
		StreamPeriod:      streamPeriod(s),
		Curators:          []common.Address{},
		PaymentTokens:     []common.Address{},
		Split: bindings.FeeSplit{
			WorkersBps: s.Split.Workers, HoldersBps: s.Split.Holders,
			DataPoolBps: s.Split.DataPool, TreasuryBps: s.Split.Treasury,
		},
	}
	for _, a := range s.Allocations {
		c.Holders = append(c.Holders, common.HexToAddress(a.Address))
		c.Amounts = append(c.Amounts, a.Amount.Big())
	}
	for _, cur := range s.Curators {
		c.Curators = append(c.Curators, common.HexToAddress(cur))
	}
	tokens := map[common.Address]bool{}
	hashes := make([]common.Hash, len(s.Models))
	for i, m := range s.Models {
		h, err := s.WeightsHash(i)
		if err != nil {
			return c, nil, err
		}
		hashes[i] = h
		rt := o.RuntimeMeasurement
		if m.RuntimeMeasurement != "" {
			rt = common.HexToHash(m.RuntimeMeasurement)
		}
		if rt == (common.Hash{}) {
			return c, nil, fmt.Errorf("%w for models[%d] (%s): set its runtime_measurement in the spec, or give --runtime-measurement or --worker-binary",
				ErrNoRuntime, i, m.Name)
		}
		price := bindings.Price{BaseFee: m.Price.BaseFee.Big(), PerTokenFee: m.Price.PerTokenFee.Big()}
		if m.Price.Token != "" {
			price.Token = common.HexToAddress(m.Price.Token)
			// The DAO's distributor and data pool must accept the token.
			if !tokens[price.Token] {
				tokens[price.Token] = true
				c.PaymentTokens = append(c.PaymentTokens, price.Token)
			}
		}
		c.Models = append(c.Models, bindings.IMiniDAOFactoryInitialModel{
			Version: bindings.ModelVersion{
				WeightsHash: h, RuntimeMeasurement: rt, Uri: m.URI,
				MaxOutputBytes: m.MaxOutputBytes, MaxTokens: m.MaxTokens,
			},
			Price:  price,
			Policy: bindings.VerificationPolicy{K: m.Verification.K, N: m.Verification.N, MinWorkerStake: m.Verification.MinWorkerStake.Big()},
		})
	}
	return c, hashes, nil
}

func streamPeriod(s *spec.DAO) *big.Int {
	if s.Governance.RevenueStreamPeriod == 0 {
		return big.NewInt(DefaultStreamPeriod)
	}
	return new(big.Int).SetUint64(s.Governance.RevenueStreamPeriod)
}

// Create sends createDAO for s through d (or only estimates it when
// d.DryRun) and, when sent, appends the DAO to f. The caller saves f.
func Create(ctx context.Context, d *protocol.Deployer, f *deployments.File, s *spec.DAO, o Options) (*Result, error) {
	cfg, hashes, err := Config(s, o)
	if err != nil {
		return nil, err
	}
	facRec, ok := f.Protocol[protocol.Factory]
	regRec, ok2 := f.Protocol[protocol.ModelRegistry]
	if !ok || !ok2 {
		return nil, ErrNoProtocol
	}
	code, err := d.Backend.CodeAt(ctx, facRec.Address, nil)
	if err != nil {
		return nil, fmt.Errorf("read MiniDAOFactory code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w %s: %w", errNoCodeAtFactory, facRec.Address.Hex(), ErrNoProtocol)
	}
	fac := bindings.NewMiniDAOFactory()
	data := fac.PackCreateDAO(cfg)
	res := &Result{PendingBounties: len(s.Bounties)}
	res.DAO = deployments.DAO{Name: s.Name, Symbol: s.Symbol}
	for i, m := range s.Models {
		res.DAO.Models = append(res.DAO.Models, deployments.Model{Name: m.Name, WeightsHash: hashes[i]})
	}
	// The estimate runs createDAO: a config the contracts refuse fails here,
	// with the decoded custom error, before anything is sent.
	name := "MiniDAOFactory.createDAO(" + s.Name + ")"
	gas, err := d.Backend.EstimateGas(ctx, ethereum.CallMsg{From: d.From(), To: &facRec.Address, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s would fail: %w", name, revert.Wrap(err))
	}
	if d.DryRun {
		d.Report(protocol.Step{Name: name, Gas: gas})
		res.Gas = gas
		return res, nil
	}
	if err := d.CheckFunds(ctx, gas+gas/5); err != nil {
		return nil, err
	}
	rcpt, err := d.Send(ctx, name, fac.Instance(d.Backend, facRec.Address), data)
	if err != nil {
		return nil, err
	}
	res.Gas = rcpt.GasUsed
	if err := decode(rcpt, facRec.Address, regRec.Address, &res.DAO); err != nil {
		return nil, err
	}
	f.DAOs = append(f.DAOs, res.DAO)
	return res, nil
}

// decode fills dao's addresses and model ids from the receipt's events.
func decode(rcpt *types.Receipt, factory, registry common.Address, dao *deployments.DAO) error {
	fac, reg := bindings.NewMiniDAOFactory(), bindings.NewModelRegistry()
	created, models := false, 0
	for _, l := range rcpt.Logs {
		switch {
		case l.Address == factory && len(l.Topics) > 0 && l.Topics[0] == fac.GetABI().Events[bindings.MiniDAOFactoryDAOCreatedEventName].ID:
			ev, err := fac.UnpackDAOCreatedEvent(l)
			if err != nil {
				return fmt.Errorf("decode DAOCreated: %w", err)
			}
			dao.Token, dao.Timelock, dao.Governor = ev.Token, ev.Timelock, ev.Governor
			dao.Distributor, dao.BountyBoard = ev.Distributor, ev.BountyBoard
			created = true
		case l.Address == registry && len(l.Topics) > 0 && l.Topics[0] == reg.GetABI().Events[bindings.ModelRegistryModelRegisteredEventName].ID:
			ev, err := reg.UnpackModelRegisteredEvent(l)
			if err != nil {
				return fmt.Errorf("decode ModelRegistered: %w", err)
			}
			if models >= len(dao.Models) {
				return fmt.Errorf("%w: more ModelRegistered events than models", ErrUnexpectedReceipt)
			}
			dao.Models[models].ID = ev.ModelId.Uint64()
			models++
		}
	}
	if !created || models != len(dao.Models) {
		return fmt.Errorf("%w: DAOCreated %v, %d of %d ModelRegistered", ErrUnexpectedReceipt, created, models, len(dao.Models))
	}
	dao.Tx = rcpt.TxHash
	return nil
}
