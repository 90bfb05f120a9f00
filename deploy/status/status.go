// Package status reads what is deployed on a chain: the protocol's contracts
// (found through deployments/<chainId>.json) and every DAO the factory created
// with its models, all read from the chain itself. `minidao status` prints it;
// tests use it to check a deployment whichever tool made it (the Go deployer
// or the forge scripts).
package status

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/deploy/deployments"
	"github.com/minidao/minidao/deploy/protocol"
)

// ErrNoProtocol means the deployments file records no factory or registry.
var ErrNoProtocol = errors.New("no protocol recorded for this chain (run `minidao deploy protocol` or `minidao devnet`)")

// Backend is what reading the status needs of a chain.
type Backend interface {
	bind.ContractBackend // Instance wants one; only calls and logs are used
}

// Report is a chain's MiniDAO deployment.
type Report struct {
	ChainID  uint64     `json:"chainId"`
	Protocol []Contract `json:"protocol"`
	Owner    string     `json:"owner"` // the ModelRegistry's owner: protocol governance
	DAOs     []DAO      `json:"daos"`
}

// Contract is one protocol contract and whether its code is on chain as recorded.
type Contract struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	OnChain bool           `json:"onChain"` // code with the recorded hash is there
}

// DAO is one MiniDAO, as the chain describes it.
type DAO struct {
	Name        string            `json:"name"`
	Symbol      string            `json:"symbol"`
	Token       common.Address    `json:"token"`
	Timelock    common.Address    `json:"timelock"`
	Governor    common.Address    `json:"governor"`
	Distributor common.Address    `json:"distributor"`
	BountyBoard common.Address    `json:"bountyBoard"`
	Split       bindings.FeeSplit `json:"split"`
	Models      []Model           `json:"models"`
}

// Model is one of a DAO's models.
type Model struct {
	ID            uint64         `json:"id"`
	ActiveVersion uint32         `json:"activeVersion"`
	Versions      uint32         `json:"versions"`
	WeightsHash   common.Hash    `json:"weightsHash"`
	URI           string         `json:"uri"`
	PriceToken    common.Address `json:"priceToken"` // zero: ETH
	BaseFee       *big.Int       `json:"baseFee"`
	PerTokenFee   *big.Int       `json:"perTokenFee"`
	K             uint8          `json:"k"`
	N             uint8          `json:"n"`
	Paused        bool           `json:"paused"`
}

// Read reads the protocol recorded in f and every DAO its factory created.
func Read(ctx context.Context, b Backend, f *deployments.File) (*Report, error) {
	facRec, ok := f.Protocol[protocol.Factory]
	regRec, ok2 := f.Protocol[protocol.ModelRegistry]
	if !ok || !ok2 {
		return nil, ErrNoProtocol
	}
	r := &Report{ChainID: f.ChainID, DAOs: []DAO{}}
	var extra []string // recorded names this version does not know, last
	for n := range f.Protocol {
		if !slices.Contains(protocol.Names, n) {
			extra = append(extra, n)
		}
	}
	sort.Strings(extra)
	for _, n := range append(slices.Clone(protocol.Names), extra...) {
		c, ok := f.Protocol[n]
		if !ok {
			continue
		}
		code, err := b.CodeAt(ctx, c.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("read code of %s: %w", n, err)
		}
		r.Protocol = append(r.Protocol, Contract{Name: n, Address: c.Address, OnChain: len(code) > 0 && (c.CodeHash == common.Hash{} || hash(code) == c.CodeHash)})
	}
	reg := bindings.NewModelRegistry()
	regC := reg.Instance(b, regRec.Address)
	opts := &bind.CallOpts{Context: ctx}
	owner, err := bind.Call(regC, opts, reg.PackOwner(), reg.UnpackOwner)
	if err != nil {
		return nil, fmt.Errorf("ModelRegistry.owner at %s: %w", regRec.Address.Hex(), revert.Wrap(err))
	}
	r.Owner = owner.Hex()

	daos, err := created(ctx, b, facRec.Address)
	if err != nil {
		return nil, err
	}
	byTimelock := map[common.Address]int{}
	for i := range daos {
		d := &daos[i]
		byTimelock[d.Timelock] = i
		tok := bindings.NewManagementToken()
		tc := tok.Instance(b, d.Token)
		if d.Name, err = bind.Call(tc, opts, tok.PackName(), tok.UnpackName); err != nil {
			return nil, fmt.Errorf("token name of %s: %w", d.Token.Hex(), revert.Wrap(err))
		}
		if d.Symbol, err = bind.Call(tc, opts, tok.PackSymbol(), tok.UnpackSymbol); err != nil {
			return nil, fmt.Errorf("token symbol of %s: %w", d.Token.Hex(), revert.Wrap(err))
		}
		rd, err := bind.Call(regC, opts, reg.PackDao(d.Timelock), reg.UnpackDao)
		if err != nil {
			return nil, fmt.Errorf("ModelRegistry.dao(%s): %w", d.Timelock.Hex(), revert.Wrap(err))
		}
		d.Split = rd.Split
		d.Models = []Model{}
	}
	count, err := bind.Call(regC, opts, reg.PackModelCount(), reg.UnpackModelCount)
	if err != nil {
		return nil, fmt.Errorf("ModelRegistry.modelCount: %w", revert.Wrap(err))
	}
	for id := uint64(1); id <= count.Uint64(); id++ {
		m, err := bind.Call(regC, opts, reg.PackModel(new(big.Int).SetUint64(id)), reg.UnpackModel)
		if err != nil {
			return nil, fmt.Errorf("ModelRegistry.model(%d): %w", id, revert.Wrap(err))
		}
		i, ok := byTimelock[m.Dao]
		if !ok {
			continue // a DAO registered by another registrar
		}
		v, err := bind.Call(regC, opts, reg.PackModelVersion(new(big.Int).SetUint64(id), m.ActiveVersion), reg.UnpackModelVersion)
		if err != nil {
			return nil, fmt.Errorf("ModelRegistry.modelVersion(%d, %d): %w", id, m.ActiveVersion, revert.Wrap(err))
		}
		daos[i].Models = append(daos[i].Models, Model{
			ID: id, ActiveVersion: m.ActiveVersion, Versions: m.VersionCount, WeightsHash: v.WeightsHash, URI: v.Uri,
			PriceToken: m.Price.Token, BaseFee: m.Price.BaseFee, PerTokenFee: m.Price.PerTokenFee,
			K: m.Policy.K, N: m.Policy.N, Paused: m.Paused,
		})
	}
	r.DAOs = daos
	return r, nil
}

// created lists the factory's DAOs from its DAOCreated events, oldest first.
func created(ctx context.Context, b Backend, factory common.Address) ([]DAO, error) {
	fac := bindings.NewMiniDAOFactory()
	ev := fac.GetABI().Events[bindings.MiniDAOFactoryDAOCreatedEventName]
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{factory}, Topics: [][]common.Hash{{ev.ID}},
	})
	if err != nil {
		return nil, fmt.Errorf("read DAOCreated events of the factory %s: %w", factory.Hex(), err)
	}
	out := make([]DAO, 0, len(logs))
	for i := range logs {
		e, err := fac.UnpackDAOCreatedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decode DAOCreated: %w", err)
		}
		out = append(out, DAO{Token: e.Token, Timelock: e.Timelock, Governor: e.Governor, Distributor: e.Distributor, BountyBoard: e.BountyBoard})
	}
	return out, nil
}

func hash(code []byte) common.Hash { return crypto.Keccak256Hash(code) }
