// Package watcher follows the InferenceCoordinator's and the registries'
// events on chain and turns them into queue operations: each
// InferenceRequested becomes a queued job, InferenceFulfilled and
// InferenceRefunded end jobs, and registry events (worker records, model
// versions and policies) go to a Handler so that cached eligibility is
// checked again.
//
// It reads blocks only once they have Confirmations blocks on top, from the
// checkpoint kept in Redis by the queue package, in eth_getLogs ranges that
// shrink when the provider refuses a range and grow back after; rate-limit
// answers back off exponentially. New heads come from a WebSocket
// subscription when the node offers one, with polling as the fallback and as
// a safety net when the subscription goes quiet.
//
// Exactly once across restarts: a range's requests are enqueued (idempotent,
// keyed by request id) before the checkpoint moves past the range, so a crash
// in between replays the range and enqueues nothing twice, and nothing is
// skipped. Should Redis lose its data (a restart without persistence), the
// checkpoint goes with the jobs and the watcher reads the chain again from
// StartBlock, enqueuing every request anew; a loss in the middle of a step
// is caught before the checkpoint is saved (the one read is gone) or just
// after (the range's jobs are gone), and leads to the same. Reorgs: before a range is committed the watcher checks that the
// checkpoint's block is still canonical and that the range's last block did
// not change while its logs were read; when the checkpoint's block was
// replaced it walks back over the recent block hashes to the common
// ancestor, withdraws every job whose request block is no longer canonical,
// and rewinds the checkpoint, after which the new branch's requests are
// enqueued anew.
//
// It is not the dispatcher (it never talks to workers) and it does not send
// transactions. Several watchers may follow the same chain into one queue:
// every operation is idempotent, so a standby relayer's watcher is harmless.
package watcher

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
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/minidao/minidao/relayer/contracts"
	"github.com/minidao/minidao/relayer/queue"
)

// Chain is the JSON-RPC the watcher reads (ethclient.Client has it).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HeadSubscriber is the optional WebSocket side of Chain.
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Queue is what the watcher does to jobs and to its checkpoint.
type Queue interface {
	EnqueueBatch(ctx context.Context, reqs []*queue.Request) ([]bool, error)
	Get(ctx context.Context, rid common.Hash) (*queue.Job, error)
	Checkpoint(ctx context.Context, name string) (queue.BlockRef, error)
	SaveCheckpoint(ctx context.Context, name string, head queue.BlockRef, recent ...queue.BlockRef) error
	RewindCheckpoint(ctx context.Context, name string, to queue.BlockRef) error
	RecentBlocks(ctx context.Context, name string) ([]queue.BlockRef, error)
	RequestsAbove(ctx context.Context, number uint64) ([]common.Hash, error)
	Withdraw(ctx context.Context, rid common.Hash, reason string) error
	MarkSettled(ctx context.Context, rid, tx common.Hash) error
	MarkRefunded(ctx context.Context, rid, tx common.Hash, reason string) error
}

// Handler receives the decoded events besides the queue's: registry changes
// (to re-check cached eligibility) and each new request's full terms (to
// spare the dispatcher a log lookup). Calls are made from the watcher's
// goroutine, may repeat after a restart or a reorg, and must not block.
type Handler interface {
	Requested(ev *contracts.Requested)
	WorkerChanged(ev *contracts.WorkerChanged)
	ModelChanged(ev *contracts.ModelChanged)
}

// Metrics counts what the watcher sees.
type Metrics interface {
	RequestsSeen(total, created int)
	Outcome(outcome string) // "settled", "refunded", "rejected"
	Reorg(depth uint64, withdrawn int)
	Checkpoint(number, head uint64)
}

