package engine

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/minidao/minidao/inference/model"
	"github.com/minidao/minidao/inference/tokenizer"
)

// Errors callers branch on (a worker maps ErrBadParams and ErrPromptTooLong
// to a client error).
var (
	ErrClosed        = errors.New("engine: closed")
	ErrPromptTooLong = errors.New("engine: prompt does not fit the context window")
	ErrEmptyPrompt   = errors.New("engine: empty prompt")
)

// Options configure an Engine.
type Options struct {
	// Threads per generation (default 1). Results do not depend on it.
	Threads int
	// MaxConcurrent is how many generations run at once (default 1); more
	// wait for a slot (or for their context to end).
	MaxConcurrent int
	// Context caps the positions of a generation (prompt plus output); 0
	// means the model's context length.
	Context int
}

// Engine is a loaded model and its tokenizer. It is safe for concurrent use.
type Engine struct {
	model *model.Model
	tok   *tokenizer.Tokenizer
	opts  Options
	slots chan struct{}

	mu     sync.RWMutex // held for reading by every generation, for writing by Close
	closed bool
}

// Open loads the GGUF model at path (weights memory-mapped, used in place).
func Open(path string, opts Options) (*Engine, error) {
	m, err := model.Open(path)
	if err != nil {
		return nil, err
	}
	e, err := New(m, opts)
	if err != nil {
		m.Close()
		return nil, err
	}
	return e, nil
}

// New builds an Engine over a loaded model; Close closes the model.
func New(m *model.Model, opts Options) (*Engine, error) {
	if opts.Threads == 0 {
		opts.Threads = 1
	}
	if opts.MaxConcurrent == 0 {
		opts.MaxConcurrent = 1
	}
	if opts.Context == 0 || opts.Context > m.Config.ContextLen {
		opts.Context = m.Config.ContextLen
	}
	if opts.Threads < 1 || opts.MaxConcurrent < 1 || opts.Context < 1 {
		return nil, fmt.Errorf("engine: bad options %+v", opts)
	}
	tok, err := tokenizer.New(m.File)
	if err != nil {
		return nil, err
	}
	if tok.VocabSize() != m.Config.VocabSize {
		return nil, fmt.Errorf("%w: the tokenizer has %d tokens, the model %d", model.ErrBadModel, tok.VocabSize(), m.Config.VocabSize)
	}
	return &Engine{model: m, tok: tok, opts: opts, slots: make(chan struct{}, opts.MaxConcurrent)}, nil
}

// Model returns the loaded model (read-only).
func (e *Engine) Model() *model.Model { return e.model }

// Tokenizer returns the model's tokenizer.
func (e *Engine) Tokenizer() *tokenizer.Tokenizer { return e.tok }

// Close waits for running generations to finish, then releases the model.
func (e *Engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	return e.model.Close()
}

// Request is one generation.
type Request struct {
	Prompt string // tokenized with BOS/EOS as the metadata says, special-token text parsed
	Params Params
	// OnToken, if set, is called after each generated token with its id and
	// the text it completes (possibly "", when a character is split across
	// tokens), and once more with id -1 if text was held back at the end (an
	// incomplete character, as U+FFFD). An error stops the generation and is
	// returned.
	OnToken func(id int32, text string) error
}

// Stop reasons.
const (
	StopEOS    = "eos"    // the model produced an end-of-generation token
	StopLength = "length" // MaxTokens were generated, or the context is full
)

// Result is a finished generation.
type Result struct {
	PromptTokens []int32
	Tokens       []int32 // generated, without the end-of-generation token
	Text         string  // the generated text (the bytes the hash covers)
	OutputHash   [32]byte
	StopReason   string
	Prefill      time.Duration // prompt processing
	Decode       time.Duration // forward passes of the generated tokens
}

// Generate runs one generation. It waits for a free slot; ctx cancels the
// wait and the generation (checked between layers and tokens).
func (e *Engine) Generate(ctx context.Context, req Request) (*Result, error) {
	if err := req.Params.Check(); err != nil {
		return nil, err
	}
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.closed {
		return nil, ErrClosed
	}
	select {
	case e.slots <- struct{}{}:
		defer func() { <-e.slots }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	ids := e.tok.Encode(req.Prompt, true, true)
	if len(ids) == 0 {
		return nil, ErrEmptyPrompt
	}
	prompt := make([]int32, len(ids))
	for i, id := range ids {
		prompt[i] = int32(id)
	}
	return e.run(ctx, prompt, req)
}

func (e *Engine) run(ctx context.Context, prompt []int32, req Request) (*Result, error) {
	if len(prompt) >= e.opts.Context {
		return nil, fmt.Errorf("%w: %d tokens, context of %d", ErrPromptTooLong, len(prompt), e.opts.Context)
	}
	positions := min(e.opts.Context, len(prompt)+req.Params.MaxTokens)
	st, err := e.model.NewState(model.Options{Threads: e.opts.Threads, Context: positions})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	res := &Result{PromptTokens: prompt, StopReason: StopLength}
	start := time.Now()
	logits, err := st.Forward(ctx, prompt)
	if err != nil {
		return nil, err
	}
	res.Prefill = time.Since(start)

	sampler := NewSampler(req.Params)
	dec := e.tok.NewDecoder(false)
	history := append(make([]int32, 0, positions), prompt...)
	hash := sha256.New()
	var text []byte
	emit := func(s string) {
		hash.Write([]byte(s))
		text = append(text, s...)
	}
	for len(res.Tokens) < req.Params.MaxTokens {
		next := sampler.Sample(logits, history)
		if e.tok.IsEOG(int(next)) {
			res.StopReason = StopEOS
			break
		}
		res.Tokens = append(res.Tokens, next)
		history = append(history, next)
		piece := dec.Add(int(next))
		emit(piece)
		if req.OnToken != nil {
			if err := req.OnToken(next, piece); err != nil {
				return nil, err
			}
		}
		if len(prompt)+len(res.Tokens) == positions { // MaxTokens, or the context is full
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t0 := time.Now()
		if logits, err = st.Forward(ctx, []int32{next}); err != nil {
			return nil, err
		}
		res.Decode += time.Since(t0)
	}
	if rest := dec.Flush(); rest != "" {
		emit(rest)
		if req.OnToken != nil {
			if err := req.OnToken(-1, rest); err != nil {
				return nil, err
			}
		}
	}
	res.Text = string(text)
	copy(res.OutputHash[:], hash.Sum(nil))
	return res, nil
}
