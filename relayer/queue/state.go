package queue

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// State is where a job is in its life.
type State string

// The states of a job. Settled, Refunded and Failed are terminal: the
// normal flow never leaves them. The one way back is Reopen, for a job whose
// settlement a reorg dropped (settled -> results_collected, or queued when
// it has no results).
const (
	Queued           State = "queued"            // waiting in its model's stream
	Dispatched       State = "dispatched"        // leased by a dispatcher, sent to workers
	ResultsCollected State = "results_collected" // agreed results, waiting for the oracle
	Submitted        State = "submitted"         // the oracle sent a settlement transaction
	Settled          State = "settled"           // the settlement is on chain
	Refunded         State = "refunded"          // the requester was refunded on chain
	Failed           State = "failed"            // dead-lettered, or withdrawn by a reorg
)

var states = []State{Queued, Dispatched, ResultsCollected, Submitted, Settled, Refunded, Failed}

// transitions is the state machine, the one source of truth: the Lua
// scripts are generated from it and CanTransition reads it.
var transitions = map[State][]State{
	// Queued or Dispatched -> Settled: fulfilled on chain by someone else's
	// results (another relayer's) before this one collected any.
	Queued: {Dispatched, Settled, Refunded, Failed},
	// Dispatched -> Dispatched: reclaimed after the visibility timeout.
	// Dispatched -> Queued: retried or handed back.
	Dispatched: {Dispatched, Queued, ResultsCollected, Settled, Refunded, Failed},
	// ResultsCollected -> Settled: the settlement was seen on chain before
	// the oracle recorded its transaction (an oracle restart).
	ResultsCollected: {Submitted, Settled, Refunded, Failed},
	// Submitted -> Submitted: a replacement transaction (fee bump).
	// Submitted -> ResultsCollected: the transaction was dropped or reorged
	// out, so the result goes back to the oracle.
	Submitted: {Submitted, ResultsCollected, Settled, Refunded, Failed},
	// Settled -> ResultsCollected: Reopen, the settlement was reorged out
	// and the request is pending on chain again. Settled -> Queued: the
	// same for a job settled by someone else's results, which has none to
	// send: its workers are asked.
	Settled: {ResultsCollected, Queued},
}

// Terminal reports whether s is a finished state (settled, refunded,
// failed): nothing in the normal flow leaves it; only Reopen takes a settled
// job back after a reorg.
func (s State) Terminal() bool { return s == Settled || s == Refunded || s == Failed }

// Valid reports whether s is one of the job states.
func (s State) Valid() bool {
	for _, k := range states {
		if k == s {
			return true
		}
	}
	return false
}

// CanTransition reports whether a job may move from one state to another.
func CanTransition(from, to State) bool {
	for _, t := range transitions[from] {
		if t == to {
			return true
		}
	}
	return false
}

// Errors callers branch on (with errors.Is). Every error the package returns
// for these conditions wraps one of them with the request id and context.
var (
	// ErrNotFound: no such job (never enqueued, or expired), or no checkpoint.
	ErrNotFound = errors.New("not found")
	// ErrIllegalTransition: the job's current state does not allow the
	// change; the error is a *TransitionError naming both states.
	ErrIllegalTransition = errors.New("illegal state transition")
	// ErrLeaseLost: the lease expired and another consumer took the job, or
	// the job left the leased state (withdrawn, refunded, settled; Collect
	// and MarkSubmitted report that as a *TransitionError).
	ErrLeaseLost = errors.New("lease lost")
	// ErrInvalid: bad input (zero request id, missing model, oversized
	// payload, wrong lease kind).
	ErrInvalid = errors.New("invalid input")
	// ErrCheckpointBackwards: SaveCheckpoint with a block below the saved
	// one; a reorg goes through RewindCheckpoint.
	ErrCheckpointBackwards = errors.New("checkpoint would move backwards")
)

// TransitionError is an illegal transition of one job.
type TransitionError struct {
	RequestID string
	From, To  State
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("queue: job %s: %v from %s to %s", e.RequestID, ErrIllegalTransition, e.From, e.To)
}

// Is makes errors.Is(err, ErrIllegalTransition) true.
func (e *TransitionError) Is(target error) bool { return target == ErrIllegalTransition }

// luaTransitions renders the state machine as a Lua table literal:
// {queued={dispatched=true,...},...}.
func luaTransitions() string {
	var rows []string
	for from, tos := range transitions {
		var cells []string
		for _, to := range tos {
			cells = append(cells, string(to)+"=true")
		}
		sort.Strings(cells)
		rows = append(rows, string(from)+"={"+strings.Join(cells, ",")+"}")
	}
	sort.Strings(rows) // a stable script text, so a stable SHA
	return "{" + strings.Join(rows, ",") + "}"
}
