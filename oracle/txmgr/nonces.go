package txmgr

import (
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// slot is a nonce held by one Send or gap filler.
type slot struct {
	nonce    uint64
	occupied bool               // a version may already be in the pool at this nonce
	prev     *types.Transaction // that version, when known (nil if left by an earlier run)
}

// nonces is the manager's book of its key's nonces. Every nonce below next
// that the chain has not used yet is in exactly one state: live (held by a
// Send or gap filler), free (taken and given back before anything was
// published) or orphan (something may be in the pool, but no one follows
// it: a version abandoned by its Send, or a transaction of an earlier run).
type nonces struct {
	mu      sync.Mutex
	synced  bool
	start   uint64 // the pending nonce at the first sync
	next    uint64 // the lowest nonce never handed out
	free    []uint64
	live    map[uint64]bool
	orphans map[uint64]*types.Transaction
	// mined holds, for the last keepMined nonces the chain used, the
	// version it mined: a reorg that drops them has them sent again as
	// they were.
	mined map[uint64]*types.Transaction
}

// keepMined is how many mined transactions the book keeps for a reorg to
// bring back: more than a reorg could drop of one key's at 16 batches per
// block for 16 blocks.
const keepMined = 256

func newNonces() nonces {
	return nonces{live: map[uint64]bool{}, orphans: map[uint64]*types.Transaction{}, mined: map[uint64]*types.Transaction{}}
}

// syncOnce initialises the book from the chain's mined and pending nonces,
// once; read runs under the lock so that concurrent first Sends wait for it.
func (n *nonces) syncOnce(read func() (latest, pending uint64, err error)) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.synced {
		return nil
	}
	latest, pending, err := read()
	if err != nil {
		return err
	}
	for i := latest; i < pending; i++ {
		n.orphans[i] = nil
	}
	n.start, n.next, n.synced = pending, pending, true
	return nil
}

func (n *nonces) startPending() uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.start
}

func (n *nonces) inFlight() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.live)
}

// reserve hands out the lowest free nonce, or the next one.
func (n *nonces) reserve() uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	var nonce uint64
	if len(n.free) > 0 {
		nonce, n.free = n.free[0], n.free[1:]
	} else {
		nonce = n.next
		n.next++
	}
	n.live[nonce] = true
	return nonce
}

// finish returns a slot: used (the chain consumed the nonce, with mined
// when it is ours), orphaned (last, or the slot's earlier occupant, may be
// in the pool) or free again.
func (n *nonces) finish(s slot, last, mined *types.Transaction, used bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	delete(n.live, s.nonce)
	switch {
	case used:
		if mined != nil {
			n.mined[s.nonce] = mined
			if len(n.mined) > keepMined {
				for i := range n.mined {
					if i+keepMined <= s.nonce {
						delete(n.mined, i)
					}
				}
			}
		}
	case last != nil:
		n.orphans[s.nonce] = last
	case s.occupied:
		n.orphans[s.nonce] = s.prev
	default:
		n.free = append(n.free, s.nonce)
		slices.Sort(n.free)
		// A free nonce at the top is simply not handed out yet.
		for len(n.free) > 0 && n.free[len(n.free)-1] == n.next-1 {
			n.free = n.free[:len(n.free)-1]
			n.next--
		}
	}
}

// takeGaps hands out, as live slots, the nonces in [from, to) that no Send
// holds: free, orphaned, or used by a transaction a reorg dropped.
func (n *nonces) takeGaps(from, to uint64) []slot {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []slot
	for i := from; i < to; i++ {
		if n.live[i] {
			continue
		}
		if tx, ok := n.orphans[i]; ok {
			delete(n.orphans, i)
			out = append(out, slot{nonce: i, occupied: true, prev: tx})
		} else if j := slices.Index(n.free, i); j >= 0 {
			n.free = slices.Delete(n.free, j, j+1)
			out = append(out, slot{nonce: i})
		} else if i < n.next {
			// Used, yet the chain is below it: a reorg dropped the
			// transaction that used it (or it is mined a block later than
			// the caller looked, and the filler finds the nonce taken).
			// When the mined version is known and still stuck (sent again
			// after the reorg, yet priced under the base fee now), the
			// filler outbids it at once.
			prev := n.mined[i]
			out = append(out, slot{nonce: i, occupied: prev != nil, prev: prev})
		} else {
			continue
		}
		n.live[i] = true
	}
	return out
}

// dropped returns, in nonce order, what may be sent again at the nonces
// from `from` up that no Send or gap filler holds, after a reorg moved the
// key's nonce back to from: the mined versions the chain lost, and the
// orphans' last versions (a version of the same call, so at most one of
// them executes).
func (n *nonces) dropped(from uint64) []*types.Transaction {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []*types.Transaction
	for i := from; i < n.next; i++ {
		if n.live[i] {
			continue
		}
		if tx := n.mined[i]; tx != nil {
			out = append(out, tx)
		} else if tx := n.orphans[i]; tx != nil {
			out = append(out, tx)
		}
	}
	return out
}

// resync forgets what the chain has used (latest is its mined nonce) and
// adopts as orphans the nonces another sender has pending.
func (n *nonces) resync(latest, pending uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.free = slices.DeleteFunc(n.free, func(i uint64) bool { return i < latest })
	for i := range n.orphans {
		if i < latest {
			delete(n.orphans, i)
		}
	}
	if latest > n.next {
		n.next = latest
	}
	for ; n.next < pending; n.next++ {
		n.orphans[n.next] = nil
	}
}
