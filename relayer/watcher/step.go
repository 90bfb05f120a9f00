package watcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/queue"
)

// Errors callers branch on.
var (
	// ErrRangeRefused: the provider refused an eth_getLogs range even at one
	// block.
	ErrRangeRefused = errors.New("eth_getLogs range refused")
	// ErrRateLimited: the provider answered with a rate limit.
	ErrRateLimited = errors.New("rate limited by the RPC provider")
	// ErrReorgTooDeep: no recorded block is still canonical, so the common
	// ancestor of a reorg is unknown.
	ErrReorgTooDeep = errors.New("reorg deeper than the recorded block hashes")
	// ErrChainChanged: the range's last block changed while its logs were
	// read; the step is retried.
	ErrChainChanged = errors.New("chain changed while reading logs")
	// ErrStateLost: Redis lost the checkpoint or the jobs during a step (a
	// restart without its data); the chain is read again from StartBlock.
	ErrStateLost = errors.New("Redis lost the watcher's checkpoint or jobs")
)

// Step does one unit of work: it checks the checkpoint's block for a reorg
// and reads and commits one range of blocks. caughtUp is true when no
// confirmed block is left to read.
func (w *Watcher) Step(ctx context.Context) (caughtUp bool, err error) {
	cp, fresh, err := w.checkpoint(ctx)
	if err != nil {
		return false, err
	}
	head, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("watcher: latest header: %w", err)
	}
	w.setStatus(func(s *Status) { s.Head = head.Number.Uint64() })
	if !fresh {
		if ok, err := w.canonical(ctx, cp); err != nil {
			return false, err
		} else if !ok {
			return false, w.reorg(ctx, cp)
		}
	}
	if head.Number.Uint64() < w.cfg.Confirmations {
		return true, nil
	}
	target := head.Number.Uint64() - w.cfg.Confirmations
	from := cp.Number + 1
	if fresh {
		from = w.cfg.StartBlock
	}
	if from > target {
		return true, nil
	}
	to := min(target, from+w.rng-1)
	last, logs, err := w.read(ctx, from, to)
	if err != nil {
		return false, err
	}
	if !fresh {
		// The checkpoint's block must still be canonical now that the
		// range is read, or the range may hang off another branch.
		if ok, err := w.canonical(ctx, cp); err != nil {
			return false, err
		} else if !ok {
			return false, w.reorg(ctx, cp)
		}
	}
	if err := w.commit(ctx, cp, fresh, last, logs); err != nil {
		return false, err
	}
	w.m.Checkpoint(last.Number, head.Number.Uint64())
	w.setStatus(func(s *Status) { s.Checkpoint = last.Number; s.LastStep = time.Now(); s.LastError = "" })
	return last.Number >= target, nil
}

// checkpoint returns the saved checkpoint, or fresh when there is none.
func (w *Watcher) checkpoint(ctx context.Context) (queue.BlockRef, bool, error) {
	cp, err := w.q.Checkpoint(ctx, w.cfg.Name)
	if errors.Is(err, queue.ErrNotFound) {
		return queue.BlockRef{}, true, nil
	}
	if err != nil {
		return queue.BlockRef{}, false, err
	}
	return cp, false, nil
}

func (w *Watcher) canonical(ctx context.Context, b queue.BlockRef) (bool, error) {
	h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain is shorter now: a reorg to a shorter branch
	}
	if err != nil {
		return false, fmt.Errorf("watcher: header %d: %w", b.Number, err)
	}
	return h.Hash() == b.Hash, nil
}

