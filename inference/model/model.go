package model

import (
	"errors"
	"fmt"
	"sync"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/kernels"
)

// Model is a loaded model: its Config and its Weights, which alias the GGUF
// file's mapping. A Model is read-only once loaded and safe for concurrent
// use by many States.
type Model struct {
	Config  Config
	Weights Weights
	File    *gguf.File // the file the weights alias

	ownsFile bool
	tiled    []byte // anonymous memory of the Q8_0 tiles (see tileQ8_0)
	moved    []byte // anonymous memory of the other weights (see moveWeights)
	ropeMu   sync.Mutex
	rope     *kernels.RoPE // cos/sin table, grown on demand up to ContextLen
}

// Open memory-maps the GGUF file at path and loads the model in it. Close
// releases the file.
func Open(path string) (*Model, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	m, err := Load(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	m.ownsFile = true
	return m, nil
}

// Load builds a Model over an open GGUF file; the caller keeps ownership of
// f, which must stay open while the model is used.
func Load(f *gguf.File) (*Model, error) {
	c, err := ReadConfig(f)
	if err != nil {
		return nil, err
	}
	w, err := loadWeights(f, c)
	if err != nil {
		return nil, err
	}
	tiled, err := tileQ8_0(&w)
	if err != nil {
		return nil, err
	}
	moved, err := moveWeights(&w)
	if err != nil {
		if tiled != nil {
			_ = unmapAnon(tiled)
		}
		return nil, err
	}
	return &Model{Config: c, Weights: w, File: f, tiled: tiled, moved: moved}, nil
}

// Close releases the model's memory and closes the file it was opened from
// (if Open opened it). The model must not be used afterwards.
func (m *Model) Close() error {
	var err error
	if m.tiled != nil {
		err = unmapAnon(m.tiled)
		m.tiled = nil
	}
	if m.moved != nil {
		err = errors.Join(err, unmapAnon(m.moved))
		m.moved = nil
	}
	if m.ownsFile {
		err = errors.Join(err, m.File.Close())
		m.ownsFile = false
	}
	return err
}

// ropeTable returns a RoPE table covering at least n positions.
func (m *Model) ropeTable(n int) *kernels.RoPE {
	m.ropeMu.Lock()
	defer m.ropeMu.Unlock()
	if m.rope == nil || m.rope.Positions() < n {
		size := n
		if m.rope != nil && 2*m.rope.Positions() > size {
			size = min(2*m.rope.Positions(), m.Config.ContextLen)
		}
		m.rope = kernels.NewRoPE(m.Config.HeadDim, size, m.Config.RopeBase, m.Config.RopeScale)
	}
	return m.rope
}

// ErrContextFull is returned when tokens would go past the State's context.
var ErrContextFull = errors.New("model: context window is full")

// ErrBadToken is wrapped for a token id outside the vocabulary.
var ErrBadToken = errors.New("model: token id out of range")

func checkTokens(tokens []int32, vocab int) error {
	for i, t := range tokens {
		if t < 0 || int(t) >= vocab {
			return fmt.Errorf("%w: token %d at index %d (vocabulary of %d)", ErrBadToken, t, i, vocab)
		}
	}
	return nil
}
