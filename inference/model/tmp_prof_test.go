package model

import (
	"context"
	"os"
	"testing"
)

func BenchmarkTmpPhase(b *testing.B) {
	path := os.Getenv("TMP_MODEL")
	m, err := Open(path)
	if err != nil {
		b.Skip(err)
	}
	defer m.Close()
	prompt := make([]int32, 128)
	for i := range prompt {
		prompt[i] = int32(100 + i*37%31000)
	}
	ctx := context.Background()
	b.Run("prefill", func(b *testing.B) {
		for b.Loop() {
			s, _ := m.NewState(Options{Threads: 2, Context: 256})
			if _, err := s.Forward(ctx, prompt); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		s, _ := m.NewState(Options{Threads: 2, Context: 2048})
		s.Forward(ctx, prompt)
		for b.Loop() {
			if s.Pos() >= 1000 {
				s.Reset()
				s.Forward(ctx, prompt)
			}
			if _, err := s.Forward(ctx, []int32{5}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
