package worker

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestSignedLogRefusesASecondOutputAndForgetsTheOldest(t *testing.T) {
	l := newSignedLog(2)
	a, b, c := common.Hash{1}, common.Hash{2}, common.Hash{3}
	out1, out2 := common.Hash{0xa}, common.Hash{0xb}
	steps := []struct {
		name    string
		key     common.Hash
		out     common.Hash
		wantErr bool
	}{
		{"records a first output", a, out1, false},
		{"accepts the same output again", a, out1, false},
		{"refuses another output for the same request", a, out2, true},
		{"records a second request", b, out1, false},
		{"records a third request, forgetting the first", c, out1, false},
		{"accepts another output for the forgotten request", a, out2, false},
		{"still refuses another output for the third", c, out2, true},
	}
	for _, s := range steps {
		err := l.record(s.key, s.key, s.out)
		if s.wantErr != errors.Is(err, ErrConflict) || (!s.wantErr && err != nil) {
			t.Fatalf("%s: %v", s.name, err)
		}
	}
	if l.order.Len() != 2 || len(l.byID) != 2 {
		t.Fatalf("holds %d/%d entries, want 2", l.order.Len(), len(l.byID))
	}
}

func TestAdmissionBoundsRunningAndWaiting(t *testing.T) {
	a := newAdmission(1, 1)
	release, err := a.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() {
		r, err := a.acquire(context.Background())
		if err == nil {
			r()
		}
		waited <- err
	}()
	for a.waiting() != 1 {
		time.Sleep(time.Millisecond)
	}
	if _, err := a.acquire(context.Background()); !errors.Is(err, ErrBusy) {
		t.Fatalf("third acquire: %v, want ErrBusy", err)
	}
	release()
	if err := <-waited; err != nil {
		t.Fatalf("the waiting job: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	release, _ = a.acquire(context.Background())
	go cancel()
	if _, err := a.acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled wait: %v", err)
	}
	release()
	if a.admitted.Load() != 0 {
		t.Fatalf("%d still admitted", a.admitted.Load())
	}
}
