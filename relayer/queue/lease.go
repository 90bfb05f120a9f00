package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// LeaseKind says which stage holds a lease.
type LeaseKind int

const (
	// DispatchLease is a dispatcher's lease on a dispatched job (Next).
	DispatchLease LeaseKind = iota + 1
	// SettleLease is the oracle's lease on a job with results
	// (NextSettlements).
	SettleLease
)

func (k LeaseKind) String() string {
	switch k {
	case DispatchLease:
		return "dispatch"
	case SettleLease:
		return "settle"
	}
	return "LeaseKind(" + strconv.Itoa(int(k)) + ")"
}

func (k LeaseKind) lua() string {
	if k == SettleLease {
		return "s"
	}
	return "d"
}

// Lease is one consumer's exclusive hold on a job. Its Token fences it: once
// the lease expires and another consumer takes the job, every call with the
// old lease fails with ErrLeaseLost.
type Lease struct {
	Kind      LeaseKind
	RequestID common.Hash
	Model     string // the model id, in decimal
	Consumer  string
	Token     string
	Attempt   int       // 1 for the first attempt of this kind
	Expires   time.Time // by Redis's clock; Extend before it
}

// Delivery is a job handed to a consumer, with its lease.
type Delivery struct {
	Job   *Job
	Lease Lease
}

// source is one stream a consumer reads, with what goes with it.
type source struct {
	kind    LeaseKind
	stream  string
	delayed string
	group   string
	lease   time.Duration
}

func (q *Queue) dispatchSource(model string) source {
	return source{DispatchLease, q.k.stream(model), q.k.retry(model), dispatchGroup, q.cfg.VisibilityTimeout}
}

func (q *Queue) settleSource() source {
	return source{SettleLease, q.k.settle(), q.k.settleDelayed(), settleGroup, q.cfg.SettleLease}
}

func (q *Queue) sourceOf(l Lease) (source, error) {
	switch l.Kind {
	case DispatchLease:
		return q.dispatchSource(l.Model), nil
	case SettleLease:
		return q.settleSource(), nil
	}
	return source{}, fmt.Errorf("%w: lease on %s has no kind", ErrInvalid, l.RequestID.Hex())
}

// Next leases up to max queued jobs of the given models to consumer, moving
// them to dispatched, taking from the models in turn. It waits up to block for new jobs (block <= 0: no
// wait) but may return early, empty, at the sweep interval: call it in a
// loop. Each call may first promote retries that are due and reclaim jobs
// whose lease expired (a dead consumer's); a job whose lease expired
// MaxAttempts times is dead-lettered instead.
//
// consumer names this process (a pod or host name); it must be unique among
// live processes.
func (q *Queue) Next(ctx context.Context, consumer string, models []*big.Int, max int, block time.Duration) ([]Delivery, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("%w: Next needs at least one model", ErrInvalid)
	}
	srcs := make([]source, len(models))
	for i, m := range models {
		if m == nil || m.Sign() < 0 {
			return nil, fmt.Errorf("%w: model id %v", ErrInvalid, m)
		}
		srcs[i] = q.dispatchSource(modelKey(m))
	}
	return q.consume(ctx, consumer, srcs, max, block)
}

// NextSettlements leases up to max jobs with collected results to an oracle
// process, like Next. A job comes back in state results_collected, or in
// submitted when a previous oracle sent a transaction and then lost its
// lease: the new holder must reconcile Job.TxHashes with the chain before
// sending anything.
func (q *Queue) NextSettlements(ctx context.Context, consumer string, max int, block time.Duration) ([]Delivery, error) {
	return q.consume(ctx, consumer, []source{q.settleSource()}, max, block)
}

func (q *Queue) consume(ctx context.Context, consumer string, srcs []source, max int, block time.Duration) ([]Delivery, error) {
	if consumer == "" {
		return nil, fmt.Errorf("%w: empty consumer name", ErrInvalid)
	}
	if max < 1 {
		return nil, fmt.Errorf("%w: max %d: want at least 1", ErrInvalid, max)
	}
	var out []Delivery
	for _, s := range srcs {
		if !q.sweepDue(s.stream) {
			continue
		}
		d, err := q.sweep(ctx, s, consumer, max-len(out))
		out = append(out, d...)
		if err != nil || len(out) >= max {
			return out, err
		}
	}
	if len(out) > 0 {
		block = 0
	}
	d, err := q.read(ctx, consumer, srcs, max-len(out), min(block, q.cfg.SweepInterval))
	return append(out, d...), err
}

