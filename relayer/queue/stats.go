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

	st := &Stats{Models: make(map[string]StreamStats), DeadLetters: dead.Val(), States: make(map[State]int64)}
	for k, v := range counts.Val() {
		n, _ := strconv.ParseInt(v, 10, 64)
		st.States[State(k)] = n
	}
	// The oldest undelivered entry comes right after the group's last
	// delivered id; its id is its enqueue time in milliseconds.
	pipe = q.rdb.Pipeline()
	oldest := make([]*redis.XMessageSliceCmd, len(srcs))
	for i, s := range srcs {
		var ss StreamStats
		ss.Delayed = delayed[i].Val()
		if groups[i].Err() == nil { // no stream yet: nothing waiting
			for _, g := range groups[i].Val() {
				if g.Name == s.group {
					ss.InFlight = g.Pending
					ss.Waiting = max(lens[i].Val()-g.Pending, 0)
					if ss.Waiting > 0 {
						oldest[i] = pipe.XRangeN(ctx, s.stream, "("+g.LastDeliveredID, "+", 1)
					}
				}
			}
		}
		if i == 0 {
			st.Settle = ss
		} else {
			st.Models[models[i-1]] = ss
		}
	}
	if _, err := pipe.Exec(ctx); err != nil && err != redis.Nil {
		return nil, fmt.Errorf("queue: stats: redis: %w", err)
	}
	for i, c := range oldest {
		if c == nil || len(c.Val()) == 0 {
			continue
		}
		ms, _, _ := strings.Cut(c.Val()[0].ID, "-")
		t, _ := strconv.ParseInt(ms, 10, 64)
		age := max(now.Val().Sub(time.UnixMilli(t)), 0)
		if i == 0 {
			st.Settle.OldestWaiting = age
		} else {
			s := st.Models[models[i-1]]
			s.OldestWaiting = age
			st.Models[models[i-1]] = s
		}
	}
	return st, nil
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
