package engine

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model"
	"github.com/minidao/minidao/inference/model/modeltest"
)

func tinySpec(arch string, typ gguf.Type) modeltest.Spec {
	return modeltest.Spec{Arch: arch, Dim: 64, Hidden: 128, Layers: 2, Heads: 4, KVHeads: 2,
		Vocab: 300, Context: 96, Type: typ, Tied: arch == "llama", Seed: 3}
}

func openEngine(t testing.TB, s modeltest.Spec, opts Options) *Engine {
	t.Helper()
	path := filepath.Join(t.TempDir(), "model.gguf")
	if err := modeltest.Write(path, s); err != nil {
		t.Fatal(err)
	}
	e, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

const testPrompt = "the quick brown fox jumps over the lazy dog"

func greedy(n int) Params {
	p := DefaultParams()
	p.MaxTokens = n
	return p
}

func sampled(n int, seed uint64) Params {
	return Params{MaxTokens: n, Temperature: 0.9, TopK: 30, TopP: 0.9, RepeatPenalty: 1.1, RepeatLastN: 16, Seed: seed}
}

// TestGreedyGolden pins the tokens and output hash of a tiny random model at
// temperature 0. A change here means the engine's numbers changed: every
// worker would disagree with the ones already deployed.
func TestGreedyGolden(t *testing.T) {
	e := openEngine(t, tinySpec("llama", gguf.TypeQ8_0), Options{Threads: 2})
	res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: greedy(12)})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(res.Tokens)
	const wantTokens = "[243 243 243 176 60 77 77 18 243 52 236 236]"
	const wantHash = "9d753979144f6a3844d4d8e321f9e885d5bbefc1375a182a908d07bc64d7c558"
	if got != wantTokens || hex.EncodeToString(res.OutputHash[:]) != wantHash {
		t.Fatalf("tokens %s, hash %x (text %q); want %s, %s", got, res.OutputHash, res.Text, wantTokens, wantHash)
	}
	if res.StopReason != StopLength || len(res.Tokens) != 12 {
		t.Fatalf("stop %q after %d tokens", res.StopReason, len(res.Tokens))
	}
}

func TestSamePromptSameOutputWhateverTheThreads(t *testing.T) {
	for _, arch := range []string{"llama", "qwen2"} {
		s := tinySpec(arch, gguf.TypeF32)
		var want *Result
		for _, threads := range []int{1, 2, 4} {
			e := openEngine(t, s, Options{Threads: threads})
			res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: sampled(20, 7)})
			if err != nil {
				t.Fatal(err)
			}
			if want == nil {
				want = res
				continue
			}
			if fmt.Sprint(res.Tokens) != fmt.Sprint(want.Tokens) || res.OutputHash != want.OutputHash {
				t.Fatalf("%s with %d threads: %v, with 1 thread: %v", arch, threads, res.Tokens, want.Tokens)
			}
		}
	}
}

func TestSeedChangesTheSampleButNotTheGreedyPath(t *testing.T) {
	e := openEngine(t, tinySpec("llama", gguf.TypeF32), Options{Threads: 1})
	gen := func(p Params) []int32 {
		res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: p})
		if err != nil {
			t.Fatal(err)
		}
		return res.Tokens
	}
	a, b, a2 := gen(sampled(24, 1)), gen(sampled(24, 2)), gen(sampled(24, 1))
	if fmt.Sprint(a) != fmt.Sprint(a2) {
		t.Fatalf("seed 1 twice: %v then %v", a, a2)
	}
	if fmt.Sprint(a) == fmt.Sprint(b) {
		t.Fatalf("seeds 1 and 2 gave the same 24 tokens %v", a)
	}
	g1, g2 := greedy(10), greedy(10)
	g2.Seed = 99
	if fmt.Sprint(gen(g1)) != fmt.Sprint(gen(g2)) {
		t.Fatal("the seed changed a greedy generation")
	}
}

