// Package batcher settles agreed inference results on-chain in batches: it
// gathers results from a Source until a batch is full or its oldest result
// has waited long enough, holds back what is about to expire or whose
// prepaid gas does not cover its share of the batch's cost at today's
// prices, sends the rest as one coordinator transaction through a
// txmgr.Sender, and records each request's outcome in a Store.
//
// It knows neither Redis nor the coordinator's ABI: the job queue adapts to
// Source and Store, the coordinator's bindings to Coordinator. It does not
// watch settlement events or reorgs (the oracle's follower does), and after
// a restart it relies on its Store for what was already sent.
package batcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/oracle/txmgr"
)

// Item is one agreed result ready to settle. R is what the Coordinator
// packs (the coordinator's InferenceResult).
type Item[R any] struct {
	RequestID common.Hash
	Deadline  time.Time // the request cannot be fulfilled after it
	// GasPrepaid is the wei the request escrowed for its fulfilment gas;
	// the coordinator reimburses the submitter at most this much.
	GasPrepaid *big.Int
	// GasWeight is the request's relative share of a batch's gas: the
	// coordinator's per-result overhead plus the request's callback gas
	// limit (what its prepayment was quoted on).
	GasWeight uint64
	// Resumed says a transaction may already have settled it (one was
	// recorded for it before a restart or a reorg): its on-chain status is
	// read before it is sent. A fresh item is sent without that read; if
	// someone else settled it meanwhile, the coordinator skips it in the
	// batch and the receipt says so.
	Resumed bool
	Result  R
}

// Source hands out results to settle.
type Source[R any] interface {
	// Next returns up to max items, waiting up to wait for at least one; no
	// items and no error when none came.
	Next(ctx context.Context, max int, wait time.Duration) ([]Item[R], error)
}

// Coordinator is what the batcher needs of the coordinator's bindings.
type Coordinator[R any] interface {
	// Address is the coordinator's address.
	Address() common.Address
	// PackFulfill is the calldata of fulfill(results).
	PackFulfill(results []R) ([]byte, error)
	// Outcomes reads a mined fulfill's receipt: for each request id in its
	// logs, nil if it was fulfilled, or why it was skipped.
	Outcomes(r *types.Receipt) (map[common.Hash]error, error)
}

// StatusChecker is implemented by a Coordinator that can read requests'
// on-chain status. The batcher then drops, before sending, the results of
// requests that are no longer pending: settled by an earlier run (whose
// transactions txmgr.Manager.Reconcile has settled first), refunded, or
// unknown. This is what keeps a restarted oracle from paying to submit a
// settled request again.
type StatusChecker interface {
	// NotPending returns, for each of ids that is not pending, its status:
	// "fulfilled", "refunded" or "none".
	NotPending(ctx context.Context, ids []common.Hash) (map[common.Hash]string, error)
}

