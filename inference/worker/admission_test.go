package worker

import (
	"context"
	"errors"
	"os"
	"path/filepath"
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

func TestSignedLogSurvivesARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "signed.log")
	l, err := openSignedLog(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	key := func(i byte) common.Hash { return common.Hash{i} }
	for i := byte(1); i <= 3; i++ {
		if err := l.record(key(i), key(i), common.Hash{0xa0 + i}); err != nil {
			t.Fatal(err)
		}
	}
	l.close()
	// A crash in the middle of a record leaves a partial one: it is dropped.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.Write(make([]byte, 10))
	f.Close()

	l, err = openSignedLog(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer l.close()
	if err := l.record(key(2), key(2), common.Hash{0xff}); !errors.Is(err, ErrConflict) {
		t.Fatalf("after a restart, another output for a signed request: %v, want ErrConflict", err)
	}
	if err := l.record(key(2), key(2), common.Hash{0xa2}); err != nil {
		t.Fatalf("after a restart, the same output: %v", err)
	}
	// Past twice the bound the file is compacted to the remembered entries.
	for i := byte(4); i <= 10; i++ {
		if err := l.record(key(i), key(i), common.Hash{0xa0 + i}); err != nil {
			t.Fatal(err)
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Size()%signedRecord != 0 || st.Size() > 6*signedRecord {
		t.Fatalf("log of %d bytes, want whole records and at most %d", st.Size(), 6*signedRecord)
	}
	l.close()
	l, err = openSignedLog(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer l.close()
	if err := l.record(key(10), key(10), common.Hash{0xff}); !errors.Is(err, ErrConflict) {
		t.Fatalf("after compaction and a restart: %v, want ErrConflict", err)
	}
}
