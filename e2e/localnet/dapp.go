package localnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
)

var (
	coordABI = bindings.NewInferenceCoordinator()
	askABI   = bindings.NewAskTheDAO()
)

// Status values of a request (RequestStatus).
const (
	StatusNone uint8 = iota
	StatusPending
	StatusFulfilled
	StatusRefunded
)

// Asked is a question sent through AskTheDAO.
type Asked struct {
	ID      common.Hash
	Request bindings.InferenceRequest // the terms, from InferenceRequested
	Receipt *types.Receipt
	Paid    *big.Int // what the asker sent (the rest came straight back)
}

// Ask asks question through the AskTheDAO at dapp from key, paying twice
// its price (the excess comes back).
func Ask(ctx context.Context, c *Chain, dapp common.Address, key *ecdsa.PrivateKey, question string) (*Asked, error) {
	price, err := Call(ctx, c, dapp, askABI.PackPrice(), askABI.UnpackPrice)
	if err != nil {
		return nil, fmt.Errorf("AskTheDAO.price: %w", err)
	}
	paid := new(big.Int).Mul(price, big.NewInt(2))
	r, err := c.Send(ctx, key, dapp, paid, askABI.PackAsk(question))
	if err != nil {
		return nil, fmt.Errorf("AskTheDAO.ask: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := coordABI.UnpackInferenceRequestedEvent(l); err == nil {
			return &Asked{ID: ev.RequestId, Request: ev.Request, Receipt: r, Paid: paid}, nil
		}
	}
	return nil, fmt.Errorf("AskTheDAO.ask: %w (InferenceRequested)", errNoEvent)
}

// Record is the coordinator's record of request id.
func Record(ctx context.Context, c *Chain, coord common.Address, id common.Hash) (bindings.RequestRecord, error) {
	return RecordAt(ctx, c, coord, id, nil)
}

// RecordAt is the coordinator's record of request id in block number (nil:
// the latest).
func RecordAt(ctx context.Context, c *Chain, coord common.Address, id common.Hash, number *big.Int) (bindings.RequestRecord, error) {
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &coord, Data: coordABI.PackRequest(id)}, number)
	if err != nil {
		return bindings.RequestRecord{}, err
	}
	return coordABI.UnpackRequest(out)
}

// Settlement is how a request ended.
type Settlement struct {
	Status    uint8
	Fulfilled *bindings.InferenceCoordinatorInferenceFulfilled // when fulfilled
	Receipt   *types.Receipt                                   // of the settling transaction
	Blocks    uint64                                           // from the request's block to the settling one
	Elapsed   time.Duration                                    // from the request's block time to the settling block's
}

// WaitSettled polls until request id is no longer pending, then reads how
// it was settled (searching logs from block `from`).
func WaitSettled(ctx context.Context, c *Chain, coord common.Address, id common.Hash, from *types.Receipt) (*Settlement, error) {
	for {
		rec, err := Record(ctx, c, coord, id)
		if err != nil {
			return nil, err
		}
		if rec.Status != StatusPending {
			return settlement(ctx, c, coord, id, rec.Status, from)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("request %s still pending: %w", id, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func settlement(ctx context.Context, c *Chain, coord common.Address, id common.Hash, status uint8, from *types.Receipt) (*Settlement, error) {
	s := &Settlement{Status: status}
	ev := "InferenceFulfilled"
	if status == StatusRefunded {
		ev = "InferenceRefunded"
	}
	a, err := bindings.InferenceCoordinatorMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from.BlockNumber, Addresses: []common.Address{coord},
		Topics: [][]common.Hash{{a.Events[ev].ID}, {id}}})
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("request %s: %d %s logs, want 1", id, len(logs), ev)
	}
	if status == StatusFulfilled {
		if s.Fulfilled, err = coordABI.UnpackInferenceFulfilledEvent(&logs[0]); err != nil {
			return nil, err
		}
	}
	if s.Receipt, err = c.TransactionReceipt(ctx, logs[0].TxHash); err != nil {
		return nil, err
	}
	h0, err := c.HeaderByNumber(ctx, from.BlockNumber)
	if err != nil {
		return nil, err
	}
	h1, err := c.HeaderByNumber(ctx, s.Receipt.BlockNumber)
	if err != nil {
		return nil, err
	}
	s.Blocks = h1.Number.Uint64() - h0.Number.Uint64()
	s.Elapsed = time.Duration(h1.Time-h0.Time) * time.Second
	return s, nil
}

// Ledger is every party's ETH credit at the coordinator.
type Ledger struct {
	Balances map[common.Address]*big.Int // balanceOf: workers, treasury, submitter, requester
	Revenue  map[common.Address]*big.Int // revenueOf: distributor, data pool
}

// ReadLedger reads the credits of accounts (balanceOf) and sinks (revenueOf).
func ReadLedger(ctx context.Context, c *Chain, coord common.Address, accounts, sinks []common.Address) (*Ledger, error) {
	l := &Ledger{Balances: map[common.Address]*big.Int{}, Revenue: map[common.Address]*big.Int{}}
	for _, a := range accounts {
		v, err := Call(ctx, c, coord, coordABI.PackBalanceOf(a, common.Address{}), coordABI.UnpackBalanceOf)
		if err != nil {
			return nil, err
		}
		l.Balances[a] = v
	}
	for _, s := range sinks {
		v, err := Call(ctx, c, coord, coordABI.PackRevenueOf(s, common.Address{}), coordABI.UnpackRevenueOf)
		if err != nil {
			return nil, err
		}
		l.Revenue[s] = v
	}
	return l, nil
}

// Shares is how the policy splits fee among n signers: each worker's
// share, the holders', the data pool's and the treasury's (its own share
// plus the rounding dust), as the coordinator computes them.
func Shares(fee *big.Int, split bindings.FeeSplit, n int) (worker, holders, data, treasury *big.Int) {
	bps := big.NewInt(10_000)
	part := func(b uint16) *big.Int { return new(big.Int).Div(new(big.Int).Mul(fee, big.NewInt(int64(b))), bps) }
	worker = new(big.Int).Div(part(split.WorkersBps), big.NewInt(int64(n)))
	holders, data = part(split.HoldersBps), part(split.DataPoolBps)
	treasury = new(big.Int).Sub(fee, new(big.Int).Mul(worker, big.NewInt(int64(n))))
	treasury.Sub(treasury, holders).Sub(treasury, data)
	return
}
