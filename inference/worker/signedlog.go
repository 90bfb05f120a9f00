package worker

import (
	"container/list"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// signedLog remembers the outputHash the worker signed for each recent
// request (up to a bound, oldest forgotten first), so that it never signs
// two different outputs for one request: the WorkerRegistry slashes a worker
// for that (equivocation), and only a caller who changed the prompt or the
// limits of a request could cause it.
//
// With a file it also survives restarts: each signature is appended (64
// bytes: key, outputHash) and synced before the signature is handed out; the
// file is rewritten with the remembered entries when it holds twice as many.
type signedLog struct {
	mu    sync.Mutex
	max   int
	byID  map[common.Hash]*list.Element
	order *list.List // of signedEntry, oldest first

	path    string
	file    *os.File // nil: memory only
	entries int      // records in the file
}

type signedEntry struct {
	id, outputHash common.Hash
}

const signedRecord = 2 * common.HashLength

func newSignedLog(max int) *signedLog {
	return &signedLog{max: max, byID: map[common.Hash]*list.Element{}, order: list.New()}
}

// openSignedLog loads the log at path (creating it) and appends to it. A
// partial last record (a crash mid-write, before its signature was handed
// out) is dropped.
func openSignedLog(path string, max int) (*signedLog, error) {
	l := newSignedLog(max)
	l.path = path
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("signed log: %w", err)
	}
	whole := len(b) / signedRecord * signedRecord
	for off := 0; off < whole; off += signedRecord {
		l.remember(common.BytesToHash(b[off:off+common.HashLength]), common.BytesToHash(b[off+common.HashLength:off+signedRecord]))
	}
	l.entries = whole / signedRecord
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("signed log: %w", err)
	}
	if err := f.Truncate(int64(whole)); err != nil {
		f.Close()
		return nil, fmt.Errorf("signed log: %w", err)
	}
	if _, err := f.Seek(0, io.SeekEnd); err != nil {
		f.Close()
		return nil, fmt.Errorf("signed log: %w", err)
	}
	l.file = f
	return l, nil
}

// record stores key→outputHash, or returns ErrConflict if key (the
// request id in its coordinator's domain, with the model version) was
// signed with another output. With a file, nil means the entry is on disk.
func (l *signedLog) record(key, requestID, outputHash common.Hash) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.byID[key]; ok {
		if prev := e.Value.(signedEntry).outputHash; prev != outputHash {
			return fmt.Errorf("%w: request %s was signed with outputHash %s, this run gave %s (same prompt, maxTokens and model?)",
				ErrConflict, requestID, prev, outputHash)
		}
		return nil
	}
	if l.file != nil {
		_, err := l.file.Write(append(key[:], outputHash[:]...))
		if err == nil {
			err = l.file.Sync()
		}
		if err != nil {
			// Cut a partial record so that the next ones stay aligned.
			if terr := l.file.Truncate(int64(l.entries * signedRecord)); terr == nil {
				_, _ = l.file.Seek(0, io.SeekEnd)
			}
			return fmt.Errorf("worker: signed log %s: %w", l.path, err)
		}
		l.entries++
	}
	l.remember(key, outputHash)
	if l.file != nil && l.entries > 2*l.max {
		return l.compact()
	}
	return nil
}

func (l *signedLog) remember(key, outputHash common.Hash) {
	if e, ok := l.byID[key]; ok {
		l.order.Remove(e)
	}
	l.byID[key] = l.order.PushBack(signedEntry{key, outputHash})
	for l.order.Len() > l.max {
		oldest := l.order.Front()
		l.order.Remove(oldest)
		delete(l.byID, oldest.Value.(signedEntry).id)
	}
}

// compact rewrites the file with the remembered entries (a temporary file
// renamed over it). On failure the old file stays and keeps growing.
func (l *signedLog) compact() error {
	tmp, err := os.CreateTemp(filepath.Dir(l.path), ".signed-*.tmp")
	if err != nil {
		return nil // the entry is safe in the old file; compaction waits for the next record
	}
	defer os.Remove(tmp.Name())
	buf := make([]byte, 0, l.order.Len()*signedRecord)
	for e := l.order.Front(); e != nil; e = e.Next() {
		se := e.Value.(signedEntry)
		buf = append(append(buf, se.id[:]...), se.outputHash[:]...)
	}
	if _, err := tmp.Write(buf); err != nil || tmp.Sync() != nil || os.Rename(tmp.Name(), l.path) != nil {
		tmp.Close()
		return nil
	}
	l.file.Close()
	l.file, l.entries = tmp, l.order.Len()
	return nil
}

func (l *signedLog) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file == nil {
		return nil
	}
	err := l.file.Close()
	l.file = nil
	return err
}
