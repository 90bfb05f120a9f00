package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/minidao/minidao/inference/kernels"
	"github.com/minidao/minidao/inference/model"
)

func init() {
	register(command{
		name:    "bench",
		summary: "measure prefill and decode speed (tokens/s, median of several runs)",
		run:     runBench,
	})
}

func runBench(args []string, e *env) error {
	fs := newFlagSet("bench", "-m FILE.gguf [-p 128] [-n 64] [-t THREADS] [-r RUNS]", e)
	path := fs.String("m", "", "GGUF model `file`")
	prefill := fs.Int("p", 128, "prompt tokens to prefill")
	decode := fs.Int("n", 64, "tokens to decode after the prompt")
	threads := fs.Int("t", 2, "threads")
	runs := fs.Int("r", 5, "runs (the median is reported)")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	if err := requireFlag(*path, "m"); err != nil {
		return err
	}
	if *prefill < 1 || *decode < 0 || *threads < 1 || *runs < 1 {
		return usageErrorf("want -p ≥ 1, -n ≥ 0, -t ≥ 1 and -r ≥ 1")
	}
	m, err := openModel(*path, e)
	if err != nil {
		return err
	}
	defer m.Close()
	c := m.Config
	if *prefill+*decode > c.ContextLen {
		return usageErrorf("-p %d plus -n %d exceed the model's context of %d", *prefill, *decode, c.ContextLen)
	}
	// The prompt is a fixed pseudo-random walk over the vocabulary.
	prompt := make([]int32, *prefill)
	for i := range prompt {
		prompt[i] = int32((uint64(i)*2654435761 + 1) % uint64(c.VocabSize))
	}
	fmt.Fprintf(e.stdout, "model: %s, %d layers, dim %d, %d heads (%d KV), vocabulary %d, %s weights; kernels: %s; threads: %d\n",
		c.Arch, c.Layers, c.Dim, c.Heads, c.KVHeads, c.VocabSize, m.WeightTypes(), kernels.Accelerated(), *threads)
	var pre, dec, preCPU, decCPU []float64
	ctx := context.Background()
	for r := 0; r < *runs; r++ {
		s, err := benchOnce(ctx, m, prompt, *decode, *threads)
		if err != nil {
			return err
		}
		pre, dec = append(pre, s.prefill), append(dec, s.decode)
		preCPU, decCPU = append(preCPU, s.prefillCPU), append(decCPU, s.decodeCPU)
	}
	fmt.Fprintf(e.stdout, "prefill: %d tokens, %.1f tok/s (median of %d runs: %s)%s\n", *prefill, median(pre), *runs, list(pre), perCPU(preCPU))
	if *decode > 0 {
		fmt.Fprintf(e.stdout, "decode: %d tokens, %.1f tok/s (median of %d runs: %s)%s\n", *decode, median(dec), *runs, list(dec), perCPU(decCPU))
	}
	if peak, ok := peakRSS(); ok {
		fmt.Fprintf(e.stdout, "peak RSS: %.1f MiB (model file %.1f MiB, KV cache %.1f MiB)\n", mib(peak),
			mib(m.File.Size()), mib(c.KVCacheBytes(*prefill+*decode)))
	}
	return nil
}

func mib(n int64) float64 { return float64(n) / (1 << 20) }

// peakRSS returns the process's peak resident set size (VmHWM, Linux only).
func peakRSS() (int64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

// speeds are one run's rates in tokens/s: by the clock, and per second of
// CPU time of each thread (the process's CPU time over the thread count),
// which shows the code's own speed on a machine shared with other work (0
// where CPU time is not measured).
type speeds struct{ prefill, decode, prefillCPU, decodeCPU float64 }

// perCPU formats the median per-thread-CPU rate, if measured.
func perCPU(v []float64) string {
	if median(v) == 0 {
		return ""
	}
	return fmt.Sprintf("; %.1f tok/s per thread-CPU-second", median(v))
}

// benchOnce prefills prompt, then decodes n tokens greedily.
func benchOnce(ctx context.Context, m *model.Model, prompt []int32, n, threads int) (speeds, error) {
	var s speeds
	st, err := m.NewState(model.Options{Threads: threads, Context: len(prompt) + n})
	if err != nil {
		return s, err
	}
	defer st.Close()
	perThread := func(tokens int, from, to time.Duration) float64 {
		return rate(tokens, (to-from)/time.Duration(threads))
	}
	start := time.Now()
	cpu0, ok0 := cpuTime()
	logits, err := st.Forward(ctx, prompt)
	if err != nil {
		return s, err
	}
	s.prefill = rate(len(prompt), time.Since(start))
	cpu1, ok1 := cpuTime()
	if ok0 && ok1 {
		s.prefillCPU = perThread(len(prompt), cpu0, cpu1)
	}
	start = time.Now()
	for i := 0; i < n; i++ {
		best := 0
		for j, v := range logits {
			if v > logits[best] {
				best = j
			}
		}
		if logits, err = st.Forward(ctx, []int32{int32(best)}); err != nil {
			return s, err
		}
	}
	s.decode = rate(n, time.Since(start))
	if cpu2, ok2 := cpuTime(); ok1 && ok2 {
		s.decodeCPU = perThread(n, cpu1, cpu2)
	}
	return s, nil
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func list(v []float64) string {
	out := ""
	for i, x := range v {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%.1f", x)
	}
	return out
}