// sweepDue rate-limits sweeps to once per SweepInterval per stream and
// process.
func (q *Queue) sweepDue(stream string) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := time.Now()
	if now.Sub(q.lastSweep[stream]) < q.cfg.SweepInterval {
		return false
	}
	q.lastSweep[stream] = now
	return true
}

// sweep promotes the source's due retries back onto its stream and takes
// over entries whose lease expired (XAUTOCLAIM), continuing the scan of the
// pending list where the last sweep stopped. Both queries go in one round
// trip.
func (q *Queue) sweep(ctx context.Context, s source, consumer string, max int) ([]Delivery, error) {
	q.mu.Lock()
	start := q.cursor[s.stream]
	q.mu.Unlock()
	if start == "" {
		start = "0-0"
	}
	pipe := q.rdb.Pipeline()
	// Candidates by this process's clock; the promote script checks each
	// against Redis's.
	due := pipe.ZRangeByScore(ctx, s.delayed, &redis.ZRangeBy{
		Min: "-inf", Max: strconv.FormatInt(time.Now().UnixMilli(), 10), Count: 256,
	})
	claimed := pipe.XAutoClaim(ctx, &redis.XAutoClaimArgs{
		Stream: s.stream, Group: s.group, Consumer: consumer,
		MinIdle: s.lease, Start: start, Count: int64(max),
	})
	_, _ = pipe.Exec(ctx)
	if err := due.Err(); err != nil {
		return nil, fmt.Errorf("queue: due retries in %s: %w", s.delayed, err)
	}
	if len(due.Val()) > 0 {
		calls := make([]call, len(due.Val()))
		for i, rid := range due.Val() {
			calls[i] = call{
				keys: []string{s.delayed, q.k.jobHex(rid), s.stream},
				args: []any{s.kind.lua(), rid, s.group},
			}
		}
		if _, err := q.evalAll(ctx, q.s.promote, calls); err != nil {
			return nil, err
		}
	}
	msgs, next, err := claimed.Result()
	if redis.HasErrorPrefix(err, "NOGROUP") {
		return nil, q.ensureGroup(ctx, s)
	}
	if err != nil {
		return nil, fmt.Errorf("queue: reclaiming from %s: %w", s.stream, err)
	}
	q.mu.Lock()
	q.cursor[s.stream] = next
	q.mu.Unlock()
	return q.claim(ctx, s, consumer, msgs)
}

// read delivers new entries (XREADGROUP >) from all the sources at once.
func (q *Queue) read(ctx context.Context, consumer string, srcs []source, count int, block time.Duration) ([]Delivery, error) {
	streams := make([]string, 0, 2*len(srcs))
	for _, s := range srcs {
		streams = append(streams, s.stream)
	}
	for range srcs {
		streams = append(streams, ">")
	}
	args := &redis.XReadGroupArgs{Group: srcs[0].group, Consumer: consumer, Streams: streams, Count: int64(count), Block: -1}
	if block > 0 {
		args.Block = max(block, time.Millisecond) // BLOCK 0 would wait forever
	}
	var res []redis.XStream
	var err error
	for try := 0; try < 2; try++ {
		res, err = q.rdb.XReadGroup(ctx, args).Result()
		if !redis.HasErrorPrefix(err, "NOGROUP") {
			break
		}
		// A new model, or Redis came back without the group: create the
		// groups and read again.
		for _, s := range srcs {
			if err := q.ensureGroup(ctx, s); err != nil {
				return nil, err
			}
		}
	}
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("queue: reading %v: %w", streams[:len(srcs)], err)
	}
	keep := roundRobin(res, count)
	var out []Delivery
	for _, xs := range res {
		var s source
		for _, c := range srcs {
			if c.stream == xs.Stream {
				s = c
			}
		}
		kept := keep[xs.Stream]
		if surplus := xs.Messages[len(kept):]; len(surplus) > 0 {
			if err := q.handBack(ctx, s, consumer, surplus); err != nil {
				return out, err
			}
		}
		d, err := q.claim(ctx, s, consumer, kept)
		out = append(out, d...)
		if err != nil {
			return out, fmt.Errorf("queue: claiming from %s: %w", s.stream, err)
		}
	}
	return out, nil
}

