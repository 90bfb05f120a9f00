// Package workerset is the relayer's set of worker endpoints: the ones its
// configuration names and the ones registered through its API
// (POST /v1/workers), which it keeps in Redis so that a restarted relayer,
// and every other relayer on the same Redis, dispatches to them too.
//
// Each relayer syncs its dispatcher.Pool with the stored set every
// SyncInterval: an endpoint stored by another relayer is challenged and
// added here (the pool attests it and checks it on chain, as for any
// registration; one that fails is tried again at the next sync), and one
// removed there is dropped here. Endpoints from the configuration are not
// stored: each relayer has its own.
//
// It holds endpoints only, never keys or attestation results: what a worker
// proves is checked again by every relayer. It is not the job queue (package
// queue owns the jobs' keys); its one key shares the queue's namespace and
// hash tag: {<namespace>}:workers, a set of endpoint URLs.
package workerset

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/minidao/minidao/relayer/dispatcher"
)

// ErrStore: the endpoint could not be read from or written to Redis.
var ErrStore = errors.New("worker set store")

// Pool is the dispatcher's worker pool (dispatcher.Pool has it).
type Pool interface {
	Add(ctx context.Context, endpoint string) (dispatcher.WorkerStatus, error)
	Remove(endpoint string) error
	List() []dispatcher.WorkerStatus
}

// DefaultSyncInterval is how often a Set reads the stored endpoints when
// Config.SyncInterval is zero.
const DefaultSyncInterval = 10 * time.Second

// Config tunes a Set.
type Config struct {
	// Namespace is the queue's key namespace (default "minidao").
	Namespace string
	// Static are the configured endpoints: added at start and retried until
	// they are, never stored, never dropped by a sync.
	Static []string
	// SyncInterval: how often the stored set is read. Default 10s.
	SyncInterval time.Duration
}

// Set keeps a Pool in step with the configured and the stored endpoints.
// It implements the API's worker registration.
type Set struct {
	cfg  Config
	rdb  redis.UniversalClient
	pool Pool
	log  *slog.Logger
	key  string

	mu     sync.Mutex
	static map[string]bool
	added  map[string]bool // stored endpoints this Set put in the pool
}

// New returns a Set over pool, storing in rdb. log may be nil.
func New(cfg Config, rdb redis.UniversalClient, pool Pool, log *slog.Logger) *Set {
	if cfg.Namespace == "" {
		cfg.Namespace = "minidao"
	}
	if cfg.SyncInterval <= 0 {
		cfg.SyncInterval = DefaultSyncInterval
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Set{cfg: cfg, rdb: rdb, pool: pool, log: log.With("component", "workerset"),
		key: "{" + cfg.Namespace + "}:workers", static: map[string]bool{}, added: map[string]bool{}}
	for _, ep := range cfg.Static {
		s.static[ep] = true
	}
	return s
}

// Add registers an endpoint: the pool checks it (attestation, chain), then
// it is stored for the other relayers and the next start. When the store
// fails the endpoint is taken out of the pool again and the error wraps
// ErrStore: a registration is either kept or refused.
func (s *Set) Add(ctx context.Context, endpoint string) (dispatcher.WorkerStatus, error) {
	st, err := s.pool.Add(ctx, endpoint)
	if err != nil {
		return st, err
	}
	if err := s.rdb.SAdd(ctx, s.key, st.Endpoint).Err(); err != nil {
		s.mu.Lock()
		keep := s.static[st.Endpoint] || s.added[st.Endpoint]
		s.mu.Unlock()
		if !keep {
			_ = s.pool.Remove(st.Endpoint)
		}
		return st, fmt.Errorf("%w: saving %s: %v", ErrStore, st.Endpoint, err)
	}
	s.mu.Lock()
	if !s.static[st.Endpoint] {
		s.added[st.Endpoint] = true
	}
	s.mu.Unlock()
	return st, nil
}

// Remove drops an endpoint from the store and the pool (a configured one
// too, until this relayer restarts). It fails with
// dispatcher.ErrUnknownWorker when neither held it.
func (s *Set) Remove(ctx context.Context, endpoint string) error {
	n, err := s.rdb.SRem(ctx, s.key, endpoint).Result()
	if err != nil {
		return fmt.Errorf("%w: removing %s: %v", ErrStore, endpoint, err)
	}
	s.mu.Lock()
	delete(s.added, endpoint)
	delete(s.static, endpoint)
	s.mu.Unlock()
	if perr := s.pool.Remove(endpoint); perr != nil && n == 0 {
		return perr
	}
	return nil
}

// List is the pool's workers.
func (s *Set) List() []dispatcher.WorkerStatus { return s.pool.List() }

// Stored returns the stored endpoints.
func (s *Set) Stored(ctx context.Context) ([]string, error) {
	eps, err := s.rdb.SMembers(ctx, s.key).Result()
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %v", ErrStore, s.key, err)
	}
	return eps, nil
}

// Run syncs at once, then every SyncInterval, until ctx ends.
func (s *Set) Run(ctx context.Context) {
	t := time.NewTicker(s.cfg.SyncInterval)
	defer t.Stop()
	for {
		if err := s.Sync(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("syncing the worker set", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Sync adds to the pool each configured or stored endpoint it lacks and
// drops the stored ones that were removed from the store. Endpoints the
// pool refuses (down, not registered yet) are logged and tried at the next
// sync. A store that cannot be read leaves the stored endpoints as they are.
func (s *Set) Sync(ctx context.Context) error {
	stored, serr := s.Stored(ctx)
	inPool := map[string]bool{}
	for _, w := range s.pool.List() {
		inPool[w.Endpoint] = true
	}
	s.mu.Lock()
	var todo []string
	for ep := range s.static {
		if !inPool[ep] {
			todo = append(todo, ep)
		}
	}
	want := map[string]bool{}
	for _, ep := range stored {
		want[ep] = true
		if !inPool[ep] && !s.static[ep] {
			todo = append(todo, ep)
		}
	}
	var gone []string
	if serr == nil {
		for ep := range s.added {
			if !want[ep] {
				gone = append(gone, ep)
				delete(s.added, ep)
			}
		}
	}
	s.mu.Unlock()
	for _, ep := range gone {
		if err := s.pool.Remove(ep); err == nil {
			s.log.Info("worker removed (no longer in the stored set)", "endpoint", ep)
		}
	}
	for _, ep := range todo {
		st, err := s.pool.Add(ctx, ep)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.log.Warn("worker not added; trying again at the next sync", "endpoint", ep, "err", err, "in", s.cfg.SyncInterval)
			continue
		}
		s.mu.Lock()
		if !s.static[ep] {
			s.added[ep] = true
		}
		s.mu.Unlock()
		s.log.Info("worker added", "endpoint", ep, "signer", st.Signer)
	}
	return serr
}
