package main

import (
	"bufio"
	"context"
	"fmt"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/minidao/minidao/inference/engine"
	"github.com/minidao/minidao/inference/model"
)

func init() {
	register(command{
		name:    "generate",
		summary: "generate text from a prompt (streamed), with prefill and decode speeds",
		run:     runGenerate,
	})
}

func runGenerate(args []string, e *env) error {
	fs := newFlagSet("generate", "-m FILE.gguf -p PROMPT [-n N] [--temp T] [--top-k K] [--top-p P] [--seed S] [--ids] [-t THREADS]", e)
	path := fs.String("m", "", "GGUF model `file`")
	prompt := fs.String("p", "", "the prompt (tokenized as the model's metadata says: BOS when add_bos_token)")
	p := engine.Params{RepeatLastN: 64}
	fs.IntVar(&p.MaxTokens, "n", 128, "tokens to generate at most")
	temp := fs.Float64("temp", 0.8, "temperature (0: greedy)")
	fs.IntVar(&p.TopK, "top-k", 40, "sample from the K most likely tokens (0: all)")
	topP := fs.Float64("top-p", 0.95, "sample from the smallest set of tokens whose probability reaches P (1: all)")
	repeat := fs.Float64("repeat-penalty", 1, "penalty for tokens among the last 64 (1: none)")
	fs.Uint64Var(&p.Seed, "seed", 0, "seed of the sampler's PRNG: the same seed gives the same tokens")
	ids := fs.Bool("ids", false, "print the generated token ids instead of the text")
	threads := fs.Int("t", 2, "threads (results do not depend on it)")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	if err := requireFlag(*path, "m"); err != nil {
		return err
	}
	if *prompt == "" {
		return usageErrorf("-p is required (a non-empty prompt)")
	}
	if *threads < 1 {
		return usageErrorf("-t %d: want at least 1 thread", *threads)
	}
	p.Temperature, p.TopP, p.RepeatPenalty = float32(*temp), float32(*topP), float32(*repeat)
	if err := p.Check(); err != nil {
		return usageErrorf("%v", err)
	}
	m, err := openModel(*path, e)
	if err != nil {
		return err
	}
	eng, err := engine.New(m, engine.Options{Threads: *threads})
	if err != nil {
		m.Close()
		return err
	}
	defer eng.Close()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	out := bufio.NewWriter(e.stdout)
	res, err := eng.Generate(ctx, engine.Request{Prompt: *prompt, Params: p, OnToken: streamTo(out, *ids)})
	if *ids {
		out.WriteByte('\n')
	}
	out.Flush()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "\nprompt: %d tokens, prefill %.1f tok/s; generated: %d tokens, decode %s; stop: %s; sha256 %x\n",
		len(res.PromptTokens), rate(len(res.PromptTokens), res.Prefill), len(res.Tokens),
		decodeRate(len(res.Tokens), res.Decode), res.StopReason, res.OutputHash)
	return nil
}

// streamTo returns the token callback that writes each piece of text (or,
// with ids, each token id) to out as soon as it comes.
func streamTo(out *bufio.Writer, ids bool) func(int32, string) error {
	n := 0
	return func(id int32, text string) error {
		if !ids {
			out.WriteString(text)
			return out.Flush()
		}
		if id < 0 { // held-back text at the end: no token
			return nil
		}
		if n > 0 {
			out.WriteByte(' ')
		}
		n++
		out.WriteString(strconv.Itoa(int(id)))
		return out.Flush()
	}
}

// rate returns tokens per second.
func rate(tokens int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(tokens) / d.Seconds()
}

// decodeRate formats the decode speed: the first generated token comes from
// the prefill's logits, so n tokens take n−1 decode passes.
func decodeRate(tokens int, d time.Duration) string {
	if tokens < 2 || d <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f tok/s", rate(tokens-1, d))
}

// openModel opens a model and, on a terminal, reads its weights into the
// page cache with a progress line (otherwise pages load on first use).
func openModel(path string, e *env) (*model.Model, error) {
	m, err := model.Open(path)
	if err != nil {
		return nil, err
	}
	if !e.stderrTTY {
		return m, nil
	}
	var total int64
	for _, t := range m.File.Tensors {
		total += int64(t.Size)
	}
	pr := newProgress(e, "loading "+path)
	var done int64
	var sink byte
	for _, t := range m.File.Tensors {
		data, err := m.File.Data(t)
		if err != nil {
			m.Close()
			return nil, err
		}
		for i := 0; i < len(data); i += 4096 {
			sink ^= data[i]
			if i%(1<<20) == 0 {
				pr.update(done+int64(i), total, "MiB")
			}
		}
		done += int64(len(data))
	}
	pr.update(total, total, "MiB")
	pr.done()
	_ = sink
	return m, nil
}
