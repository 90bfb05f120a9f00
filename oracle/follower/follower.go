// Package follower follows the InferenceCoordinator's settlement events —
// InferenceFulfilled, InferenceRefunded and InferenceResultRejected — and
// applies them to the job store: a submitted job whose settlement is on
// chain (Confirmations deep) becomes settled, a refunded one refunded, and
// one whose own transaction was rejected failed with the decoded reason. It
// is what confirms outcomes that the batcher never saw a receipt for (an
// oracle restarted mid-submission, another oracle settled it).
//
// It also keeps the store's settled jobs true to the chain across reorgs of
// any depth. It remembers the hash of every block it read within
// ReorgWindow and, for each settled request it has confirmed (its event
// read, or its status read), the block where it did. When a remembered
// block's hash changes, the requests confirmed at or above the fork are
// read again; when even the lowest remembered block changed, the reorg may
// be deeper than the window and every settled job whose request could still
// be fulfilled (the store's SettledUnexpired) is read again. The same
// reconciliation runs at start-up and every ReconcileInterval, for the
// settlements whose fulfilled status it has not read itself: recorded from
// a receipt in a block a reorg replaced before it was read, before a
// restart, or confirmed only by an event (a node may serve logs of a
// replaced block: anvil 1.7 does when anvil_reorg races its automine,
// foundry-rs/foundry#16711). Each settlement thus costs one status read
// within ReconcileInterval.
// A request pending again is reopened in the store, so that the oracle
// settles it anew through the queue (a job settled by someone else's
// results, which has none of its own, goes back to the relayer's workers
// first); one refunded meanwhile is recorded as
// refunded, and one no longer on chain at all is withdrawn (the relayer
// enqueues it again if it is mined again).
//
// It sends nothing: the batcher settles what it reopens.
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
	Withdraw(ctx context.Context, rid common.Hash, reason string) error
	// Reopen takes a settled job back to the oracle, or to the workers when
	// it has no results (its settlement is no longer on chain).
	Reopen(ctx context.Context, rid common.Hash, reason string) error
	// SettledUnexpired lists the settled jobs whose deadline is at or
	// after t.
	SettledUnexpired(ctx context.Context, t time.Time) ([]common.Hash, error)
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
	// ReconcileInterval is how often the settled jobs whose fulfilled
	// status it has not read are checked against the chain. Default 1m.
	ReconcileInterval time.Duration
	// OnEvent is told of each settlement event read ("observed"), each one
	// that changed a job ("settled", "refunded", "failed"), each reorg
	// ("reorg", and "deep_reorg" when it reaches below the window), each
	// reconciliation pass ("reconciled") and each job it reopened
	// ("reopened"), refunded or withdrew after a reorg ("refunded",
	// "withdrawn"); may be nil.
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

	mu     sync.Mutex
	next   uint64                 // first block not yet read; 0: start at head-ReorgWindow
	hashes map[uint64]common.Hash // read block -> its hash then
	// confirmed holds each request seen fulfilled, with the block where it
	// was (its event's, or the head when its status was read), until its
	// deadline passes.
	confirmed map[common.Hash]uint64
	// stateChecked holds the confirmed requests whose status was read as
	// fulfilled (verify). An event alone does not exempt a settlement from
	// the next reconciliation: a node may serve logs of a block a reorg
	// replaced (anvil 1.7 does when anvil_reorg races its automine), and only the
	// status read is sure.
	stateChecked map[common.Hash]bool
	// reconciled is when the last reconciliation pass ended; zero: due.
	reconciled time.Time
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
	if cfg.ReconcileInterval == 0 {
		cfg.ReconcileInterval = time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Follower{cfg: cfg, chain: chain, store: store, log: cfg.Logger, coord: bindings.NewInferenceCoordinator(),
		hashes: map[uint64]common.Hash{}, confirmed: map[common.Hash]uint64{}, stateChecked: map[common.Hash]bool{}}, nil
}

