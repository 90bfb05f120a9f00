package main

import (
	"fmt"
	"os"
	"time"

	"github.com/minidao/minidao/inference/gguf"
)

// isTerminal reports whether f is a character device (a terminal), without
// a dependency on x/term.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progress draws a one-line progress indicator on stderr when stderr is a
// terminal, and does nothing otherwise (so logs and pipes stay clean).
type progress struct {
	e     *env
	label string
	last  time.Time
	drawn bool
}

// newProgress returns a progress line labelled label.
func newProgress(e *env, label string) *progress { return &progress{e: e, label: label} }

// update shows done out of total units (bytes when unit is "MiB").
func (p *progress) update(done, total int64, unit string) {
	if !p.e.stderrTTY || time.Since(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = time.Now()
	pct := 100.0
	if total > 0 {
		pct = 100 * float64(done) / float64(total)
	}
	if unit == "MiB" {
		fmt.Fprintf(p.e.stderr, "\r%s %5.1f%% (%d/%d MiB)\x1b[K", p.label, pct, done>>20, total>>20)
	} else {
		fmt.Fprintf(p.e.stderr, "\r%s %5.1f%% (%d/%d %s)\x1b[K", p.label, pct, done, total, unit)
	}
	p.drawn = true
}

// done clears the line.
func (p *progress) done() {
	if p.drawn {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
		p.drawn = false
	}
}

// preload faults in a model file's tensor data before the first forward pass,
// showing "loading PATH  42.0% (56/133 MiB)" on a terminal. Commands that run
// a model call it right after opening the file.
func preload(e *env, f *gguf.File) error {
	p := newProgress(e, "loading "+f.Path)
	defer p.done()
	return f.Preload(func(done, total int64) { p.update(done, total, "MiB") })
}
