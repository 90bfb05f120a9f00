package queue

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// StreamStats is the depth and lag of one stream.
type StreamStats struct {
	Waiting  int64 // entries not yet delivered to any consumer
	InFlight int64 // delivered and leased, not finished
	Delayed  int64 // waiting out a retry backoff
	// OldestWaiting is the age of the oldest undelivered entry (0 when none):
	// the queue's lag.
	OldestWaiting time.Duration
}

// Stats is a snapshot for metrics.
type Stats struct {
	Models      map[string]StreamStats // by model id in decimal
	Settle      StreamStats            // results waiting for the oracle
	DeadLetters int64
	// States counts jobs: for the unfinished states, those in it now; for
	// settled, refunded and failed, every job that ever got there (a
	// counter, since finished jobs expire).
	States map[State]int64
}

// Stats reads the depth of every stream and the job counts. It costs two
// round trips and O(models) work in Redis: fine for a metrics scrape.
func (q *Queue) Stats(ctx context.Context) (*Stats, error) {
	models, err := q.rdb.SMembers(ctx, q.k.models()).Result()
	if err != nil {
		return nil, fmt.Errorf("queue: stats: redis: %w", err)
	}
	srcs := []source{q.settleSource()}
	for _, m := range models {
		srcs = append(srcs, q.dispatchSource(m))
	}

	pipe := q.rdb.Pipeline()
	lens := make([]*redis.IntCmd, len(srcs))
	groups := make([]*redis.XInfoGroupsCmd, len(srcs))
	delayed := make([]*redis.IntCmd, len(srcs))
	for i, s := range srcs {
		lens[i] = pipe.XLen(ctx, s.stream)
		groups[i] = pipe.XInfoGroups(ctx, s.stream)
		delayed[i] = pipe.ZCard(ctx, s.delayed)
	}
	dead := pipe.XLen(ctx, q.k.dead())
	counts := pipe.HGetAll(ctx, q.k.counts())
	now := pipe.Time(ctx)
	_, _ = pipe.Exec(ctx)
	for _, c := range []redis.Cmder{dead, counts, now} {
		if err := c.Err(); err != nil {
			return nil, fmt.Errorf("queue: stats: redis: %w", err)
		}
	}

	all := make([]StreamStats, len(srcs))
	last := make([]string, len(srcs)) // the group's last delivered id
	for i, s := range srcs {
		all[i].Delayed = delayed[i].Val()
		// No stream yet (an error here): nothing waiting or in flight.
		for _, g := range groups[i].Val() {
			if g.Name == s.group {
				all[i].InFlight = g.Pending
				// Acknowledged entries are deleted, so the stream holds
				// exactly the waiting and the in-flight ones.
				all[i].Waiting = max(lens[i].Val()-g.Pending, 0)
				last[i] = g.LastDeliveredID
			}
		}
	}
	if err := q.lags(ctx, srcs, all, last, now.Val()); err != nil {
		return nil, err
	}

	st := &Stats{Settle: all[0], Models: make(map[string]StreamStats), DeadLetters: dead.Val(), States: make(map[State]int64)}
	for i, m := range models {
		st.Models[m] = all[i+1]
	}
	for k, v := range counts.Val() {
		n, _ := strconv.ParseInt(v, 10, 64)
		st.States[State(k)] = n
	}
	return st, nil
}

// lags sets OldestWaiting: the oldest undelivered entry comes right after
// the group's last delivered id, and its id is its enqueue time in ms.
func (q *Queue) lags(ctx context.Context, srcs []source, all []StreamStats, last []string, now time.Time) error {
	pipe := q.rdb.Pipeline()
	oldest := make([]*redis.XMessageSliceCmd, len(srcs))
	for i, s := range srcs {
		if all[i].Waiting > 0 {
			oldest[i] = pipe.XRangeN(ctx, s.stream, "("+last[i], "+", 1)
		}
	}
	if pipe.Len() == 0 {
		return nil
	}
	if _, err := pipe.Exec(ctx); err != nil && err != redis.Nil {
		return fmt.Errorf("queue: stats: redis: %w", err)
	}
	for i, c := range oldest {
		if c == nil || len(c.Val()) == 0 {
			continue
		}
		ms, _, _ := strings.Cut(c.Val()[0].ID, "-")
		t, _ := strconv.ParseInt(ms, 10, 64)
		all[i].OldestWaiting = max(now.Sub(time.UnixMilli(t)), 0)
	}
	return nil
}

// DeadLetter is one entry of the dead-letter stream.
type DeadLetter struct {
	RequestID      common.Hash
	Model          string
	State          State // the state the job failed from
	Attempts       int
	SettleAttempts int
	Reason         string
	At             time.Time
}

// DeadLetters returns up to count dead letters, newest first.
func (q *Queue) DeadLetters(ctx context.Context, count int64) ([]DeadLetter, error) {
	msgs, err := q.rdb.XRevRangeN(ctx, q.k.dead(), "+", "-", count).Result()
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: redis: %w", err)
	}
	out := make([]DeadLetter, len(msgs))
	for i, m := range msgs {
		get := func(k string) string { s, _ := m.Values[k].(string); return s }
		ms, _, _ := strings.Cut(m.ID, "-")
		t, _ := strconv.ParseInt(ms, 10, 64)
		a, _ := strconv.Atoi(get("attempts"))
		sa, _ := strconv.Atoi(get("settleAttempts"))
		out[i] = DeadLetter{
			RequestID: common.HexToHash(get("id")), Model: get("model"), State: State(get("state")),
			Attempts: a, SettleAttempts: sa, Reason: get("reason"), At: time.UnixMilli(t),
		}
	}
	return out, nil
}
