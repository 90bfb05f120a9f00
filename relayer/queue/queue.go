package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Config tunes a Queue. Zero fields take the defaults shown.
type Config struct {
	// Namespace prefixes every key, inside a hash tag: "{minidao}:...". Use
	// one namespace per chain and coordinator. Default "minidao".
	Namespace string
	// VisibilityTimeout is how long a dispatch lease lasts unless extended:
	// after it, another dispatcher may reclaim the job. Default 30s.
	VisibilityTimeout time.Duration
	// SettleLease is how long the oracle's lease on a job lasts unless
	// extended, and how long MarkSubmitted extends it. Default 2m.
	SettleLease time.Duration
	// MaxAttempts is how many dispatch (or settlement) attempts a job gets
	// before it is dead-lettered. Default 5.
	MaxAttempts int
	// RetryBackoff is the delay before the second attempt; each further
	// attempt doubles it up to MaxRetryBackoff, with jitter. Defaults 1s, 1m.
	RetryBackoff, MaxRetryBackoff time.Duration
	// SweepInterval is how often Next promotes due retries and reclaims
	// expired leases. Default VisibilityTimeout/4, at most 1s.
	SweepInterval time.Duration
	// ActiveTTL expires a job that stays unfinished that long; DoneTTL keeps
	// a finished job (settled, refunded, failed) that long for lookups and
	// for idempotent enqueue. Defaults 7 days and 6 hours. Size DoneTTL to
	// memory: Redis holds rate x DoneTTL finished jobs, each its request and
	// results (5.7 KB with a 512-byte prompt and a 2 KiB output, measured
	// with MEMORY USAGE): 10 req/s for 6h is 216,000 jobs, ~1.2 GB.
	ActiveTTL, DoneTTL time.Duration
	// DeadLetterMaxLen caps the dead-letter stream (approximately). Default 100000.
	DeadLetterMaxLen int64
	// RecentBlocks is how many block hashes a checkpoint keeps for reorg
	// detection. Default 256.
	RecentBlocks int
	// MaxRequestBytes caps one encoded request. Default 1 MiB.
	MaxRequestBytes int
}

var namespaceRE = regexp.MustCompile(`^[A-Za-z0-9_.:-]{1,64}$`)

func (c Config) withDefaults() Config {
	if c.Namespace == "" {
		c.Namespace = "minidao"
	}
	if c.VisibilityTimeout == 0 {
		c.VisibilityTimeout = 30 * time.Second
	}
	if c.SettleLease == 0 {
		c.SettleLease = 2 * time.Minute
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = 5
	}
	if c.RetryBackoff == 0 {
		c.RetryBackoff = time.Second
	}
	if c.MaxRetryBackoff == 0 {
		c.MaxRetryBackoff = time.Minute
	}
	if c.SweepInterval == 0 {
		c.SweepInterval = min(c.VisibilityTimeout/4, time.Second)
	}
	if c.ActiveTTL == 0 {
		c.ActiveTTL = 7 * 24 * time.Hour
	}
	if c.DoneTTL == 0 {
		c.DoneTTL = 6 * time.Hour
	}
	if c.DeadLetterMaxLen == 0 {
		c.DeadLetterMaxLen = 100_000
	}
	if c.RecentBlocks == 0 {
		c.RecentBlocks = 256
	}
	if c.MaxRequestBytes == 0 {
		c.MaxRequestBytes = 1 << 20
	}
	return c
}

// Check reports the first bad setting, with its name and value.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case !namespaceRE.MatchString(c.Namespace):
		return fmt.Errorf("queue: namespace %q: want 1 to 64 of A-Z a-z 0-9 _ . : -", c.Namespace)
	case c.VisibilityTimeout < time.Millisecond:
		return fmt.Errorf("queue: visibility timeout %v: want at least 1ms", c.VisibilityTimeout)
	case c.SettleLease < time.Millisecond:
		return fmt.Errorf("queue: settle lease %v: want at least 1ms", c.SettleLease)
	case c.MaxAttempts < 1:
		return fmt.Errorf("queue: max attempts %d: want at least 1", c.MaxAttempts)
	case c.RetryBackoff < 0 || c.MaxRetryBackoff < c.RetryBackoff:
		return fmt.Errorf("queue: retry backoff %v to %v: want 0 <= backoff <= max backoff", c.RetryBackoff, c.MaxRetryBackoff)
	case c.SweepInterval < time.Millisecond:
		return fmt.Errorf("queue: sweep interval %v: want at least 1ms", c.SweepInterval)
	case c.ActiveTTL < c.VisibilityTimeout || c.ActiveTTL < c.SettleLease:
		return fmt.Errorf("queue: active TTL %v: want at least the visibility timeout and the settle lease", c.ActiveTTL)
	case c.DoneTTL < time.Millisecond:
		return fmt.Errorf("queue: done TTL %v: want at least 1ms", c.DoneTTL)
	case c.DeadLetterMaxLen < 1:
		return fmt.Errorf("queue: dead-letter max length %d: want at least 1", c.DeadLetterMaxLen)
	case c.RecentBlocks < 1:
		return fmt.Errorf("queue: recent blocks %d: want at least 1", c.RecentBlocks)
	case c.MaxRequestBytes < 256:
		return fmt.Errorf("queue: max request bytes %d: want at least 256", c.MaxRequestBytes)
	}
	return nil
}