// roundRobin keeps count of the entries XREADGROUP delivered (its COUNT
// applies to each stream), taking from the streams in turn so that a busy
// model does not starve the others. Each stream's kept entries are a prefix
// of its delivery.
func roundRobin(res []redis.XStream, count int) map[string][]redis.XMessage {
	kept := make(map[string][]redis.XMessage, len(res))
	for j := 0; count > 0; j++ {
		took := false
		for _, xs := range res {
			if j < len(xs.Messages) && count > 0 {
				kept[xs.Stream] = append(kept[xs.Stream], xs.Messages[j])
				count--
				took = true
			}
		}
		if !took {
			break
		}
	}
	return kept
}

// handBack returns delivered entries this call will not take: it marks them
// idle for a full lease period, so the next sweep (this process's, which it
// brings forward, or another's) reclaims them. Their jobs are untouched: no
// attempt is counted.
func (q *Queue) handBack(ctx context.Context, s source, consumer string, msgs []redis.XMessage) error {
	args := []any{"XCLAIM", s.stream, s.group, consumer, 0}
	for _, m := range msgs {
		args = append(args, m.ID)
	}
	args = append(args, "IDLE", s.lease.Milliseconds(), "JUSTID")
	if err := q.rdb.Do(ctx, args...).Err(); err != nil {
		return fmt.Errorf("queue: handing back %d entries of %s: %w", len(msgs), s.stream, err)
	}
	q.mu.Lock()
	delete(q.lastSweep, s.stream)
	delete(q.cursor, s.stream) // rescan the pending list from its start
	q.mu.Unlock()
	return nil
}

func (q *Queue) ensureGroup(ctx context.Context, s source) error {
	err := q.rdb.XGroupCreateMkStream(ctx, s.stream, s.group, "0").Err()
	if err != nil && !redis.HasErrorPrefix(err, "BUSYGROUP") {
		return fmt.Errorf("queue: creating group %s on %s: %w", s.group, s.stream, err)
	}
	return nil
}

// claim runs the claim script on delivered entries and returns the jobs it
// leased.
func (q *Queue) claim(ctx context.Context, s source, consumer string, msgs []redis.XMessage) ([]Delivery, error) {
	calls := make([]call, 0, len(msgs))
	tokens := make([]string, 0, len(msgs))
	for _, m := range msgs {
		rid, _ := m.Values["id"].(string)
		if rid == "" {
			// Not ours, or deleted while pending: drop it.
			if err := q.rdb.XAck(ctx, s.stream, s.group, m.ID).Err(); err != nil {
				return nil, fmt.Errorf("queue: dropping entry %s of %s: %w", m.ID, s.stream, err)
			}
			continue
		}
		tok := newToken()
		tokens = append(tokens, tok)
		calls = append(calls, call{
			keys: []string{q.k.jobHex(rid), s.stream, q.k.dead(), q.k.counts()},
			args: []any{s.kind.lua(), m.ID, s.group, consumer, tok, s.lease.Milliseconds(), q.cfg.MaxAttempts},
		})
	}
	cmds, err := q.evalAll(ctx, q.s.claim, calls)
	if err != nil {
		return nil, err
	}
	var out []Delivery
	for i, c := range cmds {
		reply, _ := c.Val().([]any)
		if len(reply) != 2 || reply[0] != "ok" {
			continue // stale, busy or dead-lettered
		}
		f, err := pairsToMap(reply[1])
		if err != nil {
			return out, err
		}
		j, err := decodeJob(f)
		if err != nil {
			return out, err
		}
		attempt := j.Attempts
		if s.kind == SettleLease {
			attempt = j.SettleAttempts
		}
		out = append(out, Delivery{Job: j, Lease: Lease{
			Kind: s.kind, RequestID: j.Request.RequestID, Model: f["model"],
			Consumer: consumer, Token: tokens[i], Attempt: attempt, Expires: j.LeaseExpires,
		}})
	}
	return out, nil
}

// Extend pushes the lease's expiry one lease period (VisibilityTimeout or
// SettleLease) from now and updates l.Expires. Call it well before expiry
// while the work goes on; ErrLeaseLost means another consumer has the job:
// stop working on it.
func (q *Queue) Extend(ctx context.Context, l *Lease) error {
	return q.ExtendBatch(ctx, []*Lease{l})[0]
}

// ExtendBatch extends several leases in one round trip; errs[i] is
// leases[i]'s outcome, as Extend's.
func (q *Queue) ExtendBatch(ctx context.Context, leases []*Lease) (errs []error) {
	return q.leaseBatch(ctx, q.s.extend, leases, func(l *Lease, s source) call {
		return call{
			keys: []string{q.k.job(l.RequestID), s.stream},
			args: []any{s.kind.lua(), l.Token, s.group, l.Consumer, s.lease.Milliseconds()},
		}
	})
}