// Config tunes a Watcher. Zero fields take the defaults shown.
type Config struct {
	// Name is the checkpoint's name. Default "watcher".
	Name string
	// The contracts followed. Coordinator is required; a zero registry is not
	// followed.
	Coordinator, ModelRegistry, WorkerRegistry common.Address
	// StartBlock is where to start when there is no checkpoint (the
	// coordinator's deployment block).
	StartBlock uint64
	// Confirmations: a block is read once it has this many blocks on top
	// (0: at once, for devnets).
	Confirmations uint64
	// PollInterval: how often to poll for a new head when no subscription
	// delivers one. Default 2s.
	PollInterval time.Duration
	// MaxRange caps one eth_getLogs range, in blocks. Default 2000.
	MaxRange uint64
	// Backoff after a rate-limit or other RPC error, doubling to MaxBackoff.
	// Defaults 500ms and 30s.
	Backoff, MaxBackoff time.Duration
	// BatchSize caps the requests enqueued in one Redis round trip. Default 500.
	BatchSize int
}

func (c Config) withDefaults() Config {
	if c.Name == "" {
		c.Name = "watcher"
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.MaxRange == 0 {
		c.MaxRange = 2000
	}
	if c.Backoff == 0 {
		c.Backoff = 500 * time.Millisecond
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = 30 * time.Second
	}
	if c.BatchSize == 0 {
		c.BatchSize = 500
	}
	return c
}

// Check reports the first bad setting.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.Coordinator == (common.Address{}):
		return errors.New("watcher: coordinator address is required")
	case c.PollInterval < time.Millisecond:
		return fmt.Errorf("watcher: poll interval %v: want at least 1ms", c.PollInterval)
	case c.MaxRange < 1:
		return fmt.Errorf("watcher: max range %d: want at least 1", c.MaxRange)
	case c.Backoff <= 0 || c.MaxBackoff < c.Backoff:
		return fmt.Errorf("watcher: backoff %v to %v: want 0 < backoff <= max backoff", c.Backoff, c.MaxBackoff)
	case c.BatchSize < 1:
		return fmt.Errorf("watcher: batch size %d: want at least 1", c.BatchSize)
	}
	return nil
}

// Status is what the watcher last saw, for readiness and the API.
type Status struct {
	Checkpoint uint64 `json:"checkpoint"` // last block committed
	Head       uint64 `json:"head"`       // last head seen
	Subscribed bool   `json:"subscribed"` // a head subscription is live
	// Subscriptions counts the head subscriptions made (more than one: the
	// subscription dropped and came back).
	Subscriptions int       `json:"subscriptions"`
	LastStep      time.Time `json:"lastStep"` // last successful step
	LastError     string    `json:"lastError,omitempty"`
	Range         uint64    `json:"range"` // current eth_getLogs range
}

// Watcher follows the chain into the queue. Run it once per process.
type Watcher struct {
	cfg     Config
	chain   Chain
	q       Queue
	h       Handler
	m       Metrics
	log     *slog.Logger
	filter  []common.Address
	topics  []common.Hash
	rng     uint64 // the current range, adapted to the provider
	backoff time.Duration

	mu     sync.Mutex
	status Status
}

// New returns a watcher. h and m may be nil.
func New(cfg Config, chain Chain, q Queue, h Handler, m Metrics, log *slog.Logger) (*Watcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if h == nil {
		h = nopHandler{}
	}
	if m == nil {
		m = nopMetrics{}
	}
	if log == nil {
		log = slog.Default()
	}
	w := &Watcher{cfg: cfg, chain: chain, q: q, h: h, m: m, log: log.With("component", "watcher"), rng: cfg.MaxRange}
	w.filter = []common.Address{cfg.Coordinator}
	w.topics = []common.Hash{contracts.TopicRequested, contracts.TopicFulfilled, contracts.TopicRefunded, contracts.TopicResultRejected}
	if cfg.WorkerRegistry != (common.Address{}) || cfg.ModelRegistry != (common.Address{}) {
		w.topics = append(w.topics, contracts.RegistryTopics()...)
	}
	for _, a := range []common.Address{cfg.ModelRegistry, cfg.WorkerRegistry} {
		if a != (common.Address{}) {
			w.filter = append(w.filter, a)
		}
	}
	return w, nil
}

// Status returns a snapshot of the watcher's progress.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.status
	s.Range = w.rng
	return s
}

func (w *Watcher) setStatus(f func(*Status)) {
	w.mu.Lock()
	f(&w.status)
	w.mu.Unlock()
}

