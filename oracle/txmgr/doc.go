// Package txmgr sends the oracle's transactions. A Manager is the single owner
// of one signer's nonce: it prices each transaction (EIP-1559), publishes it,
// follows it to a receipt with the configured number of confirmations, and
// replaces it with a better-paid version (tip and fee cap both raised by at
// least 10%, as geth's pool demands) while it is not mined, up to a fee cap.
// It resynchronises its nonce when the node says "nonce too low", takes
// "already known" as a success, outbids "replacement transaction
// underpriced", and fills the gaps that a failed or dropped transaction
// leaves with a zero-value transfer to itself. A Pool spreads sends over
// several keys, one Manager each, for throughput.
//
// It is modelled on op-service's txmgr and, like it, declares the few RPC
// methods it needs (ETHBackend), so it is tested alone on the simulated chain
// and anvil. It does not know what the transactions mean: batching, the
// coordinator's ABI and which requests are settled are the caller's.
//
// # Contract with the caller
//
// Send returns a receipt only once the transaction is NumConfirmations deep.
// A receipt with status 0 comes with a *RevertError (errors.Is ErrReverted).
// Any other error says whether the transaction may still be mined:
//
//   - errors.Is(err, ErrMaybeIncluded) (a *PendingError): a version was
//     published and may still be mined at PendingError.Nonce; the candidate's
//     outcome is unknown. Do not re-send it before reading the chain.
//   - otherwise nothing of the candidate was published, or what was published
//     lost its nonce to another transaction: it will never be mined and can
//     be sent again.
//
// The manager never re-sends a candidate at a second nonce once a version of
// it may have been published, so one Send call executes at most once.
// Idempotency across calls and restarts is the caller's: it keys its work by
// request id and reads the chain before re-sending. At start-up it calls
// Reconcile, which returns once every transaction the key had pending when
// the manager started (left by a previous run) is mined or replaced by a
// no-op and buried under NumConfirmations blocks; the chain then tells the
// caller exactly what a previous run settled, and nothing left over can land
// later and settle a request twice.
//
// A reorg may drop transactions whose Send already returned. The manager
// keeps the last 256 versions it saw mined and, when the key's nonce at a
// new head falls below the last head's, sends the dropped ones again as
// signed: the same transaction at the same nonce, so it still executes at
// most once on the canonical chain, and later nonces are not held up
// behind the gap (nodes that re-pool reorged transactions answer "already
// known"). The caller still follows its outcomes by reading the chain.
//
// Keys never reach the manager: it takes a bind.SignerFn, and logs addresses,
// nonces, hashes and prices only.
package txmgr