// read reads the logs of [from, to], shrinking the range while the provider
// refuses it. It returns the last block read (to, or less after shrinking)
// with its hash, checked unchanged across the read.
func (w *Watcher) read(ctx context.Context, from, to uint64) (queue.BlockRef, []types.Log, error) {
	shrunk := false
	for {
		before, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return queue.BlockRef{}, nil, fmt.Errorf("watcher: header %d: %w", to, err)
		}
		logs, err := w.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: w.filter,
			Topics:    [][]common.Hash{w.topics},
		})
		switch classify(err) {
		case errRange:
			if to == from {
				return queue.BlockRef{}, nil, fmt.Errorf("watcher: logs of block %d: %w: %v", from, ErrRangeRefused, err)
			}
			w.rng = max((to-from+1)/2, 1)
			w.log.Info("provider refused the log range; shrinking", "from", from, "to", to, "range", w.rng, "err", err)
			to = from + w.rng - 1
			shrunk = true
			continue
		case errRate:
			return queue.BlockRef{}, nil, fmt.Errorf("watcher: logs %d-%d: %w: %v", from, to, ErrRateLimited, err)
		case errOther:
			return queue.BlockRef{}, nil, fmt.Errorf("watcher: logs %d-%d: %w", from, to, err)
		}
		after, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return queue.BlockRef{}, nil, fmt.Errorf("watcher: header %d: %w", to, err)
		}
		if after.Hash() != before.Hash() {
			return queue.BlockRef{}, nil, fmt.Errorf("watcher: block %d: %w", to, ErrChainChanged)
		}
		if !shrunk && w.rng < w.cfg.MaxRange && to-from+1 >= w.rng {
			w.rng = min(2*w.rng, w.cfg.MaxRange) // the provider took a full range: grow back
		}
		return queue.BlockRef{Number: to, Hash: after.Hash()}, logs, nil
	}
}

// commit applies a range's logs to the queue, then saves the checkpoint:
// requests first (idempotent), so that a crash before the save replays the
// range and loses nothing.
func (w *Watcher) commit(ctx context.Context, cp queue.BlockRef, fresh bool, last queue.BlockRef, logs []types.Log) error {
	var reqs []*queue.Request
	var outcomes []any
	recent := []queue.BlockRef{last}
	seen := map[uint64]bool{last.Number: true}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		if !seen[l.BlockNumber] {
			seen[l.BlockNumber] = true
			recent = append(recent, queue.BlockRef{Number: l.BlockNumber, Hash: l.BlockHash})
		}
		ev, err := contracts.Decode(l)
		if err != nil {
			// A log of a followed contract that does not decode is the
			// contract's bug, not a reason to stop following the chain.
			w.log.Warn("skipping an undecodable log", "block", l.BlockNumber, "tx", l.TxHash, "index", l.Index, "err", err)
			continue
		}
		switch e := ev.(type) {
		case *contracts.Requested:
			if l.Address != w.cfg.Coordinator {
				continue
			}
			reqs = append(reqs, QueueRequest(e))
			w.h.Requested(e)
		case *contracts.WorkerChanged:
			if l.Address == w.cfg.WorkerRegistry {
				w.h.WorkerChanged(e)
			}
		case *contracts.ModelChanged:
			if l.Address == w.cfg.ModelRegistry {
				w.h.ModelChanged(e)
			}
		default:
			if l.Address == w.cfg.Coordinator {
				outcomes = append(outcomes, ev)
			}
		}
	}
	for i := 0; i < len(reqs); i += w.cfg.BatchSize {
		batch := reqs[i:min(i+w.cfg.BatchSize, len(reqs))]
		created, err := w.q.EnqueueBatch(ctx, batch)
		if err != nil {
			return err
		}
		n := 0
		for _, c := range created {
			if c {
				n++
			}
		}
		w.m.RequestsSeen(len(batch), n)
	}
	for _, o := range outcomes {
		if err := w.outcome(ctx, o); err != nil {
			return err
		}
	}
	if !fresh {
		// The checkpoint this step began from must still be there: gone,
		// Redis lost its data, the jobs of earlier ranges with it, and
		// saving would hide that. The next step finds no checkpoint and
		// reads the chain again from StartBlock.
		if _, err := w.q.Checkpoint(ctx, w.cfg.Name); errors.Is(err, queue.ErrNotFound) {
			return fmt.Errorf("watcher: checkpoint %d: %w; reading again from block %d", cp.Number, ErrStateLost, w.cfg.StartBlock)
		} else if err != nil {
			return err
		}
	}
	err := w.q.SaveCheckpoint(ctx, w.cfg.Name, last, recent...)
	if errors.Is(err, queue.ErrCheckpointBackwards) {
		// Another relayer's watcher is ahead on the same checkpoint: what
		// this one enqueued was already there. Carry on from its checkpoint.
		w.log.Debug("another watcher is ahead", "block", last.Number)
		return nil
	}
	if err != nil {
		return err
	}
	return w.checkKept(ctx, reqs, last)
}

