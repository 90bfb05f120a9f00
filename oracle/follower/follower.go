// Package follower follows the InferenceCoordinator's settlement events —
// InferenceFulfilled, InferenceRefunded and InferenceResultRejected — and
// applies them to the job store: a submitted job whose settlement is on
// chain (Confirmations deep) becomes settled, a refunded one refunded, and
// one whose own transaction was rejected failed with the decoded reason. It
// is what confirms outcomes that the batcher never saw a receipt for (an
// oracle restarted mid-submission, another oracle settled it).
//
// It also watches for reorgs: it remembers the hash of every block it read
// within ReorgWindow and each settlement it saw there. When a remembered
// block's hash changes, it reads the status of each request settled at or
// above the fork; a request pending again (its settlement dropped) is handed
// to Resubmit with the job's result, and the blocks are read again.
package follower

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/minidao/minidao/bindings"
	"github.com/minidao/minidao/bindings/revert"
	"github.com/minidao/minidao/relayer/queue"
)

// Chain is what the follower reads; *ethclient.Client implements it.
type Chain interface {
	ethereum.ChainReader
	ethereum.LogFilterer
	ethereum.ContractCaller
	BlockNumber(ctx context.Context) (uint64, error)
}

// Store is the job store; *queue.Queue implements it.
type Store interface {
	Get(ctx context.Context, rid common.Hash) (*queue.Job, error)
	MarkSettled(ctx context.Context, rid, tx common.Hash) error
	MarkRefunded(ctx context.Context, rid, tx common.Hash, reason string) error
	Abandon(ctx context.Context, rid common.Hash, reason string) error
}

// Config tunes a Follower. Zero values take the defaults noted.
type Config struct {
	Coordinator common.Address // required
	// Confirmations is how deep a block must be before its events are
	// applied. Default 0 (devnets).
	Confirmations uint64
	// ReorgWindow is how many blocks below the head are re-checked for a
	// changed hash. Default 64.
	ReorgWindow uint64
	// PollInterval is how often the head is read. Default 2s.
	PollInterval time.Duration
	// MaxRange is the largest eth_getLogs range. Default 2000.
	MaxRange uint64
	// Resubmit is given the job of each request whose settlement a reorg
	// dropped; nil only logs them.
	Resubmit func(ctx context.Context, job *queue.Job) error
	// OnEvent is told of each settlement event read ("observed"), each one
	// that changed a job ("settled", "refunded", "failed"), each reorg
	// ("reorg") and each re-submission ("resubmitted"); may be nil.
	OnEvent func(kind string)
	// Logger receives key/value logs; default slog.Default().
	Logger *slog.Logger
}

// Follower follows settlement events into the job store.
type Follower struct {
	cfg   Config
	chain Chain
	store Store
	log   *slog.Logger
	coord *bindings.InferenceCoordinator

	mu      sync.Mutex
	next    uint64                   // first block not yet read; 0: start at head-ReorgWindow
	hashes  map[uint64]common.Hash   // read block -> its hash then
	settled map[uint64][]common.Hash // block -> requests fulfilled in it
}

