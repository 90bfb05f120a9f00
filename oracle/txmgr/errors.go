package txmgr

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	// ErrFeeCapExceeded means the network asks for more than Config.MaxFeeCap
	// per gas: the transaction cannot be included without breaking the cap.
	ErrFeeCapExceeded = errors.New("txmgr: fee cap exceeded")
	// ErrReverted means the transaction reverted, either in gas estimation
	// (nothing was sent) or on-chain (a receipt with status 0). The error is
	// a *RevertError carrying the reason.
	ErrReverted = errors.New("txmgr: transaction reverted")
	// ErrNonceTaken means another sender used this key's nonces so often that
	// Send gave up re-taking a fresh one; nothing of the candidate was mined.
	ErrNonceTaken = errors.New("txmgr: nonce repeatedly taken by another sender")
	// ErrClosed means the manager was closed.
	ErrClosed = errors.New("txmgr: manager closed")
	// ErrMaybeIncluded marks an error returned after the transaction was
	// published: it may still be mined. The error is a *PendingError.
	ErrMaybeIncluded = errors.New("txmgr: transaction published and may still be mined")
)

// RevertError reports a reverted transaction. Receipt is nil when the revert
// was found by gas estimation and nothing was sent.
type RevertError struct {
	Reason  string         // decoded Error(string) / Panic(uint256), or the raw data in hex
	Data    []byte         // the raw revert data, when the node returned it
	Receipt *types.Receipt // the failed receipt, nil if nothing was mined
}

func (e *RevertError) Error() string {
	where := "in gas estimation"
	if e.Receipt != nil {
		where = fmt.Sprintf("in tx %s (block %d)", e.Receipt.TxHash, e.Receipt.BlockNumber)
	}
	if e.Reason == "" {
		return fmt.Sprintf("txmgr: transaction reverted %s", where)
	}
	return fmt.Sprintf("txmgr: transaction reverted %s: %s", where, e.Reason)
}

func (e *RevertError) Unwrap() error { return ErrReverted }

// PendingError is returned when Send gives up (context cancelled, fee cap
// reached) after at least one version of the transaction was published. Any
// of Hashes may still be mined at Nonce, so the caller must treat the
// candidate's outcome as unknown until the chain's nonce has passed Nonce
// (see Manager.Reconcile).
type PendingError struct {
	Nonce  uint64
	Hashes []common.Hash
	Err    error // why Send gave up
}

func (e *PendingError) Error() string {
	return fmt.Sprintf("txmgr: gave up on nonce %d with %d published version(s), which may still be mined: %v",
		e.Nonce, len(e.Hashes), e.Err)
}

func (e *PendingError) Unwrap() []error { return []error{ErrMaybeIncluded, e.Err} }

// sendErrKind classifies a node's answer to eth_sendRawTransaction. Nodes
// only give strings; these are geth's and anvil's.
type sendErrKind int

const (
	sendOK          sendErrKind = iota
	sendKnown                   // the same transaction is already in the pool
	sendNonceTooLow             // the nonce is used on-chain
	sendUnderpriced             // a better-paying tx holds the nonce, or below the base fee / pool minimum
	sendPermanent               // the node refuses this transaction for good (funds, gas, size)
	sendUnknown                 // transport trouble or an unknown answer: it may have been accepted
)

func (k sendErrKind) String() string {
	return [...]string{"ok", "already_known", "nonce_too_low", "underpriced", "rejected", "unknown"}[k]
}

func classifySendErr(err error) sendErrKind {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(msg, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "already imported", "known transaction"):
		return sendKnown
	case has("nonce too low"):
		return sendNonceTooLow
	case has("underpriced", "less than block base fee", "fee cap less than block base fee",
		"max fee per gas less than", "gas price too low", "feecap below"):
		return sendUnderpriced
	case has("insufficient funds", "intrinsic gas too low", "exceeds block gas limit",
		"gas limit reached", "oversized data", "invalid sender", "nonce too high", "max initcode size",
		"higher than max fee per gas", "tip higher than fee cap"):
		return sendPermanent
	default:
		return sendUnknown
	}
}

// revertFromErr extracts revert data from an RPC error (geth and anvil put it
// in the JSON-RPC error's data field). It returns nil when err is not a revert.
func revertFromErr(err error) *RevertError {
	if err == nil {
		return nil
	}
	var data []byte
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			data, _ = hexutil.Decode(s)
		}
	}
	if data == nil && !strings.Contains(strings.ToLower(err.Error()), "revert") {
		return nil
	}
	return &RevertError{Reason: revertReason(data, err), Data: data}
}

// revertReason decodes Error(string) and Panic(uint256); custom errors are
// returned as hex for the caller to decode with its bindings.
func revertReason(data []byte, fallback error) string {
	if len(data) > 0 {
		if reason, err := abi.UnpackRevert(data); err == nil {
			return reason
		}
		return hexutil.Encode(data)
	}
	if fallback != nil {
		return fallback.Error()
	}
	return ""
}