// leaseBatch runs a script that returns a lease's new expiry once per lease,
// in one pipeline, and updates each lease's Expires.
func (q *Queue) leaseBatch(ctx context.Context, s *redis.Script, leases []*Lease, mk func(*Lease, source) call) []error {
	errs := make([]error, len(leases))
	calls := make([]call, 0, len(leases))
	idx := make([]int, 0, len(leases))
	for i, l := range leases {
		src, err := q.sourceOf(*l)
		if err != nil {
			errs[i] = err
			continue
		}
		calls = append(calls, mk(l, src))
		idx = append(idx, i)
	}
	cmds, err := q.evalAll(ctx, s, calls)
	for j, i := range idx {
		if err != nil {
			errs[i] = fmt.Errorf("queue: job %s: %w", leases[i].RequestID.Hex(), err)
			continue
		}
		ms, err := cmds[j].Int64()
		if err != nil {
			errs[i] = scriptErr(err, leases[i].RequestID)
			continue
		}
		leases[i].Expires = time.UnixMilli(ms)
	}
	return errs
}

// Collect records a dispatch's results and hands the job to the oracle:
// dispatched -> results_collected, onto the settle stream, atomically. It
// fails with ErrLeaseLost when the lease expired and the job moved on
// (another dispatcher took it, or it was retried), and with a
// *TransitionError when the job is finished (withdrawn by a reorg,
// refunded, dead-lettered): drop the results either way. A repeat with the
// same lease (after a connection error) returns the first call's answer.
func (q *Queue) Collect(ctx context.Context, l Lease, r *Results) error {
	if l.Kind != DispatchLease {
		return fmt.Errorf("%w: Collect needs a dispatch lease, not %v", ErrInvalid, l.Kind)
	}
	if r == nil {
		return fmt.Errorf("%w: job %s: nil results", ErrInvalid, l.RequestID.Hex())
	}
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("%w: job %s: results: %v", ErrInvalid, l.RequestID.Hex(), err)
	}
	err = q.run(ctx, q.s.collect,
		[]string{q.k.job(l.RequestID), q.k.stream(l.Model), q.k.settle(), q.k.counts()},
		l.Token, dispatchGroup, settleGroup, b, ridHex(l.RequestID)).Err()
	return scriptErr(err, l.RequestID)
}

// Retry gives the job back after a failed attempt (a worker timed out or
// disagreed; an oracle's transaction could not be sent). It is offered again
// after a backoff that doubles with each attempt; after MaxAttempts attempts
// it is dead-lettered with the reason instead, and dead is true.
func (q *Queue) Retry(ctx context.Context, l Lease, reason string) (dead bool, err error) {
	res, err := q.giveBack(ctx, l, reason, q.backoff(l.Attempt), "retry")
	return res == "dead", err
}

// Release hands the job back at once without counting the attempt: for a
// graceful shutdown with jobs in flight. A released settlement goes back to
// results_collected even when submitted, so release only what was not sent.
func (q *Queue) Release(ctx context.Context, l Lease, reason string) error {
	_, err := q.giveBack(ctx, l, reason, 0, "release")
	return err
}

// Fail dead-letters the job at once with the reason (a failure no retry
// can fix): the job becomes failed.
func (q *Queue) Fail(ctx context.Context, l Lease, reason string) error {
	if reason == "" {
		return fmt.Errorf("%w: failing job %s needs a reason", ErrInvalid, l.RequestID.Hex())
	}
	_, err := q.giveBack(ctx, l, reason, 0, "fail")
	return err
}

func (q *Queue) giveBack(ctx context.Context, l Lease, reason string, delay time.Duration, mode string) (string, error) {
	s, err := q.sourceOf(l)
	if err != nil {
		return "", err
	}
	res, err := q.run(ctx, q.s.giveBack,
		[]string{q.k.job(l.RequestID), s.stream, s.delayed, q.k.dead(), q.k.counts()},
		s.kind.lua(), l.Token, s.group, reason, delay.Milliseconds(), q.cfg.MaxAttempts, mode, ridHex(l.RequestID)).Text()
	return res, scriptErr(err, l.RequestID)
}