// Chain is what the batcher reads from a node to price a batch.
// *ethclient.Client implements it.
type Chain interface {
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Kind is what became of an item.
type Kind string

// The outcomes the batcher records.
const (
	Settled  Kind = "settled"  // fulfilled on-chain by Tx
	Rejected Kind = "rejected" // the coordinator skipped it in Tx, for Reason
	HeldBack Kind = "held"     // not sent: its prepaid gas does not cover its share now
	Expired  Kind = "expired"  // not sent: its deadline is (about to be) passed
	Retry    Kind = "retry"    // not sent, or sent and certainly not mined: offer it again
	Unknown  Kind = "unknown"  // sent in Tx (or a replacement) and may still be mined
)

// Outcome is recorded once per item and attempt.
type Outcome struct {
	RequestID common.Hash
	Kind      Kind
	Tx        common.Hash // the settling transaction, when there is one
	Reason    string
}

// Store records what happened to each request.
type Store interface {
	// Submitting records that tx will carry these requests, before it is
	// sent (and again for each replacement). An error keeps tx unsent.
	Submitting(ctx context.Context, ids []common.Hash, tx common.Hash) error
	// Record records an item's outcome.
	Record(ctx context.Context, o Outcome) error
}

// Config tunes a Batcher. Zero values take the defaults noted.
type Config struct {
	// MaxBatch is the most results in one transaction. Default 50.
	MaxBatch int
	// MaxWait is how long the first result of a batch waits for others.
	// Default 2s.
	MaxWait time.Duration
	// MaxInFlight is how many batches may be awaiting receipts at once.
	// Default 4.
	MaxInFlight int
	// DeadlineMargin: results whose deadline is closer than this are not
	// sent (they would be rejected, unpaid). Default 30s.
	DeadlineMargin time.Duration
	// BaseFeeHeadroomPercent is added to the latest base fee when pricing a
	// batch, for the blocks before inclusion (each may raise it 12.5%).
	// Default 25.
	BaseFeeHeadroomPercent uint64
	// GasLimitMarginPercent is added to the estimate as the gas limit. Default 10.
	GasLimitMarginPercent uint64
	// MaxSplits bounds how often a batch that fails estimation is halved to
	// isolate the result that makes it revert. Default 6.
	MaxSplits int
	// ReuseEstimate is how long a gas estimate is reused for batches of the
	// same shape (as many results, the same total gas weight, calldata of
	// the same size to 256 bytes): a node estimates by executing the batch
	// a dozen times over (a binary search), which at full blocks costs it
	// more than mining them. A batch priced from a reused estimate is
	// checked by one eth_call with the gas limit it will be sent with: a
	// revert or too little gas drops the estimate and estimates afresh.
	// Default 1m; negative estimates every batch.
	ReuseEstimate time.Duration
	// Logger receives key/value logs; default slog.Default().
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.MaxBatch == 0 {
		c.MaxBatch = 50
	}
	if c.MaxWait == 0 {
		c.MaxWait = 2 * time.Second
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = 4
	}
	if c.DeadlineMargin == 0 {
		c.DeadlineMargin = 30 * time.Second
	}
	if c.BaseFeeHeadroomPercent == 0 {
		c.BaseFeeHeadroomPercent = 25
	}
	if c.GasLimitMarginPercent == 0 {
		c.GasLimitMarginPercent = 10
	}
	if c.MaxSplits == 0 {
		c.MaxSplits = 6
	}
	if c.ReuseEstimate == 0 {
		c.ReuseEstimate = time.Minute
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Check reports the first invalid field.
func (c *Config) Check() error {
	switch {
	case c.MaxBatch < 0:
		return errors.New("batcher: MaxBatch must not be negative")
	case c.MaxInFlight < 0:
		return errors.New("batcher: MaxInFlight must not be negative")
	case c.MaxSplits < 0:
		return errors.New("batcher: MaxSplits must not be negative")
	case c.MaxWait < 0, c.DeadlineMargin < 0:
		return errors.New("batcher: durations must not be negative")
	}
	return nil
}

// Batcher gathers results into batches and settles them.
type Batcher[R any] struct {
	cfg    Config
	src    Source[R]
	coord  Coordinator[R]
	chain  Chain
	sender txmgr.Sender
	from   common.Address
	store  Store
	log    *slog.Logger
	now    func() time.Time

	mu        sync.Mutex
	estimates map[shape]estimate
}

// shape is what a batch's gas depends on, to the precision estimates are
// reused at.
type shape struct {
	results int
	weight  uint64
	words   int // calldata length / 256, rounded up
}

type estimate struct {
	gas uint64
	at  time.Time
}

// New makes a batcher that sends from the address `from` (the sender's, for
// gas estimation).
func New[R any](cfg Config, src Source[R], coord Coordinator[R], chain Chain, sender txmgr.Sender, from common.Address, store Store) (*Batcher[R], error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if src == nil || coord == nil || chain == nil || sender == nil || store == nil {
		return nil, errors.New("batcher: source, coordinator, chain, sender and store are all required")
	}
	cfg = cfg.withDefaults()
	return &Batcher[R]{cfg: cfg, src: src, coord: coord, chain: chain, sender: sender, from: from,
		store: store, log: cfg.Logger, now: time.Now, estimates: map[shape]estimate{}}, nil
}

// Run gathers and settles batches until ctx ends, then waits for the
// batches in flight (their Sends end with ctx too).
func (b *Batcher[R]) Run(ctx context.Context) error {
	slots := make(chan struct{}, b.cfg.MaxInFlight)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		items, err := b.gather(ctx)
		if err != nil || len(items) == 0 {
			<-slots
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				b.log.Warn("reading results", "err", err)
				sleep(ctx, b.cfg.MaxWait)
			}
			continue
		}
		wg.Go(func() {
			defer func() { <-slots }()
			b.Settle(ctx, items)
		})
	}
}

// gather waits up to MaxWait for a first item, then up to MaxWait from it
// for the batch to fill.
func (b *Batcher[R]) gather(ctx context.Context) ([]Item[R], error) {
	items, err := b.src.Next(ctx, b.cfg.MaxBatch, b.cfg.MaxWait)
	if err != nil || len(items) == 0 {
		return items, err
	}
	until := b.now().Add(b.cfg.MaxWait)
	for len(items) < b.cfg.MaxBatch {
		left := until.Sub(b.now())
		if left <= 0 {
			break
		}
		more, err := b.src.Next(ctx, b.cfg.MaxBatch-len(items), left)
		if err != nil {
			b.log.Warn("reading results; sending what is gathered", "err", err)
			break
		}
		items = append(items, more...)
	}
	return items, nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// record stores an outcome, logging a store failure: the item then stays
// where the store had it, and the store's own lease expiry offers it again.
func (b *Batcher[R]) record(ctx context.Context, o Outcome) {
	if err := b.store.Record(ctx, o); err != nil {
		b.log.Error("recording an outcome", "request", o.RequestID, "kind", o.Kind, "err", err)
	}
}

func ids[R any](items []Item[R]) []common.Hash {
	out := make([]common.Hash, len(items))
	for i, it := range items {
		out[i] = it.RequestID
	}
	return out
}

func results[R any](items []Item[R]) []R {
	out := make([]R, len(items))
	for i, it := range items {
		out[i] = it.Result
	}
	return out
}

func fmtWei(x *big.Int) string { return fmt.Sprintf("%s wei", x) }