// New makes a follower.
func New(cfg Config, chain Chain, store Store) (*Follower, error) {
	if chain == nil || store == nil {
		return nil, errors.New("follower: chain and store are required")
	}
	if cfg.Coordinator == (common.Address{}) {
		return nil, errors.New("follower: Coordinator is required")
	}
	if cfg.ReorgWindow == 0 {
		cfg.ReorgWindow = 64
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Follower{cfg: cfg, chain: chain, store: store, log: cfg.Logger, coord: bindings.NewInferenceCoordinator(),
		hashes: map[uint64]common.Hash{}, settled: map[uint64][]common.Hash{}}, nil
}

// Run polls until ctx ends.
func (f *Follower) Run(ctx context.Context) {
	t := time.NewTicker(f.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := f.Poll(ctx); err != nil && ctx.Err() == nil {
			f.log.Warn("following settlements", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Poll checks the remembered blocks for a reorg, then reads and applies the
// events of the blocks that are Confirmations deep and not yet read.
func (f *Follower) Poll(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	head, err := f.chain.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if err := f.checkReorg(ctx, head); err != nil {
		return err
	}
	if head < f.cfg.Confirmations {
		return nil
	}
	safe := head - f.cfg.Confirmations
	if f.next == 0 {
		f.next = 1
		if safe > f.cfg.ReorgWindow {
			f.next = safe - f.cfg.ReorgWindow
		}
	}
	for f.next <= safe {
		to := min(safe, f.next+f.cfg.MaxRange-1)
		if err := f.read(ctx, f.next, to); err != nil {
			return err
		}
		f.next = to + 1
	}
	// Forget what is below the window.
	for n := range f.hashes {
		if n+f.cfg.ReorgWindow < head {
			delete(f.hashes, n)
			delete(f.settled, n)
		}
	}
	return nil
}

// checkReorg finds the lowest remembered block whose hash changed, re-reads
// from there and re-submits what the reorg dropped. Hashes chain, so when
// the highest remembered block is unchanged so is every block below it: one
// header read per poll in the common case.
func (f *Follower) checkReorg(ctx context.Context, head uint64) error {
	nums := make([]uint64, 0, len(f.hashes))
	for n := range f.hashes {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	fork := uint64(0)
	for i := len(nums) - 1; i >= 0; i-- {
		n := nums[i]
		if n <= head {
			hd, err := f.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return fmt.Errorf("follower: header %d: %w", n, err)
			}
			if hd.Hash() == f.hashes[n] {
				break
			}
		}
		fork = n // changed, or gone (the chain is shorter now)
	}
	if fork == 0 {
		return nil
	}
	var dropped []common.Hash
	for n, ids := range f.settled {
		if n >= fork {
			dropped = append(dropped, ids...)
		}
	}
	for n := range f.hashes {
		if n >= fork {
			delete(f.hashes, n)
			delete(f.settled, n)
		}
	}
	f.next = min(f.next, fork)
	f.log.Warn("reorg: re-reading settlements", "from_block", fork, "settlements_to_check", len(dropped))
	f.event("reorg")
	for _, id := range dropped {
		if err := f.resubmitIfPending(ctx, id); err != nil {
			f.log.Error("re-submitting a settlement a reorg dropped", "request", id, "err", err)
		}
	}
	return nil
}

// statusPending is RequestStatus.Pending.
const statusPending = 1

func (f *Follower) resubmitIfPending(ctx context.Context, id common.Hash) error {
	out, err := f.chain.CallContract(ctx, ethereum.CallMsg{To: &f.cfg.Coordinator, Data: f.coord.PackRequest(id)}, nil)
	if err != nil {
		return err
	}
	rec, err := f.coord.UnpackRequest(out)
	if err != nil {
		return err
	}
	if rec.Status != statusPending {
		return nil // settled again in the new branch, or refunded
	}
	job, err := f.store.Get(ctx, id)
	if err != nil {
		return err
	}
	if job.Results == nil {
		return fmt.Errorf("follower: job %s holds no results to re-submit", id)
	}
	f.log.Warn("a reorg dropped a settlement: re-submitting", "request", id)
	f.event("resubmitted")
	if f.cfg.Resubmit == nil {
		return nil
	}
	return f.cfg.Resubmit(ctx, job)
}

// read applies the coordinator's settlement events of blocks from..to.
func (f *Follower) read(ctx context.Context, from, to uint64) error {
	a := f.coord.GetABI()
	topics := []common.Hash{a.Events["InferenceFulfilled"].ID, a.Events["InferenceRefunded"].ID, a.Events["InferenceResultRejected"].ID}
	logs, err := f.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{f.cfg.Coordinator}, Topics: [][]common.Hash{topics},
	})
	if err != nil {
		return fmt.Errorf("follower: logs %d..%d: %w", from, to, err)
	}
	// Remember the hashes of the blocks read within the window.
	for n := max(from, to-min(to, f.cfg.ReorgWindow)); n <= to; n++ {
		hd, err := f.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("follower: header %d: %w", n, err)
		}
		f.hashes[n] = hd.Hash()
	}
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) < 2 {
			continue
		}
		if h, ok := f.hashes[l.BlockNumber]; ok && h != l.BlockHash {
			// A reorg between the headers and the logs: read again next poll.
			delete(f.hashes, l.BlockNumber)
			return fmt.Errorf("follower: block %d changed while reading", l.BlockNumber)
		}
		f.apply(ctx, l)
	}
	return nil
}

func (f *Follower) apply(ctx context.Context, l *types.Log) {
	id := l.Topics[1]
	var err error
	var kind string
	f.event("observed")
	switch l.Topics[0] {
	case f.coord.GetABI().Events["InferenceFulfilled"].ID:
		f.settled[l.BlockNumber] = append(f.settled[l.BlockNumber], id)
		kind, err = "settled", f.store.MarkSettled(ctx, id, l.TxHash)
	case f.coord.GetABI().Events["InferenceRefunded"].ID:
		kind, err = "refunded", f.store.MarkRefunded(ctx, id, l.TxHash, "refunded on chain")
	default:
		kind, err = "failed", f.rejected(ctx, id, l)
	}
	switch {
	case err == nil:
		f.event(kind)
		f.log.Debug("settlement event applied", "request", id, "outcome", kind, "tx", l.TxHash)
	case errors.Is(err, queue.ErrIllegalTransition), errors.Is(err, queue.ErrNotFound), errors.Is(err, errNotOurs):
		// Recorded already (by the batcher, the watcher, an earlier poll),
		// or not a job of this queue.
	default:
		f.log.Warn("applying a settlement event", "request", id, "outcome", kind, "err", err)
	}
}

var errNotOurs = errors.New("not this job's transaction")

// rejected fails a job whose own submitted transaction carried the
// rejection. A rejection for a request that is fulfilled anyway (another
// version landed first) is left to the InferenceFulfilled event.
func (f *Follower) rejected(ctx context.Context, id common.Hash, l *types.Log) error {
	job, err := f.store.Get(ctx, id)
	if err != nil {
		return err
	}
	if job.State != queue.Submitted || !contains(job.TxHashes, l.TxHash) {
		return errNotOurs
	}
	ev, err := f.coord.UnpackInferenceResultRejectedEvent(l)
	if err != nil {
		return err
	}
	out, err := f.chain.CallContract(ctx, ethereum.CallMsg{To: &f.cfg.Coordinator, Data: f.coord.PackRequest(id)}, nil)
	if err != nil {
		return err
	}
	if rec, err := f.coord.UnpackRequest(out); err == nil && rec.Status != statusPending {
		return errNotOurs // fulfilled or refunded: its own event says so
	}
	return f.store.Abandon(ctx, id, "rejected: "+revert.Decode(ev.Reason).Error())
}

func contains(hs []common.Hash, h common.Hash) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

func (f *Follower) event(kind string) {
	if f.cfg.OnEvent != nil {
		f.cfg.OnEvent(kind)
	}
}