// checkKept makes sure the range's requests are still in the queue now
// that the checkpoint is past them. Should Redis have lost its data between
// the enqueue and the save, the checkpoint would skip requests no job
// remembers, and the earlier ranges' jobs are gone too: the checkpoint is
// rewound to StartBlock, and reading the chain again enqueues every request
// anew (idempotent for the jobs that survived).
func (w *Watcher) checkKept(ctx context.Context, reqs []*queue.Request, last queue.BlockRef) error {
	if len(reqs) == 0 {
		return nil
	}
	_, err := w.q.Get(ctx, reqs[len(reqs)-1].RequestID)
	if !errors.Is(err, queue.ErrNotFound) {
		return err
	}
	n := w.cfg.StartBlock
	if n > 0 {
		n--
	}
	h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return fmt.Errorf("watcher: header %d: %w", n, err)
	}
	if err := w.q.RewindCheckpoint(ctx, w.cfg.Name, queue.BlockRef{Number: n, Hash: h.Hash()}); err != nil {
		return err
	}
	w.setStatus(func(s *Status) { s.Checkpoint = n })
	return fmt.Errorf("watcher: the jobs of blocks to %d vanished once enqueued: %w; reading again from block %d", last.Number, ErrStateLost, w.cfg.StartBlock)
}

// outcome records a settlement or refund seen on chain. Replays are no-ops.
func (w *Watcher) outcome(ctx context.Context, ev any) error {
	var err error
	var rid common.Hash
	switch e := ev.(type) {
	case *contracts.Fulfilled:
		rid = e.RequestID
		w.m.Outcome("settled")
		// From any unfinished state: a job still queued or dispatched was
		// settled by someone else's results, and is settled all the same
		// (listed for the oracle's follower, which reopens it should a
		// reorg drop that settlement).
		err = w.q.MarkSettled(ctx, rid, e.Log.TxHash)
	case *contracts.Refunded:
		rid = e.RequestID
		w.m.Outcome("refunded")
		err = w.q.MarkRefunded(ctx, rid, e.Log.TxHash, "deadline passed; refunded on chain")
	case *contracts.ResultRejected:
		w.m.Outcome("rejected")
		w.log.Warn("the coordinator rejected a submitted result", "request", e.RequestID, "reason", fmt.Sprintf("%x", e.Reason), "tx", e.Log.TxHash)
		return nil
	default:
		return nil
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, queue.ErrNotFound):
		return nil // a request from before this relayer's start, or expired
	case errors.Is(err, queue.ErrIllegalTransition):
		return nil // already recorded (a replay), or already finished
	}
	return fmt.Errorf("watcher: outcome of %s: %w", rid, err)
}

