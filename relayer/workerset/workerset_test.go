package workerset_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/minidao/minidao/relayer/dispatcher"
	"github.com/minidao/minidao/relayer/redistest"
	"github.com/minidao/minidao/relayer/workerset"
)

// pool is a dispatcher pool that admits the endpoints in up.
type pool struct {
	mu   sync.Mutex
	up   map[string]bool
	byEP map[string]bool
}

func newPool(up ...string) *pool {
	p := &pool{up: map[string]bool{}, byEP: map[string]bool{}}
	for _, ep := range up {
		p.up[ep] = true
	}
	return p
}

func (p *pool) Add(_ context.Context, ep string) (dispatcher.WorkerStatus, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.up[ep] {
		return dispatcher.WorkerStatus{}, fmt.Errorf("%w: %s does not answer", dispatcher.ErrAttestation, ep)
	}
	p.byEP[ep] = true
	return dispatcher.WorkerStatus{Endpoint: ep, Signer: common.Address{1}, Healthy: true}, nil
}

func (p *pool) Remove(ep string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.byEP[ep] {
		return fmt.Errorf("%w: %s", dispatcher.ErrUnknownWorker, ep)
	}
	delete(p.byEP, ep)
	return nil
}

func (p *pool) List() []dispatcher.WorkerStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []dispatcher.WorkerStatus
	for ep := range p.byEP {
		out = append(out, dispatcher.WorkerStatus{Endpoint: ep})
	}
	return out
}

func (p *pool) endpoints() []string {
	var out []string
	for _, w := range p.List() {
		out = append(out, w.Endpoint)
	}
	sort.Strings(out)
	return out
}

func (p *pool) setUp(ep string) {
	p.mu.Lock()
	p.up[ep] = true
	p.mu.Unlock()
}

func want(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("%s: %v, want %v", what, got, want)
	}
}

func TestRegistrationsAreSharedThroughRedis(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	const a, b, c = "http://a", "http://b", "http://c"

	p1, p2 := newPool(a, b, c), newPool(a, b, c)
	s1 := workerset.New(workerset.Config{Namespace: "t"}, srv.Client(), p1, nil)
	s2 := workerset.New(workerset.Config{Namespace: "t", Static: []string{c}}, srv.Client(), p2, nil)

	t.Run("a registration is checked by the pool and stored", func(t *testing.T) {
		if _, err := s1.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
		stored, err := s1.Stored(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want(t, "stored", stored, a)
		want(t, "relayer 1's pool", p1.endpoints(), a)
	})
	t.Run("a registration the pool refuses is not stored", func(t *testing.T) {
		if _, err := s1.Add(ctx, "http://down"); !errors.Is(err, dispatcher.ErrAttestation) {
			t.Fatalf("Add of a worker that does not answer: %v, want ErrAttestation", err)
		}
		stored, _ := s1.Stored(ctx)
		want(t, "stored", stored, a)
	})
	t.Run("another relayer on the same Redis adds it at its next sync, beside its configured ones", func(t *testing.T) {
		if err := s2.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		want(t, "relayer 2's pool", p2.endpoints(), a, c)
		stored, _ := s2.Stored(ctx)
		want(t, "stored (configured endpoints are not)", stored, a)
	})
	t.Run("a removal reaches the other relayer at its next sync", func(t *testing.T) {
		if _, err := s2.Add(ctx, b); err != nil {
			t.Fatal(err)
		}
		if err := s1.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		want(t, "relayer 1's pool", p1.endpoints(), a, b)
		if err := s1.Remove(ctx, a); err != nil {
			t.Fatal(err)
		}
		want(t, "relayer 1's pool", p1.endpoints(), b)
		if err := s2.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		want(t, "relayer 2's pool", p2.endpoints(), b, c)
		if err := s1.Remove(ctx, a); !errors.Is(err, dispatcher.ErrUnknownWorker) {
			t.Errorf("removing it again: %v, want ErrUnknownWorker", err)
		}
	})
	t.Run("an admin's removal of a configured endpoint is not undone by the next sync", func(t *testing.T) {
		if err := s2.Remove(ctx, c); err != nil {
			t.Fatal(err)
		}
		if err := s2.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		want(t, "relayer 2's pool", p2.endpoints(), b)
	})
	t.Run("a restarted relayer finds the registrations after a Redis restart", func(t *testing.T) {
		if err := srv.Restart(); err != nil {
			t.Fatal(err)
		}
		p3 := newPool(a, b, c)
		s3 := workerset.New(workerset.Config{Namespace: "t"}, srv.Client(), p3, nil)
		if err := s3.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		want(t, "the restarted relayer's pool", p3.endpoints(), b)
	})
	t.Run("another namespace does not see them", func(t *testing.T) {
		p4 := newPool(a, b, c)
		if err := workerset.New(workerset.Config{Namespace: "other"}, srv.Client(), p4, nil).Sync(ctx); err != nil {
			t.Fatal(err)
		}
		want(t, "pool of another namespace", p4.endpoints())
	})
}

func TestEndpointsThatFailAreRetriedAtTheNextSync(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	const conf, reg = "http://configured", "http://registered"
	other := workerset.New(workerset.Config{}, srv.Client(), newPool(reg), nil)
	if _, err := other.Add(ctx, reg); err != nil {
		t.Fatal(err)
	}
	p := newPool()
	s := workerset.New(workerset.Config{Static: []string{conf}}, srv.Client(), p, nil)
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	want(t, "pool while both are down", p.endpoints())
	p.setUp(conf)
	p.setUp(reg)
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	want(t, "pool once they are up", p.endpoints(), conf, reg)
}

func TestRegistrationIsRefusedWhenRedisIsDown(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	p := newPool("http://a")
	s := workerset.New(workerset.Config{}, srv.Client(), p, nil)
	if err := srv.Kill(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(ctx, "http://a"); !errors.Is(err, workerset.ErrStore) {
		t.Fatalf("Add with Redis down: %v, want ErrStore", err)
	}
	want(t, "pool after a refused registration", p.endpoints())
	if err := s.Sync(ctx); !errors.Is(err, workerset.ErrStore) {
		t.Errorf("Sync with Redis down: %v, want ErrStore", err)
	}
}