func TestConcurrentGenerationsMatchSequentialOnes(t *testing.T) {
	e := openEngine(t, tinySpec("qwen2", gguf.TypeQ4_0), Options{Threads: 2, MaxConcurrent: 3})
	want := make([]*Result, 6)
	for i := range want {
		res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: sampled(10, uint64(i))})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = res
	}
	var wg sync.WaitGroup
	errs := make([]error, 6*3)
	for round := 0; round < 3; round++ {
		for i := range want {
			wg.Go(func() {
				res, err := e.Generate(context.Background(), Request{Prompt: testPrompt, Params: sampled(10, uint64(i))})
				if err == nil && res.OutputHash != want[i].OutputHash {
					err = fmt.Errorf("seed %d: %v, sequential run %v", i, res.Tokens, want[i].Tokens)
				}
				errs[round*6+i] = err
			})
		}
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
}

func TestGenerationStopsWhenCancelled(t *testing.T) {
	e := openEngine(t, tinySpec("llama", gguf.TypeF32), Options{Threads: 1})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := e.Generate(ctx, Request{Prompt: testPrompt, Params: greedy(40), OnToken: func(int32, string) error {
		if n++; n == 3 {
			cancel()
		}
		return nil
	}})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Fatalf("after cancel at token 3: err %v, %d tokens", err, n)
	}
	// A generation waiting for a slot gives up when its context ends.
	busy := openEngine(t, tinySpec("llama", gguf.TypeF32), Options{Threads: 1, MaxConcurrent: 1})
	started, release := make(chan struct{}), make(chan struct{})
	go busy.Generate(context.Background(), Request{Prompt: testPrompt, Params: greedy(2), OnToken: func(int32, string) error {
		select {
		case started <- struct{}{}:
			<-release
		default:
		}
		return nil
	}})
	<-started
	short, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	if _, err := busy.Generate(short, Request{Prompt: testPrompt, Params: greedy(2)}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting for a slot: %v", err)
	}
	close(release)
}

func TestGenerateRejectsBadRequests(t *testing.T) {
	e := openEngine(t, tinySpec("llama", gguf.TypeF32), Options{Threads: 1, Context: 16})
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		req  Request
		want error
	}{
		{"zero max tokens", Request{Prompt: "a", Params: Params{MaxTokens: 0}}, ErrBadParams},
		{"a negative temperature", Request{Prompt: "a", Params: Params{MaxTokens: 1, Temperature: -1}}, ErrBadParams},
		{"top-p above one", Request{Prompt: "a", Params: Params{MaxTokens: 1, TopP: 1.5}}, ErrBadParams},
		{"a prompt longer than the context", Request{Prompt: strings.Repeat("a b c d ", 10), Params: greedy(1)}, ErrPromptTooLong},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := e.Generate(ctx, tc.req); !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
	res, err := e.Generate(ctx, Request{Prompt: "a b", Params: greedy(100)})
	if err != nil || res.StopReason != StopLength || len(res.PromptTokens)+len(res.Tokens) != 16 {
		t.Fatalf("a generation running into the context end: %v, %+v", err, res)
	}
	e.Close()
	if _, err := e.Generate(ctx, Request{Prompt: "a", Params: greedy(1)}); !errors.Is(err, ErrClosed) {
		t.Fatalf("after Close: %v", err)
	}
}

func TestOpenRejectsAModelWithoutTokenizer(t *testing.T) {
	s := tinySpec("llama", gguf.TypeF32)
	s.SkipTokenizerWhenNoSource = true
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := modeltest.Write(path, s); err != nil {
		t.Fatal(err)
	}
	if e, err := Open(path, Options{}); err == nil {
		e.Close()
		t.Fatal("opened a model with no vocabulary")
	}
	if _, err := Open(filepath.Join(t.TempDir(), "absent.gguf"), Options{}); err == nil {
		t.Fatal("opened a missing file")
	}
	var _ = model.ErrBadModel
}