// Run polls until ctx ends.
func (f *Follower) Run(ctx context.Context) {
	t := time.NewTicker(f.cfg.PollInterval)
	defer t.Stop()
	var same repeats
	for {
		if err := f.Poll(ctx); err != nil && ctx.Err() == nil {
			if n, ok := same.log(err.Error(), time.Now()); ok {
				f.log.Warn("following settlements", "err", err, "repeated", n)
			}
		} else {
			same = repeats{}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// repeats keeps one failure that recurs on every poll (a node down, a block
// it cannot serve) from writing a line per poll: the same message is logged
// again at most every repeatEvery, with how many times it came meanwhile.
type repeats struct {
	msg    string
	at     time.Time
	hidden int
}

const repeatEvery = 30 * time.Second

// log reports whether msg is to be logged now, and how many times it came
// unlogged since it last was.
func (r *repeats) log(msg string, now time.Time) (int, bool) {
	if msg == r.msg && now.Sub(r.at) < repeatEvery {
		r.hidden++
		return 0, false
	}
	n := 0
	if msg == r.msg {
		n = r.hidden
	}
	*r = repeats{msg: msg, at: now}
	return n, true
}

// Poll checks the remembered blocks for a reorg, reads and applies the
// events of the blocks that are Confirmations deep and not yet read, then
// reconciles the settled jobs with the chain when it is due.
func (f *Follower) Poll(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	hd, err := f.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("follower: head: %w", err)
	}
	head := hd.Number.Uint64()
	if err := f.checkReorg(ctx, head); err != nil {
		return err
	}
	if head >= f.cfg.Confirmations {
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
	}
	// Forget the blocks below the window.
	for n := range f.hashes {
		if n+f.cfg.ReorgWindow < head {
			delete(f.hashes, n)
		}
	}
	if f.reconciled.IsZero() || time.Since(f.reconciled) >= f.cfg.ReconcileInterval {
		return f.reconcile(ctx, hd)
	}
	return nil
}

// deadlineOf is a request's deadline, which the coordinator puts in the low
// 40 bits of its id (see IInferenceCoordinator).
func deadlineOf(id common.Hash) uint64 {
	return new(big.Int).SetBytes(id[27:]).Uint64()
}

// checkReorg finds the lowest remembered block whose hash changed and
// checks again the requests confirmed at or above it. Hashes chain, so when
// the highest remembered block is unchanged so is every block below it: one
// header read per poll in the common case. When the lowest remembered block
// changed too, the fork may be anywhere below: nothing confirmed is trusted
// and every unexpired settled job is checked (reconcile).
func (f *Follower) checkReorg(ctx context.Context, head uint64) error {
	nums := make([]uint64, 0, len(f.hashes))
	for n := range f.hashes {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	fork, deep := uint64(0), false
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
		fork, deep = n, i == 0 // changed, or gone (the chain is shorter now)
	}
	if fork == 0 {
		return nil
	}
	var check []common.Hash
	for id, n := range f.confirmed {
		if n >= fork || deep {
			check = append(check, id)
			f.forget(id)
		}
	}
	for n := range f.hashes {
		if n >= fork {
			delete(f.hashes, n)
		}
	}
	f.next = min(f.next, fork)
	if deep {
		f.log.Warn("reorg below the remembered blocks: checking every unexpired settlement against the chain",
			"from_block", fork, "window", f.cfg.ReorgWindow)
		f.event("deep_reorg")
		f.reconciled = time.Time{} // reconcile at the end of this poll
	} else {
		f.log.Warn("reorg: re-reading settlements", "from_block", fork, "settlements_to_check", len(check))
	}
	f.event("reorg")
	// After a deep reorg the reconciliation reads them all anyway.
	if !deep {
		return f.verify(ctx, check, head)
	}
	return nil
}

// forget drops what the follower knows of request id's settlement.
func (f *Follower) forget(id common.Hash) {
	delete(f.confirmed, id)
	delete(f.stateChecked, id)
}

// reconcile checks against the chain every settled job whose request can
// still be fulfilled and whose fulfilled status this follower has not read
// since it last changed.
func (f *Follower) reconcile(ctx context.Context, hd *types.Header) error {
	// Forget the requests past their deadline: no reorg can make them
	// fulfillable again.
	for id := range f.confirmed {
		if deadlineOf(id) < hd.Time {
			f.forget(id)
		}
	}
	ids, err := f.store.SettledUnexpired(ctx, time.Unix(int64(hd.Time), 0))
	if err != nil {
		return fmt.Errorf("follower: reconciling: %w", err)
	}
	check := ids[:0]
	for _, id := range ids {
		if !f.stateChecked[id] {
			check = append(check, id)
		}
	}
	if err := f.verify(ctx, check, hd.Number.Uint64()); err != nil {
		return err
	}
	f.reconciled = time.Now()
	f.event("reconciled")
	f.log.Debug("settled jobs reconciled with the chain", "unexpired", len(ids), "checked", len(check))
	return nil
}

// Request statuses (IInferenceCoordinator.RequestStatus).
const (
	statusNone = iota
	statusPending
	statusFulfilled
	statusRefunded
)

// verifyReaders bounds the status reads of one verify.
const verifyReaders = 16

// verify reads the on-chain status of requests the store may say are
// settled and puts the store right: fulfilled ones are confirmed at head,
// pending ones reopened, refunded ones recorded so and vanished ones
// withdrawn.
func (f *Follower) verify(ctx context.Context, ids []common.Hash, head uint64) error {
	status := make([]uint8, len(ids))
	errs := make([]error, len(ids))
	sem := make(chan struct{}, verifyReaders)
	var wg sync.WaitGroup
	for i, id := range ids {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			status[i], errs[i] = f.status(ctx, id)
		})
	}
	wg.Wait()
	var failed []error
	for i, id := range ids {
		if errs[i] != nil {
			failed = append(failed, errs[i])
			continue
		}
		switch status[i] {
		case statusFulfilled:
			f.confirmed[id] = head
			f.stateChecked[id] = true
		case statusPending:
			if f.reopen(ctx, id, "a reorg dropped its settlement: the request is pending on chain again") {
				f.log.Warn("a reorg dropped a settlement: settling it again", "request", id)
			}
		case statusRefunded:
			if f.reopen(ctx, id, "a reorg dropped its settlement, then it was refunded") {
				f.record("refunded", id, f.store.MarkRefunded(ctx, id, common.Hash{}, "refunded on chain after a reorg dropped its settlement"))
			}
		case statusNone:
			if f.reopen(ctx, id, "a reorg dropped its request") {
				f.record("withdrawn", id, f.store.Withdraw(ctx, id, "reorged out: the request is no longer on chain"))
			}
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("follower: reading %d of %d request statuses: %w", len(failed), len(ids), errors.Join(failed...))
	}
	return nil
}

// reopen reopens a settled job; false when it is not settled in the store
// (reopened already, by another oracle, or not this queue's).
func (f *Follower) reopen(ctx context.Context, id common.Hash, reason string) bool {
	err := f.store.Reopen(ctx, id, reason)
	if errors.Is(err, queue.ErrIllegalTransition) || errors.Is(err, queue.ErrNotFound) {
		return false
	}
	f.record("reopened", id, err)
	return err == nil
}

func (f *Follower) record(kind string, id common.Hash, err error) {
	if err != nil {
		f.log.Warn("putting a job right after a reorg", "request", id, "outcome", kind, "err", err)
		return
	}
	f.event(kind)
}

func (f *Follower) status(ctx context.Context, id common.Hash) (uint8, error) {
	out, err := f.chain.CallContract(ctx, ethereum.CallMsg{To: &f.cfg.Coordinator, Data: f.coord.PackRequest(id)}, nil)
	if err != nil {
		return 0, fmt.Errorf("request(%s): %w", id, err)
	}
	rec, err := f.coord.UnpackRequest(out)
	if err != nil {
		return 0, fmt.Errorf("request(%s): %w", id, err)
	}
	return rec.Status, nil
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
		f.confirmed[id] = l.BlockNumber
		kind, err = "settled", f.store.MarkSettled(ctx, id, l.TxHash)
	case f.coord.GetABI().Events["InferenceRefunded"].ID:
		kind, err = "refunded", f.store.MarkRefunded(ctx, id, l.TxHash, "refunded on chain")
		var te *queue.TransitionError
		if errors.As(err, &te) && te.From == queue.Settled {
			// A refund proves the settlement the store holds is no longer
			// on chain (a request is fulfilled or refunded, never both).
			f.forget(id)
			if f.reopen(ctx, id, "a reorg dropped its settlement, then it was refunded") {
				err = f.store.MarkRefunded(ctx, id, l.TxHash, "refunded on chain after a reorg dropped its settlement")
			}
		}
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
