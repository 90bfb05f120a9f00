package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/deploy/keys"
	"github.com/minidao/minidao/inference/attest"
)

// registryClient is the WorkerRegistry through its generated binding.
type registryClient struct {
	client  *ethclient.Client
	chainID *big.Int
	abi     *bindings.WorkerRegistry
	inst    *bind.BoundContract
	addr    common.Address
}

// dialRegistry connects to the node and checks that the registry has code.
func dialRegistry(ctx context.Context, url string, registry common.Address) (*registryClient, error) {
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dctx, url)
	if err != nil {
		return nil, fmt.Errorf("--rpc %s: %w", url, err)
	}
	chainID, err := client.ChainID(dctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("--rpc %s: chain id: %w", url, err)
	}
	code, err := client.CodeAt(dctx, registry, nil)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("--rpc %s: %w", url, err)
	}
	if len(code) == 0 {
		client.Close()
		return nil, fmt.Errorf("--registry %s: no contract there on chain %s", registry, chainID)
	}
	wr := bindings.NewWorkerRegistry()
	return &registryClient{client: client, chainID: chainID, abi: wr, inst: wr.Instance(client, registry), addr: registry}, nil
}

func (r *registryClient) Close() { r.client.Close() }

func (r *registryClient) verifier(ctx context.Context) (common.Address, error) {
	v, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx}, r.abi.PackAttestationVerifier(), r.abi.UnpackAttestationVerifier)
	return v, revert.Wrap(err)
}

func (r *registryClient) minStake(ctx context.Context) (*big.Int, error) {
	v, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx}, r.abi.PackMinStake(), r.abi.UnpackMinStake)
	return v, revert.Wrap(err)
}

func (r *registryClient) worker(ctx context.Context, signer common.Address) (bindings.WorkerInfo, error) {
	v, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx}, r.abi.PackWorker(signer), r.abi.UnpackWorker)
	return v, revert.Wrap(err)
}

func (r *registryClient) eligible(ctx context.Context, rec attest.Record, minStake *big.Int) (bool, error) {
	v, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx},
		r.abi.PackIsEligible(rec.Signer, rec.RuntimeMeasurement, rec.WeightsHash, minStake), r.abi.UnpackIsEligible)
	return v, revert.Wrap(err)
}

// send sends calldata with value from key and waits for a successful receipt.
func (r *registryClient) send(ctx context.Context, key *keys.Key, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(key.Private, r.chainID)
	opts.Context, opts.Value = ctx, value
	tx, err := bind.Transact(r.inst, opts, data)
	if err != nil {
		return nil, revert.Wrap(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	rc, err := bind.WaitMined(wctx, r.client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("transaction %s: %w", tx.Hash(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s reverted in block %d", tx.Hash(), rc.BlockNumber)
	}
	return rc, nil
}

// sameBinding reports whether the registry's record binds the worker to the
// same runtime, weights and hardware as rec (then there is nothing to re-attest).
func sameBinding(a bindings.Attestation, rec attest.Record) bool {
	return a.Signer == rec.Signer && a.RuntimeMeasurement == rec.RuntimeMeasurement && a.WeightsHash == rec.WeightsHash && a.HardwareClass == rec.HardwareClass
}

// ready checks that the registry trusts authority, then waits past the
// worker's current record (see waitPastRecord).
func (r *registryClient) ready(ctx context.Context, authority, signer common.Address) error {
	v, err := r.verifier(ctx)
	if err != nil {
		return fmt.Errorf("attestationVerifier: %w", err)
	}
	if v != authority {
		return fmt.Errorf("the registry's attestation verifier is %s, the --authority key is %s: the registry would refuse its records", v, authority)
	}
	return r.waitPastRecord(ctx, signer)
}

// waitPastRecord waits until the clock is past the issuedAt of the worker's
// record on chain (a record is only replaced by a strictly newer one, and the
// authority stamps records with the current second).
func (r *registryClient) waitPastRecord(ctx context.Context, signer common.Address) error {
	info, err := r.worker(ctx, signer)
	if err != nil {
		return fmt.Errorf("worker(%s): %w", signer, err)
	}
	issued := time.Unix(int64(info.Attestation.IssuedAt), 0)
	if wait := time.Until(issued.Add(time.Second)); wait > 0 {
		if wait > time.Minute {
			return fmt.Errorf("the registry's record for %s was issued at %s, in the future: check this machine's clock", signer, issued.UTC().Format(time.RFC3339))
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func toBinding(rec attest.Record) bindings.Attestation {
	return bindings.Attestation{
		Signer: rec.Signer, RuntimeMeasurement: rec.RuntimeMeasurement, WeightsHash: rec.WeightsHash,
		HardwareClass: rec.HardwareClass, ReportHash: rec.ReportHash, IssuedAt: rec.IssuedAt,
	}
}

// registration is what registerOnChain did.
type registration struct {
	Action string      `json:"action"` // "register", "re-attest" or "unchanged"
	Tx     common.Hash `json:"tx,omitzero"`
	Stake  string      `json:"stake"` // wei, after the transaction
}

// registerOnChain registers the worker with rec and stake (nil: the
// registry's minimum), or re-attests it when its operator registered it
// already with another runtime, weights or hardware class.
func registerOnChain(ctx context.Context, r *registryClient, operator *keys.Key, rec attest.Record, sig []byte, stake *big.Int) (*registration, error) {
	info, err := r.worker(ctx, rec.Signer)
	if err != nil {
		return nil, fmt.Errorf("worker(%s): %w", rec.Signer, err)
	}
	min, err := r.minStake(ctx)
	if err != nil {
		return nil, fmt.Errorf("minStake: %w", err)
	}
	var rc *types.Receipt
	action := "register"
	switch {
	case info.Operator != (common.Address{}) && info.Operator == operator.Address && !info.Slashed && sameBinding(info.Attestation, rec):
		return &registration{Action: "unchanged", Stake: info.Stake.String()}, nil
	case info.Operator == (common.Address{}):
		if stake == nil {
			stake = min
		}
		if stake.Cmp(min) < 0 {
			return nil, fmt.Errorf("--stake %s wei is below the registry's minimum of %s wei", stake, min)
		}
		rc, err = r.send(ctx, operator, r.abi.PackRegister(toBinding(rec), sig), stake)
	case info.Operator != operator.Address:
		return nil, fmt.Errorf("worker %s is registered by operator %s, not %s: only its operator may re-attest it", rec.Signer, info.Operator, operator.Address)
	case info.Slashed:
		return nil, fmt.Errorf("worker %s was slashed: it can never be eligible again; use a new worker key", rec.Signer)
	default:
		action = "re-attest"
		rc, err = r.send(ctx, operator, r.abi.PackAttest(toBinding(rec), sig), nil)
	}
	if err != nil {
		return nil, fmt.Errorf("%s on chain: %w", action, err)
	}
	if info, err = r.worker(ctx, rec.Signer); err != nil {
		return nil, err
	}
	ok, err := r.eligible(ctx, rec, min)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("the transaction succeeded but the registry does not list the worker as eligible")
	}
	return &registration{Action: action, Tx: rc.TxHash, Stake: info.Stake.String()}, nil
}
