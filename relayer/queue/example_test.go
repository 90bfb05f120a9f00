package queue_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/queue"
)

// A dispatcher's loop: lease jobs, keep the lease alive while the workers
// run, then collect, retry or fail. (Compiled, not run: it needs Redis.)
func ExampleQueue_Next() {
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	q, err := queue.New(rdb, queue.Config{})
	if err != nil {
		slog.Error("queue", "err", err) // a bad Config: the message names the field
		return
	}
	runWorkers := func(context.Context, *queue.Job) (*queue.Results, error) { return &queue.Results{}, nil }

	models := []*big.Int{big.NewInt(1), big.NewInt(2)}
	for ctx.Err() == nil {
		ds, err := q.Next(ctx, "relayer-0", models, 16, time.Second)
		if err != nil {
			slog.Error("queue", "err", err) // Redis unreachable: try again
			time.Sleep(time.Second)
			continue
		}
		for _, d := range ds {
			go func() {
				// Extend at a third of the visibility timeout.
				jobCtx, cancel := context.WithCancel(ctx)
				defer cancel()
				go func() {
					t := time.NewTicker(q.Config().VisibilityTimeout / 3)
					defer t.Stop()
					for {
						select {
						case <-jobCtx.Done():
							return
						case <-t.C:
							if err := q.Extend(jobCtx, &d.Lease); errors.Is(err, queue.ErrLeaseLost) {
								cancel() // another relayer has it now
							}
						}
					}
				}()
				res, err := runWorkers(jobCtx, d.Job)
				switch {
				case err != nil:
					_, _ = q.Retry(ctx, d.Lease, err.Error())
				default:
					err = q.Collect(ctx, d.Lease, res)
					if errors.Is(err, queue.ErrLeaseLost) || errors.Is(err, queue.ErrIllegalTransition) {
						slog.Warn("results dropped", "request", d.Lease.RequestID, "err", err)
					}
				}
			}()
		}
	}
}

// An oracle's batch: extend, sign, record, send only while the leases
// hold, settle on the receipt. (Compiled, not run: it needs Redis.)
func ExampleQueue_NextSettlements() {
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	q, _ := queue.New(rdb, queue.Config{})
	sign := func([]queue.Delivery) common.Hash { return common.Hash{1} }
	send := func(common.Hash) error { return nil }
	known := func([]common.Hash) (common.Hash, bool) { return common.Hash{}, false }

	ds, err := q.NextSettlements(ctx, "oracle-0", 50, time.Second)
	if err != nil || len(ds) == 0 {
		return
	}
	var batch []queue.Delivery
	for _, d := range ds {
		// Taken over after another oracle recorded a transaction: settle
		// by it if the network knows it; else send anew.
		if tx, ok := known(d.Job.TxHashes); ok && d.Job.State == queue.Submitted {
			_ = q.MarkSettled(ctx, d.Lease.RequestID, tx)
			continue
		}
		batch = append(batch, d)
	}
	leases := make([]*queue.Lease, len(batch))
	for i := range batch {
		leases[i] = &batch[i].Lease
	}
	for _, err := range q.ExtendBatch(ctx, leases) {
		if err != nil {
			return // rebuild the batch without the lost ones
		}
	}
	tx := sign(batch)
	for i, err := range q.MarkSubmittedBatch(ctx, leases, tx) {
		if err != nil || time.Until(leases[i].Expires) < 10*time.Second {
			for _, l := range leases {
				_ = q.Release(ctx, *l, "batch not sent")
			}
			return
		}
	}
	if err := send(tx); err != nil {
		return // the leases expire; the next holder reconciles
	}
	ids := make([]common.Hash, len(batch))
	for i := range batch {
		ids[i] = batch[i].Lease.RequestID
	}
	_ = q.MarkSettledBatch(ctx, ids, tx) // once the receipt is final
}