// Run follows the chain until ctx ends. It returns ctx's error; RPC and
// Redis failures are logged and retried with backoff.
func (w *Watcher) Run(ctx context.Context) error {
	heads := make(chan *types.Header, 64)
	hs := newHeads(w, heads)
	defer hs.stop()
	hs.subscribe(ctx)
	poll := time.NewTicker(w.cfg.PollInterval)
	defer poll.Stop()
	for {
		caughtUp, err := w.Step(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			w.setStatus(func(s *Status) { s.LastError = err.Error() })
			d := w.nextBackoff()
			if errors.Is(err, ErrReorgTooDeep) {
				w.log.Error("cannot find the reorg's common ancestor; an operator must reset the checkpoint", "err", err)
			} else {
				w.log.Warn("step failed; retrying", "err", err, "in", d)
			}
			if !sleep(ctx, d) {
				return ctx.Err()
			}
			continue
		}
		w.backoff = 0
		if !caughtUp {
			continue // backfilling: the next range at once
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-heads:
			drain(heads)
		case <-poll.C:
		case err := <-hs.errc():
			w.log.Warn("head subscription dropped; polling until it is back", "err", err)
			hs.dropped()
		case <-hs.retry():
			hs.subscribe(ctx)
		}
	}
}

// heads keeps a head subscription up when the chain offers one: after a
// drop it tries again with backoff, while Run polls.
type heads struct {
	w     *Watcher
	hs    HeadSubscriber
	ch    chan *types.Header
	sub   ethereum.Subscription
	timer *time.Timer
	delay time.Duration
}

func newHeads(w *Watcher, ch chan *types.Header) *heads {
	hs, _ := w.chain.(HeadSubscriber)
	return &heads{w: w, hs: hs, ch: ch}
}

func (h *heads) subscribe(ctx context.Context) {
	h.timer = nil
	if h.hs == nil {
		return
	}
	sub, err := h.hs.SubscribeNewHead(ctx, h.ch)
	if errors.Is(err, rpc.ErrNotificationsUnsupported) {
		h.hs = nil // plain HTTP: poll for good
		h.w.log.Info("the RPC endpoint has no subscriptions; polling", "every", h.w.cfg.PollInterval)
		return
	}
	if err != nil {
		h.delay = min(max(2*h.delay, h.w.cfg.Backoff), h.w.cfg.MaxBackoff)
		h.w.log.Warn("head subscription failed; polling meanwhile", "err", err, "retry in", h.delay)
		h.timer = time.NewTimer(h.delay)
		return
	}
	h.sub, h.delay = sub, 0
	h.w.setStatus(func(s *Status) { s.Subscribed = true; s.Subscriptions++ })
}

func (h *heads) dropped() {
	h.sub.Unsubscribe()
	h.sub = nil
	h.w.setStatus(func(s *Status) { s.Subscribed = false })
	h.delay = h.w.cfg.Backoff
	h.timer = time.NewTimer(h.delay)
}

func (h *heads) errc() <-chan error {
	if h.sub == nil {
		return nil
	}
	return h.sub.Err()
}

func (h *heads) retry() <-chan time.Time {
	if h.timer == nil {
		return nil
	}
	return h.timer.C
}

func (h *heads) stop() {
	if h.sub != nil {
		h.sub.Unsubscribe()
	}
	if h.timer != nil {
		h.timer.Stop()
	}
}

func (w *Watcher) nextBackoff() time.Duration {
	if w.backoff == 0 {
		w.backoff = w.cfg.Backoff
	} else {
		w.backoff = min(2*w.backoff, w.cfg.MaxBackoff)
	}
	return w.backoff
}

func drain(ch chan *types.Header) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

type nopHandler struct{}

func (nopHandler) Requested(*contracts.Requested)         {}
func (nopHandler) WorkerChanged(*contracts.WorkerChanged) {}
func (nopHandler) ModelChanged(*contracts.ModelChanged)   {}

type nopMetrics struct{}

func (nopMetrics) RequestsSeen(int, int)     {}
func (nopMetrics) Outcome(string)            {}
func (nopMetrics) Reorg(uint64, int)         {}
func (nopMetrics) Checkpoint(uint64, uint64) {}
