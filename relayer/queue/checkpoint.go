package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// BlockRef names one block.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
}

// Checkpoint returns the last block the named watcher finished, or
// ErrNotFound before its first SaveCheckpoint.
func (q *Queue) Checkpoint(ctx context.Context, name string) (BlockRef, error) {
	f, err := q.rdb.HGetAll(ctx, q.k.checkpoint(name)).Result()
	if err != nil {
		return BlockRef{}, fmt.Errorf("queue: checkpoint %q: redis: %w", name, err)
	}
	if len(f) == 0 {
		return BlockRef{}, fmt.Errorf("queue: checkpoint %q: %w", name, ErrNotFound)
	}
	n, err := strconv.ParseUint(f["number"], 10, 64)
	if err != nil {
		return BlockRef{}, fmt.Errorf("queue: checkpoint %q: bad block number %q", name, f["number"])
	}
	return BlockRef{Number: n, Hash: common.HexToHash(f["hash"])}, nil
}

// SaveCheckpoint records head as the last block the named watcher finished,
// with the hashes of recent blocks (head's included) for reorg detection;
// hashes more than RecentBlocks below head are dropped. It fails with
// ErrCheckpointBackwards when head is below the saved checkpoint.
//
// Enqueue a block's requests first, then save the checkpoint: a crash in
// between replays the block, and enqueue is idempotent, so no request is
// skipped or processed twice.
func (q *Queue) SaveCheckpoint(ctx context.Context, name string, head BlockRef, recent ...BlockRef) error {
	if name == "" {
		return fmt.Errorf("%w: empty checkpoint name", ErrInvalid)
	}
	args := []any{head.Number, head.Hash.Hex(), q.cfg.RecentBlocks}
	for _, b := range recent {
		if b.Number > head.Number {
			return fmt.Errorf("%w: checkpoint %q: block %d is above head %d", ErrInvalid, name, b.Number, head.Number)
		}
		args = append(args, b.Number, b.Hash.Hex())
	}
	err := q.run(ctx, q.s.saveCheckpoint,
		[]string{q.k.checkpoint(name), q.k.blocks(name), q.k.byBlock()}, args...).Err()
	if err != nil && strings.HasPrefix(err.Error(), "BACKWARDS") {
		return fmt.Errorf("queue: checkpoint %q: block %d is below the saved %s: %w",
			name, head.Number, strings.Fields(err.Error())[1], ErrCheckpointBackwards)
	}
	if err != nil {
		return fmt.Errorf("queue: checkpoint %q: redis: %w", name, err)
	}
	return nil
}

// RewindCheckpoint moves the named checkpoint back to to (the common
// ancestor after a reorg) and forgets the block hashes above it.
func (q *Queue) RewindCheckpoint(ctx context.Context, name string, to BlockRef) error {
	err := q.run(ctx, q.s.rewindCheckpoint, []string{q.k.checkpoint(name), q.k.blocks(name)},
		to.Number, to.Hash.Hex()).Err()
	if err != nil {
		return fmt.Errorf("queue: rewinding checkpoint %q: redis: %w", name, err)
	}
	return nil
}

// RecentBlocks returns the block hashes the named checkpoint keeps, lowest
// first.
func (q *Queue) RecentBlocks(ctx context.Context, name string) ([]BlockRef, error) {
	ms, err := q.rdb.ZRange(ctx, q.k.blocks(name), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("queue: recent blocks of %q: redis: %w", name, err)
	}
	out := make([]BlockRef, 0, len(ms))
	for _, m := range ms {
		n, h, ok := strings.Cut(m, ":")
		num, err := strconv.ParseUint(n, 10, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("queue: recent blocks of %q: bad member %q", name, m)
		}
		out = append(out, BlockRef{Number: num, Hash: common.HexToHash(h)})
	}
	return out, nil
}

// BlockHash returns the hash the named checkpoint recorded for a block, or
// ErrNotFound.
func (q *Queue) BlockHash(ctx context.Context, name string, number uint64) (common.Hash, error) {
	n := strconv.FormatUint(number, 10)
	ms, err := q.rdb.ZRangeByScore(ctx, q.k.blocks(name), &redis.ZRangeBy{Min: n, Max: n}).Result()
	if err != nil {
		return common.Hash{}, fmt.Errorf("queue: block %d of %q: redis: %w", number, name, err)
	}
	if len(ms) == 0 {
		return common.Hash{}, fmt.Errorf("queue: block %d of %q: %w", number, name, ErrNotFound)
	}
	_, h, _ := strings.Cut(ms[0], ":")
	return common.HexToHash(h), nil
}

// RequestsAbove returns the ids of the requests enqueued from blocks above
// number (the ones to Withdraw when a reorg replaces those blocks). The index
// keeps RecentBlocks blocks below the highest saved checkpoint.
func (q *Queue) RequestsAbove(ctx context.Context, number uint64) ([]common.Hash, error) {
	ids, err := q.rdb.ZRangeByScore(ctx, q.k.byBlock(), &redis.ZRangeBy{
		Min: "(" + strconv.FormatUint(number, 10), Max: "+inf",
	}).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("queue: requests above block %d: redis: %w", number, err)
	}
	out := make([]common.Hash, len(ids))
	for i, id := range ids {
		out[i] = common.HexToHash(id)
	}
	return out, nil
}