// The consumer groups: one per stream, the same name on every model's
// stream.
const (
	dispatchGroup = "dispatch"
	settleGroup   = "settle"
)

// Queue is the job queue and job store. It is safe for concurrent use; one
// Queue per process is enough.
type Queue struct {
	rdb redis.UniversalClient
	cfg Config
	s   scripts
	k   keys

	mu        sync.Mutex
	lastSweep map[string]time.Time // stream key -> last sweep by this process
	cursor    map[string]string    // stream key -> XAUTOCLAIM cursor
}

// New returns a Queue on rdb (a *redis.Client, *redis.ClusterClient or
// failover client). It does no I/O: use Ping to check the connection. The
// caller owns rdb and closes it.
func New(rdb redis.UniversalClient, cfg Config) (*Queue, error) {
	if rdb == nil {
		return nil, errors.New("queue: no Redis client")
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	return &Queue{
		rdb:       rdb,
		cfg:       cfg,
		s:         newScripts(cfg),
		k:         keys{"{" + cfg.Namespace + "}:"},
		lastSweep: make(map[string]time.Time),
		cursor:    make(map[string]string),
	}, nil
}

// Config returns the configuration in use, defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Ping checks that Redis answers.
func (q *Queue) Ping(ctx context.Context) error {
	if err := q.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("queue: redis: %w", err)
	}
	return nil
}

// keys names every key the package uses; all share the namespace's hash tag.
type keys struct{ p string }

func (k keys) job(rid common.Hash) string    { return k.jobHex(ridHex(rid)) }
func (k keys) jobHex(rid string) string      { return k.p + "job:" + rid }
func (k keys) stream(model string) string    { return k.p + "jobs:" + model }
func (k keys) retry(model string) string     { return k.p + "retry:" + model }
func (k keys) settle() string                { return k.p + "settle" }
func (k keys) settleDelayed() string         { return k.p + "settle:delayed" }
func (k keys) dead() string                  { return k.p + "dead" }
func (k keys) counts() string                { return k.p + "states" }
func (k keys) models() string                { return k.p + "models" }
func (k keys) byBlock() string               { return k.p + "byblock" }
func (k keys) settled() string               { return k.p + "settled" }
func (k keys) checkpoint(name string) string { return k.p + "checkpoint:" + name }
func (k keys) blocks(name string) string     { return k.p + "blocks:" + name }

func ridHex(rid common.Hash) string { return hex.EncodeToString(rid[:]) }

func modelKey(m *big.Int) string { return m.String() }

func newToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// run runs a script, loading it when Redis lost its script cache (after a
// restart).
func (q *Queue) run(ctx context.Context, s *redis.Script, keys []string, args ...any) *redis.Cmd {
	return s.Run(ctx, q.rdb, keys, args...)
}

// scriptErr turns a script's error reply into the package's errors.
func scriptErr(err error, rid common.Hash) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	id := rid.Hex()
	switch {
	case strings.HasPrefix(msg, "NOTFOUND"):
		return fmt.Errorf("queue: job %s: %w", id, ErrNotFound)
	case strings.HasPrefix(msg, "LEASELOST"):
		return fmt.Errorf("queue: job %s: %w", id, ErrLeaseLost)
	case strings.HasPrefix(msg, "ILLEGAL "):
		f := strings.Fields(msg)
		return &TransitionError{RequestID: id, From: State(f[1]), To: State(f[2])}
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("queue: job %s: %w", id, err)
	}
	return fmt.Errorf("queue: job %s: redis: %w", id, err)
}