// reorg handles a checkpoint whose block is no longer canonical.
func (w *Watcher) reorg(ctx context.Context, cp queue.BlockRef) error {
	recent, err := w.q.RecentBlocks(ctx, w.cfg.Name)
	if err != nil {
		return err
	}
	var ancestor *queue.BlockRef
	for i := len(recent) - 1; i >= 0; i-- {
		ok, err := w.canonical(ctx, recent[i])
		if err != nil {
			return err
		}
		if ok {
			ancestor = &recent[i]
			break
		}
	}
	if ancestor == nil {
		return fmt.Errorf("watcher: checkpoint %d (%s): %w; reset the checkpoint by hand", cp.Number, cp.Hash, ErrReorgTooDeep)
	}
	ids, err := w.q.RequestsAbove(ctx, ancestor.Number)
	if err != nil {
		return err
	}
	withdrawn := 0
	hashes := map[uint64]common.Hash{}
	for _, rid := range ids {
		j, err := w.q.Get(ctx, rid)
		if errors.Is(err, queue.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if j.State.Terminal() {
			continue
		}
		n := j.Request.BlockNumber
		h, ok := hashes[n]
		if !ok {
			hdr, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			switch {
			case errors.Is(err, ethereum.NotFound):
			case err != nil:
				return fmt.Errorf("watcher: header %d: %w", n, err)
			default:
				h = hdr.Hash()
			}
			hashes[n] = h
		}
		if h == j.Request.BlockHash {
			continue // enqueued from the canonical branch (maybe by another watcher)
		}
		reason := fmt.Sprintf("reorged out: block %d %s is no longer canonical", n, j.Request.BlockHash)
		if err := w.q.Withdraw(ctx, rid, reason); err != nil && !errors.Is(err, queue.ErrIllegalTransition) {
			return err
		}
		withdrawn++
	}
	if err := w.q.RewindCheckpoint(ctx, w.cfg.Name, *ancestor); err != nil {
		return err
	}
	depth := cp.Number - ancestor.Number
	w.m.Reorg(depth, withdrawn)
	w.log.Warn("reorg: rewound to the common ancestor", "from", cp.Number, "to", ancestor.Number, "depth", depth, "withdrawn", withdrawn)
	w.setStatus(func(s *Status) { s.Checkpoint = ancestor.Number })
	return nil
}

// QueueRequest turns an InferenceRequested event into the queue's request.
func QueueRequest(e *contracts.Requested) *queue.Request {
	r := &e.Request
	return &queue.Request{
		RequestID:        e.RequestID,
		ModelID:          e.ModelID,
		ModelVersion:     r.ModelVersion,
		Requester:        e.Requester,
		Prompt:           e.Prompt,
		MaxTokens:        r.MaxTokens,
		Seed:             e.Seed,
		Deadline:         r.Deadline.Uint64(),
		CallbackGasLimit: uint64(r.CallbackGasLimit),
		Fee:              r.Fee,
		FeeToken:         r.Token,
		// The rest of the terms, so that the oracle rebuilds the request
		// without reading its receipt back (it checks them against the id).
		Nonce:              r.Nonce,
		PromptHash:         r.PromptHash,
		GasPrepaid:         r.GasPrepaid,
		WeightsHash:        r.WeightsHash,
		RuntimeMeasurement: r.RuntimeMeasurement,
		MaxOutputBytes:     r.MaxOutputBytes,
		K:                  r.K,
		MinWorkerStake:     r.MinWorkerStake,
		Split: queue.FeeSplit{WorkersBps: r.Split.WorkersBps, HoldersBps: r.Split.HoldersBps,
			DataPoolBps: r.Split.DataPoolBps, TreasuryBps: r.Split.TreasuryBps},
		Treasury:    r.Treasury,
		Distributor: r.Distributor,
		DataPool:    r.DataPool,
		BlockNumber: e.Log.BlockNumber,
		BlockHash:   e.Log.BlockHash,
		TxHash:      e.Log.TxHash,
		LogIndex:    e.Log.Index,
	}
}

type errKind int

const (
	errNone errKind = iota
	errRange
	errRate
	errOther
)

// classify sorts an eth_getLogs error: a range the provider will not serve
// (too many blocks or results), a rate limit, or anything else. Providers
// say these in words, so the words are matched.
func classify(err error) errKind {
	if err == nil {
		return errNone
	}
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == http.StatusTooManyRequests {
		return errRate
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"rate limit", "too many requests", "request rate", "exceeded the quota", "capacity exceeded", "throughput"} {
		if strings.Contains(msg, s) {
			return errRate
		}
	}
	for _, s := range []string{
		"query returned more than", "block range", "range too large", "range is too large",
		"too many blocks", "response size", "logs matched by query exceeds", "limit exceeded",
		"query timeout exceeded", "max results", "exceed maximum block range", "too many results",
	} {
		if strings.Contains(msg, s) {
			return errRange
		}
	}
	return errOther
}
