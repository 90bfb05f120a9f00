// Package queue is the relayer's Redis job queue and job store: the one
// owner of every Redis key and of the connection. The watcher enqueues
// InferenceRequested events, dispatchers lease jobs per model and collect the
// workers' results, the oracle leases jobs with results and records their
// settlement. The watcher's checkpoint lives here too.
//
// It is not a general-purpose queue, and it does not talk to the chain or to
// workers: callers bring those facts in (Collect, MarkSubmitted,
// MarkSettled, Withdraw...). It needs Redis 6.2 or later (XAUTOCLAIM); the
// tests run on 7.0.
//
// # Flow and states
//
//	         Enqueue          Next              Collect                NextSettlements+MarkSubmitted             MarkSettled
//	watcher ────────▶ queued ───────▶ dispatched ────────▶ results_collected ─────────────────────────────▶ submitted ───────────▶ settled
//	                    ▲                  │                       ▲                                         │
//	                    └── Retry/Release ─┘                       └────────────── Retry/Release ────────────┘
//
//	any unfinished state ── MarkRefunded ──▶ refunded
//	any unfinished state ── Fail, Abandon, Withdraw, MaxAttempts reached ──▶ failed
//	queued, dispatched ── MarkSettled (fulfilled by someone else's results) ──▶ settled
//	settled ── Reopen (a reorg dropped the settlement) ──▶ results_collected, or queued when it has no results
//
// The transitions are listed in one table (CanTransition) and checked inside
// Redis by Lua scripts, so a state, its stream entries, its lease and the
// counters change together or not at all. An illegal change returns a
// *TransitionError (errors.Is ErrIllegalTransition) naming both states. Each
// job records the time it entered each state, its attempts, the reason of its
// last retry or failure, the workers' results and the settlement
// transactions. An unfinished job expires after ActiveTTL, a finished one
// after DoneTTL.
//
// # Idempotency
//
// Enqueue is keyed by request id: enqueuing a known request is a no-op (it
// returns false), so the watcher can replay blocks after a crash. Enqueue a
// block's requests, then SaveCheckpoint: no request is skipped or processed
// twice. The one exception is a job Withdrawn after a reorg: when the
// request is mined again, Enqueue starts it over. The window is the job's
// lifetime (DoneTTL after it finishes), far longer than any replay.
//
// Every call that ends a lease (Collect, Retry, Release, Fail) may be
// retried with the same lease after a connection error: a repeat returns
// the first call's result. MarkSettled and MarkRefunded repeated with the
// same transaction are no-ops too.
//
// # Leases and scale-out
//
// Several relayer processes (and several oracle processes) share one Redis
// with no duplicate dispatch or settlement:
//
//   - Each model has a stream (jobs:<model>) read by one consumer group,
//     "dispatch"; results wait in one stream (settle) read by the group
//     "settle". A stream entry goes to exactly one consumer (XREADGROUP), and
//     stays in that consumer's pending list until the job leaves the stage.
//   - Delivering an entry takes a lease on its job in the same atomic script:
//     the job records the holder, a random fencing token and an expiry by
//     Redis's clock (VisibilityTimeout for dispatch, SettleLease for the
//     oracle). Every later call carries the Lease and fails with
//     ErrLeaseLost when the token is no longer the job's: the holder must
//     stop, and must not send anything.
//   - The holder calls Extend while it works; that pushes the expiry and
//     resets the entry's idle time. A holder that dies stops extending; once
//     the entry has been idle for a lease period and the lease has expired,
//     another process's Next reclaims it (XAUTOCLAIM) with a new token. A
//     dispatch reclaimed MaxAttempts times is dead-lettered.
//   - The oracle records each transaction with MarkSubmitted before it sends
//     it: a stale oracle gets ErrLeaseLost there and sends nothing. A job
//     taken over after a transaction was recorded comes back as submitted
//     with Job.TxHashes, to reconcile with the chain first.
//
// Consumer names must be unique among live processes; goroutines of one
// process may share one. A stopped consumer's name stays listed in the
// group (Redis keeps it), so prefer names that are stable per deployment
// slot (a pod or host name) to names that change on every start.
//
// # Retries and dead letters
//
// Retry gives a job back after a failed attempt; it is offered again after
// a backoff (RetryBackoff doubling up to MaxRetryBackoff, the upper half
// random) kept in a sorted set per stream, which Next promotes when due.
// After MaxAttempts attempts, or at once with Fail, the job becomes failed
// and an entry with the reason, the state it failed from and the attempt
// counts goes to the dead-letter stream (DeadLetters). Release hands a job
// back at once without counting the attempt (graceful shutdown).
//
// # Keys
//
// Every key is "{<Namespace>}:<name>". The braces are a Redis Cluster hash
// tag: all of a namespace's keys live in one slot, so the scripts and
// pipelines that touch several keys work through go-redis's cluster client.
// The cost is that one namespace is served by one shard, which handles far
// more than the relayer's target of 2,000 requests/s; run one namespace per
// chain and coordinator.
//
//	job:<requestId hex>     hash    request JSON, state, t:<state> times, attempts, lease, results, txs
//	jobs:<model>            stream  dispatch entries {id}; group "dispatch"
//	retry:<model>           zset    request ids waiting out a dispatch backoff, by due time
//	settle                  stream  jobs with results {id}; group "settle"
//	settle:delayed          zset    settlements waiting out a backoff
//	dead                    stream  dead letters {id, model, state, attempts, settleAttempts, reason}
//	states                  hash    jobs per state (gauges for unfinished states, totals for finished ones)
//	models                  set     model ids seen, for Stats
//	byblock                 zset    request ids by block number, for RequestsAbove after a reorg
//	settled                 zset    settled request ids by their deadline, for SettledUnexpired after a reorg
//	checkpoint:<name>       hash    the watcher's last finished block {number, hash}
//	blocks:<name>           zset    its recent block hashes, "<number>:<hash>" by number
//
// Stream entries are deleted when acknowledged, so a stream's length is its
// waiting plus in-flight jobs.
//
// # Use
//
//	q, err := queue.New(rdb, queue.Config{})            // rdb: *redis.Client or *redis.ClusterClient
//	created, err := q.Enqueue(ctx, &queue.Request{...}) // watcher
//	ds, err := q.Next(ctx, "relayer-1", models, 16, time.Second)
//	err = q.Extend(ctx, &ds[0].Lease)                   // while the workers run
//	err = q.Collect(ctx, ds[0].Lease, &queue.Results{...})
//	ss, err := q.NextSettlements(ctx, "oracle-1", 50, time.Second)
//	errs := q.ExtendBatch(ctx, leases)                  // then build and sign the batch
//	errs = q.MarkSubmittedBatch(ctx, leases, txHash)    // before sending
//	errs = q.MarkSettledBatch(ctx, ids, txHash)         // on the receipt, or the event
//	err = q.Reopen(ctx, id, "settlement reorged out")   // the chain says pending again
//	st, err := q.Stats(ctx)                             // for /metrics
package queue