// Enqueue adds a request to its model's stream as a queued job. It returns
// false, and changes nothing, when the request id is already known: enqueue
// is idempotent, so the watcher may replay blocks. The exception is a job
// withdrawn by a reorg: enqueuing it again (the request was mined again)
// starts it over.
func (q *Queue) Enqueue(ctx context.Context, r *Request) (bool, error) {
	created, err := q.EnqueueBatch(ctx, []*Request{r})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// EnqueueBatch enqueues several requests in one round trip, each
// idempotently and atomically; created[i] says whether reqs[i] was new. On
// an error some requests may be enqueued: calling again is safe.
func (q *Queue) EnqueueBatch(ctx context.Context, reqs []*Request) (created []bool, err error) {
	payloads := make([][]byte, len(reqs))
	for i, r := range reqs {
		if r == nil {
			return nil, fmt.Errorf("%w: request %d is nil", ErrInvalid, i)
		}
		if payloads[i], err = r.check(q.cfg.MaxRequestBytes); err != nil {
			return nil, err
		}
	}
	calls := make([]call, len(reqs))
	for i, r := range reqs {
		m := modelKey(r.ModelID)
		calls[i] = call{
			keys: []string{q.k.job(r.RequestID), q.k.stream(m), q.k.counts(), q.k.models(), q.k.byBlock()},
			args: []any{ridHex(r.RequestID), payloads[i], m, r.BlockNumber, dispatchGroup},
		}
	}
	cmds, err := q.evalAll(ctx, q.s.enqueue, calls)
	if err != nil {
		return nil, fmt.Errorf("queue: enqueue of %d requests: %w", len(reqs), err)
	}
	created = make([]bool, len(reqs))
	for i, c := range cmds {
		n, err := c.Int64()
		if err != nil {
			return nil, fmt.Errorf("queue: enqueue of request %s: %w", reqs[i].RequestID.Hex(), err)
		}
		created[i] = n == 1
	}
	return created, nil
}

// Get returns a job, or ErrNotFound.
func (q *Queue) Get(ctx context.Context, rid common.Hash) (*Job, error) {
	f, err := q.rdb.HGetAll(ctx, q.k.job(rid)).Result()
	if err != nil {
		return nil, fmt.Errorf("queue: job %s: redis: %w", rid.Hex(), err)
	}
	if len(f) == 0 {
		return nil, fmt.Errorf("queue: job %s: %w", rid.Hex(), ErrNotFound)
	}
	return decodeJob(f)
}

// MarkSettled records that the request was settled on chain by tx. It needs
// no lease: whoever sees the settlement (the oracle on its receipt, the
// watcher on the event) records it. Any unfinished job may be settled: one
// still queued or dispatched was fulfilled by someone else's results, and
// its dispatch lease is void. Repeating it with the same transaction is a
// no-op; another transaction fails with a *TransitionError from settled.
func (q *Queue) MarkSettled(ctx context.Context, rid, tx common.Hash) error {
	return q.finish(ctx, rid, Settled, "", tx, false, false)
}

// MarkRefunded records that the requester was refunded on chain (tx may be
// zero when unknown). Any unfinished job may be refunded.
func (q *Queue) MarkRefunded(ctx context.Context, rid, tx common.Hash, reason string) error {
	return q.finish(ctx, rid, Refunded, reason, tx, false, false)
}

// Withdraw ends a job whose request was reorged out: the job becomes failed
// with the reason and leaves every stream, and a dispatcher or oracle holding
// its lease gets ErrLeaseLost or a *TransitionError on its next call.
// Enqueuing the request again (mined in another block) starts it over.
func (q *Queue) Withdraw(ctx context.Context, rid common.Hash, reason string) error {
	return q.finish(ctx, rid, Failed, reason, common.Hash{}, true, false)
}

// Abandon dead-letters an unfinished job with the reason, needing no lease
// (an operator's decision).
func (q *Queue) Abandon(ctx context.Context, rid common.Hash, reason string) error {
	if reason == "" {
		return fmt.Errorf("%w: abandoning job %s needs a reason", ErrInvalid, rid.Hex())
	}
	return q.finish(ctx, rid, Failed, reason, common.Hash{}, false, true)
}

// MarkSettledBatch records the settlement of several requests by one
// transaction in two round trips; errs[i] is rids[i]'s outcome, as
// MarkSettled's.
func (q *Queue) MarkSettledBatch(ctx context.Context, rids []common.Hash, tx common.Hash) (errs []error) {
	return q.finishBatch(ctx, rids, Settled, "", tx, false, false)
}

func (q *Queue) finish(ctx context.Context, rid common.Hash, to State, reason string, tx common.Hash, withdrawn, dead bool) error {
	return q.finishBatch(ctx, []common.Hash{rid}, to, reason, tx, withdrawn, dead)[0]
}

// finishBatch reads each job's model (its stream keys depend on it), then
// runs the finish script on each.
func (q *Queue) finishBatch(ctx context.Context, rids []common.Hash, to State, reason string, tx common.Hash, withdrawn, dead bool) []error {
	errs := make([]error, len(rids))
	pipe := q.rdb.Pipeline()
	models := make([]*redis.StringCmd, len(rids))
	for i, rid := range rids {
		models[i] = pipe.HGet(ctx, q.k.job(rid), "model")
	}
	_, _ = pipe.Exec(ctx)
	txs := ""
	if tx != (common.Hash{}) {
		txs = tx.Hex()
	}
	calls := make([]call, 0, len(rids))
	idx := make([]int, 0, len(rids))
	for i, rid := range rids {
		model, err := models[i].Result()
		switch {
		case errors.Is(err, redis.Nil):
			errs[i] = fmt.Errorf("queue: job %s: %w", rid.Hex(), ErrNotFound)
			continue
		case err != nil:
			errs[i] = fmt.Errorf("queue: job %s: redis: %w", rid.Hex(), err)
			continue
		}
		calls = append(calls, call{
			keys: []string{q.k.job(rid), q.k.stream(model), q.k.retry(model), q.k.settle(), q.k.settleDelayed(), q.k.counts(), q.k.dead(), q.k.settled()},
			args: []any{string(to), reason, txs, dispatchGroup, settleGroup, ridHex(rid), flag(withdrawn), flag(dead)},
		})
		idx = append(idx, i)
	}
	cmds, err := q.evalAll(ctx, q.s.finish, calls)
	for j, i := range idx {
		if err != nil {
			errs[i] = fmt.Errorf("queue: job %s: %w", rids[i].Hex(), err)
			continue
		}
		errs[i] = scriptErr(cmds[j].Err(), rids[i])
	}
	return errs
}

// Reopen takes a settled job back to results_collected because its
// settlement is no longer on chain (a reorg dropped it and the request is
// pending again): the job goes back on the settle stream for an oracle to
// settle anew, with a fresh budget of settle attempts. A job settled by
// someone else's results before it had its own has none to send: it goes
// back to queued, for a dispatcher, with a fresh budget of attempts. Its transactions
// (TxHashes), state times and Reopened count are kept as its history; the
// reason is recorded. It needs no lease. Reopening a job that is not
// settled (already reopened by another process, refunded, failed) fails
// with a *TransitionError; an unknown one with ErrNotFound.
func (q *Queue) Reopen(ctx context.Context, rid common.Hash, reason string) error {
	if reason == "" {
		return fmt.Errorf("%w: reopening job %s needs a reason", ErrInvalid, rid.Hex())
	}
	model, err := q.rdb.HGet(ctx, q.k.job(rid), "model").Result()
	if errors.Is(err, redis.Nil) {
		return fmt.Errorf("queue: job %s: %w", rid.Hex(), ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("queue: job %s: redis: %w", rid.Hex(), err)
	}
	err = q.run(ctx, q.s.reopen, []string{q.k.job(rid), q.k.settle(), q.k.counts(), q.k.settled(), q.k.stream(model)},
		reason, settleGroup, ridHex(rid), dispatchGroup).Err()
	return scriptErr(err, rid)
}

// SettledUnexpired returns the ids of the settled jobs whose request's
// deadline is at or after t (chain time): the settlements a reorg could
// still drop while the request can be fulfilled again, which an oracle
// checks against the chain after a reorg it cannot measure. The index
// holds each settled job until an hour past its deadline (by Redis's
// clock), including jobs that have since expired (DoneTTL).
func (q *Queue) SettledUnexpired(ctx context.Context, t time.Time) ([]common.Hash, error) {
	ids, err := q.rdb.ZRangeByScore(ctx, q.k.settled(), &redis.ZRangeBy{
		Min: strconv.FormatInt(t.Unix(), 10), Max: "+inf",
	}).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("queue: settled jobs: redis: %w", err)
	}
	out := make([]common.Hash, len(ids))
	for i, id := range ids {
		out[i] = common.HexToHash(id)
	}
	return out, nil
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