// backoff is the delay after a failed attempt: RetryBackoff doubled per
// attempt up to MaxRetryBackoff, the upper half randomised so that retries
// of a burst spread out.
func (q *Queue) backoff(attempt int) time.Duration {
	d := q.cfg.RetryBackoff
	for i := 1; i < attempt && d < q.cfg.MaxRetryBackoff; i++ {
		d *= 2
	}
	d = min(d, q.cfg.MaxRetryBackoff)
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2)
}

// MarkSubmitted records a settlement transaction the oracle is about to send
// (or a replacement of it): results_collected or submitted -> submitted,
// under the oracle's lease, which it extends by SettleLease. Record before
// sending: ErrLeaseLost then means another oracle owns the request and
// nothing must be sent.
//
// A batch transaction's hash depends on which requests it carries, so
// extend the batch's leases first (ExtendBatch: a fresh lease cannot expire
// while the transaction is signed), then build and sign, then record with
// MarkSubmittedBatch, then send, but only if every record held and every
// lease still has time left (Lease.Expires, by Redis's clock, less a margin
// for clock skew). Otherwise send nothing and Release the leases: the hash
// recorded on the jobs names a transaction that never existed.
//
// An oracle that takes over a submitted job looks its Job.TxHashes up on
// the network (pending or mined) and settles by the one it finds; when none
// is known it sends anew under its own lease. TestChaos checks this
// protocol against crashes of oracles and of Redis.
func (q *Queue) MarkSubmitted(ctx context.Context, l *Lease, tx common.Hash) error {
	return q.MarkSubmittedBatch(ctx, []*Lease{l}, tx)[0]
}

// MarkSubmittedBatch records one transaction for several settle leases in
// one round trip; errs[i] is leases[i]'s outcome, as MarkSubmitted's.
func (q *Queue) MarkSubmittedBatch(ctx context.Context, leases []*Lease, tx common.Hash) (errs []error) {
	if tx == (common.Hash{}) {
		errs = make([]error, len(leases))
		for i, l := range leases {
			errs[i] = fmt.Errorf("%w: job %s: zero transaction hash", ErrInvalid, l.RequestID.Hex())
		}
		return errs
	}
	errs = make([]error, len(leases))
	var ok []*Lease
	var at []int
	for i, l := range leases {
		if l.Kind != SettleLease {
			errs[i] = fmt.Errorf("%w: job %s: MarkSubmitted needs a settle lease, not %v", ErrInvalid, l.RequestID.Hex(), l.Kind)
			continue
		}
		ok, at = append(ok, l), append(at, i)
	}
	sub := q.leaseBatch(ctx, q.s.submitted, ok, func(l *Lease, _ source) call {
		return call{
			keys: []string{q.k.job(l.RequestID), q.k.counts(), q.k.settle()},
			args: []any{l.Token, tx.Hex(), q.cfg.SettleLease.Milliseconds(), settleGroup, l.Consumer},
		}
	})
	for j, i := range at {
		errs[i] = sub[j]
	}
	return errs
}

// call is one script invocation in a pipeline.
type call struct {
	keys []string
	args []any
}

// evalAll runs a script once per call in one pipeline. When Redis lost its
// script cache (a restart), it loads the script and runs the calls that
// failed for that reason again: they changed nothing. Script errors stay on
// the returned commands; the error is for connection failures.
func (q *Queue) evalAll(ctx context.Context, s *redis.Script, calls []call) ([]*redis.Cmd, error) {
	cmds := make([]*redis.Cmd, len(calls))
	todo := make([]int, len(calls))
	for i := range todo {
		todo[i] = i
	}
	for try := 0; len(todo) > 0; try++ {
		pipe := q.rdb.Pipeline()
		for _, i := range todo {
			cmds[i] = s.EvalSha(ctx, pipe, calls[i].keys, calls[i].args...)
		}
		_, _ = pipe.Exec(ctx)
		var again []int
		for _, i := range todo {
			err := cmds[i].Err()
			switch {
			case err == nil || errors.Is(err, redis.Nil):
			case redis.HasErrorPrefix(err, "NOSCRIPT") && try == 0:
				again = append(again, i)
			case isRedisReply(err):
				// A script's own error: the caller reads it.
			default:
				return cmds, fmt.Errorf("queue: redis: %w", err)
			}
		}
		if len(again) > 0 {
			if err := s.Load(ctx, q.rdb).Err(); err != nil {
				return cmds, fmt.Errorf("queue: loading script: %w", err)
			}
		}
		todo = again
	}
	return cmds, nil
}

func isRedisReply(err error) bool {
	var re redis.Error
	return errors.As(err, &re)
}
