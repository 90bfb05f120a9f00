package model

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model/modeltest"
)

// smolLM2Spec is the shape of SmolLM2-135M with the 32,000-token llama-spm
// vocabulary (from ../shared/testdata/vocab) and random weights.
func smolLM2Spec(b *testing.B, typ gguf.Type) modeltest.Spec {
	path := filepath.Join("..", "..", "..", "shared", "testdata", "vocab", "ggml-vocab-llama-spm.gguf")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no vocabulary at %s: %v", path, err)
	}
	like, err := gguf.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { like.Close() })
	return modeltest.Spec{Arch: "llama", Dim: 576, Hidden: 1536, Layers: 30, Heads: 9, KVHeads: 3,
		Context: 2048, Type: typ, Tied: true, Seed: 1, RopeBase: 100000, Like: like}
}

// BenchmarkSmolLM2 measures prefill of 128 tokens and decode of 64 with 2
// threads, reported as tokens/s (prefill-tok/s, decode-tok/s).
func BenchmarkSmolLM2(b *testing.B) {
	for _, typ := range []gguf.Type{gguf.TypeF32, gguf.TypeQ8_0, gguf.TypeQ4_0} {
		b.Run(typ.String(), func(b *testing.B) {
			m := openSpec(b, smolLM2Spec(b, typ))
			prompt := make([]int32, 128)
			for i := range prompt {
				prompt[i] = int32(100 + i*37%31000)
			}
			ctx := context.Background()
			var prefill, decode, prefillCPU, decodeCPU time.Duration
			for b.Loop() {
				s, err := m.NewState(Options{Threads: 2, Context: 256})
				if err != nil {
					b.Fatal(err)
				}
				start, cpu := time.Now(), cpuTime()
				logits, err := s.Forward(ctx, prompt)
				if err != nil {
					b.Fatal(err)
				}
				prefill += time.Since(start)
				prefillCPU += cpuTime() - cpu
				start, cpu = time.Now(), cpuTime()
				for i := 0; i < 64; i++ {
					best := 0
					for j, v := range logits {
						if v > logits[best] {
							best = j
						}
					}
					if logits, err = s.Forward(ctx, []int32{int32(best)}); err != nil {
						b.Fatal(err)
					}
				}
				decode += time.Since(start)
				decodeCPU += cpuTime() - cpu
				s.Close()
			}
			b.ReportMetric(float64(128*b.N)/prefill.Seconds(), "prefill-tok/s")
			b.ReportMetric(float64(64*b.N)/decode.Seconds(), "decode-tok/s")
			// On a machine shared with other work, wall-clock rates fall with the
			// load; rates per CPU-second of each thread show the code's own speed.
			b.ReportMetric(float64(128*b.N)/(prefillCPU.Seconds()/2), "prefill-tok/thread-cpu-s")
			b.ReportMetric(float64(64*b.N)/(decodeCPU.Seconds()/2), "decode-tok/thread-cpu-s")
		})
	}
}

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
