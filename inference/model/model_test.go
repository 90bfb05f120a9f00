package model

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model/modeltest"
)

func tinySpec(arch string, typ gguf.Type, tied bool) modeltest.Spec {
	return modeltest.Spec{Arch: arch, Dim: 64, Hidden: 96, Layers: 2, Heads: 4, KVHeads: 2,
		Vocab: 320, Context: 64, Type: typ, Tied: tied, Seed: 7}
}

func openSpec(t testing.TB, s modeltest.Spec) *Model {
	t.Helper()
	path := filepath.Join(t.TempDir(), "model.gguf")
	if err := modeltest.Write(path, s); err != nil {
		t.Fatal(err)
	}
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

var testPrompt = []int32{1, 300, 17, 42, 42, 255, 3, 99, 150, 7, 8, 9, 310}

// The tolerances the fast path keeps against the float64 reference, as a
// fraction of the largest reference logit. F32, F16 and BF16 weights differ
// only by float32 rounding. Q8_0, Q4_0 and Q5_0 also quantize the activations to
// 8 bits (as llama.cpp does), which costs a few percent against the plain
// reference, and stays within 0.01% of a reference that quantizes them too.
// Q4_K and Q6_K quantize them per 256 values (ggml's Q8_K): a coarser step
// than per 32 (these models are 256 wide, so one scale per vector), which
// costs up to about 10%; they too stay within 0.01% of the reference that
// quantizes the same way.
var tolerance = map[gguf.Type]float64{
	gguf.TypeF32: 2e-6, gguf.TypeF16: 2e-6, gguf.TypeBF16: 2e-6,
	gguf.TypeQ8_0: 0.08, gguf.TypeQ4_0: 0.08, gguf.TypeQ5_0: 0.08,
	gguf.TypeQ4_K: 0.15, gguf.TypeQ6_K: 0.15, // measured up to 0.105
}

// quantActTolerance bounds the distance to the reference that quantizes the
// activations too. When an activation lands within float32 rounding of a
// half step (x/d = k+0.5), the fast path and the float64 reference may round
// it to different integers; on these tiny random models that one step moves
// the logits by 1-2% from then on (it enters the KV cache). With one scale
// per 256 values (the K-quants) the tests meet such a tie now and then, so
// up to half of the positions may exceed this bound (staying within
// tolerance): a wrong kernel misses it at every position.
const quantActTolerance = 1e-4

func TestFastPathMatchesFloat64Reference(t *testing.T) {
	for _, arch := range []string{"llama", "qwen2"} {
		for _, typ := range []gguf.Type{gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16, gguf.TypeQ8_0, gguf.TypeQ4_0, gguf.TypeQ5_0, gguf.TypeQ4_K, gguf.TypeQ6_K} {
			for _, tied := range []bool{true, false} {
				name := arch + "/" + typ.String()
				if tied {
					name += "/tied"
				}
				t.Run(name, func(t *testing.T) {
					spec := tinySpec(arch, typ, tied)
					if typ.BlockSize() == gguf.QK_K {
						spec.Dim, spec.Hidden = 256, 256
					}
					m := openSpec(t, spec)
					rm := loadRef(t, m.File, m.Config)
					ref := rm.logits(testPrompt)
					var refQ [][]float64
					if m.Weights.Layers[0].Wq.Quantized() || typ.BlockSize() == gguf.QK_K {
						rm.quantAct = true
						if typ.BlockSize() == gguf.QK_K {
							rm.quantBlock = gguf.QK_K
						}
						refQ = rm.logits(testPrompt)
					}
					s, err := m.NewState(Options{Threads: 2, Batch: 5})
					if err != nil {
						t.Fatal(err)
					}
					defer s.Close()
					flips := 0
					for i := range testPrompt {
						got, err := s.Forward(context.Background(), testPrompt[i:i+1])
						if err != nil {
							t.Fatal(err)
						}
						want := ref[i]
						var maxRef, maxErr float64
						for j := range want {
							maxRef = math.Max(maxRef, math.Abs(want[j]))
							maxErr = math.Max(maxErr, math.Abs(float64(got[j])-want[j]))
						}
						if i == len(testPrompt)-1 {
							t.Logf("relative error %.3g", maxErr/maxRef)
						}
						if rel := maxErr / maxRef; rel > tolerance[typ] || math.IsNaN(rel) {
							t.Fatalf("position %d: max |logit error| %.3g = %.3g of max |logit| %.3g (tolerance %g)", i, maxErr, rel, maxRef, tolerance[typ])
						}
						if refQ != nil {
							var maxErrQ float64
							for j := range want {
								maxErrQ = math.Max(maxErrQ, math.Abs(float64(got[j])-refQ[i][j]))
							}
							if rel := maxErrQ / maxRef; rel > quantActTolerance || math.IsNaN(rel) {
								// A rounding tie: see quantActTolerance.
								flips++
								if rel > tolerance[typ] || math.IsNaN(rel) || flips > len(testPrompt)/2 {
									t.Fatalf("position %d: %.3g of max |logit| from the reference with quantized activations (tolerance %g, %d positions over it)", i, rel, quantActTolerance, flips)
								}
							}
							if i == len(testPrompt)-1 {
								t.Logf("relative error against the quantizing reference %.3g", maxErrQ/maxRef)
							}
						}
					}
				})
			}
		}
	}
}

// run feeds testPrompt in the given chunks and returns the last logits and
// the KV cache.
func run(t *testing.T, m *Model, threads, batch int, chunks []int) ([]float32, []float32, []float32) {
	t.Helper()
	s, err := m.NewState(Options{Threads: threads, Batch: batch, Context: 32})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var logits []float32
	i := 0
	for _, n := range chunks {
		if logits, err = s.Forward(context.Background(), testPrompt[i:i+n]); err != nil {
			t.Fatal(err)
		}
		i += n
	}
	return append([]float32(nil), logits...), s.keys, s.values
}

func TestThreadsAndBatchingNeverChangeABit(t *testing.T) {
	for _, typ := range []gguf.Type{gguf.TypeF32, gguf.TypeQ8_0, gguf.TypeQ4_0, gguf.TypeQ5_0, gguf.TypeQ4_K, gguf.TypeQ6_K} {
		spec := tinySpec("llama", typ, false)
		if typ.BlockSize() == gguf.QK_K {
			spec.Dim, spec.Hidden = 256, 256
		}
		m := openSpec(t, spec)
		wantLogits, wantK, wantV := run(t, m, 1, 1, []int{len(testPrompt)})
		for _, tc := range []struct {
			threads, batch int
			chunks         []int
		}{
			{2, 64, []int{len(testPrompt)}},
			{4, 3, []int{len(testPrompt)}},
			{3, 64, []int{5, 1, 7}},
			{2, 4, []int{1, 1, 1, 10}},
		} {
			logits, k, v := run(t, m, tc.threads, tc.batch, tc.chunks)
			for _, cmp := range []struct {
				what      string
				got, want []float32
			}{{"logits", logits, wantLogits}, {"keys", k, wantK}, {"values", v, wantV}} {
				for i := range cmp.want {
					if math.Float32bits(cmp.got[i]) != math.Float32bits(cmp.want[i]) {
						t.Fatalf("%v, %d threads, batch %d, chunks %v: %s[%d] = %v, want %v",
							typ, tc.threads, tc.batch, tc.chunks, cmp.what, i, cmp.got[i], cmp.want[i])
					}
				}
			}
		}
	}
}

func TestForwardRejectsBadInput(t *testing.T) {
	m := openSpec(t, tinySpec("llama", gguf.TypeF32, true))
	s, err := m.NewState(Options{Threads: 1, Context: 4})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.Forward(ctx, []int32{1, 320}); !errors.Is(err, ErrBadToken) {
		t.Errorf("token 320 of 320: %v, want ErrBadToken", err)
	}
	if _, err := s.Forward(ctx, []int32{1, 2, 3, 4, 5}); !errors.Is(err, ErrContextFull) {
		t.Errorf("5 tokens in a context of 4: %v, want ErrContextFull", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Forward(cancelled, []int32{1}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	if s.Pos() != 0 {
		t.Errorf("failed calls consumed %d positions", s.Pos())
	}
	if _, err := m.NewState(Options{Threads: 0}); err == nil {
		t.Error("0 threads accepted")
	}
	if _, err := m.NewState(Options{Threads: 1, Context: 65}); err == nil {
		t.Error("a context longer than the model's accepted")
	}
}

func TestOpenRejectsUnsupportedAndInconsistentModels(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, s modeltest.Spec, edit func(*gguf.Writer)) string {
		w, err := modeltest.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			edit(w)
		}
		path := filepath.Join(dir, name)
		if err := w.WriteFile(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	base := tinySpec("llama", gguf.TypeF32, true)
	for _, tc := range []struct {
		name string
		path string
		want error
	}{
		{"an unknown architecture", write("gpt.gguf", base, func(w *gguf.Writer) {
			w.Set("general.architecture", gguf.String("gpt2"))
		}), ErrUnsupported},
		{"heads that do not divide the width", write("heads.gguf", base, func(w *gguf.Writer) {
			w.Set("llama.attention.head_count", gguf.Uint32(5))
		}), ErrBadModel},
		{"a missing hyper-parameter", write("noff.gguf", modeltest.Spec{Arch: "qwen2", Dim: 64, Hidden: 96, Layers: 1, Heads: 4, KVHeads: 2, Vocab: 300, Context: 8, Type: gguf.TypeF32}, func(w *gguf.Writer) {
			w.Set("general.architecture", gguf.String("llama"))
		}), ErrBadModel},
		{"an unsupported tensor type", write("q5k.gguf", modeltest.Spec{Arch: "llama", Dim: 256, Hidden: 256, Layers: 1, Heads: 4, KVHeads: 4, Vocab: 300, Context: 8, Type: gguf.TypeQ5_K}, nil), ErrUnsupported},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Open(tc.path)
			if err == nil {
				m.Close()
				t.Fatal("opened")
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := Open(filepath.Join(dir, "absent.gguf")); err == nil {
		t.Error("opened a missing file")
	}
}

// TestGreedyDecodingFollowsTheReference decodes greedily with the fast path
// and with the float64 reference, each feeding back its own choices.
func TestGreedyDecodingFollowsTheReference(t *testing.T) {
	for _, arch := range []string{"llama", "qwen2"} {
		m := openSpec(t, tinySpec(arch, gguf.TypeF32, arch == "llama"))
		ref := loadRef(t, m.File, m.Config)
		s, err := m.NewState(Options{Threads: 2})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		fast := append([]int32(nil), testPrompt...)
		slow := append([]int32(nil), testPrompt...)
		logits, err := s.Forward(context.Background(), fast)
		if err != nil {
			t.Fatal(err)
		}
		for step := 0; step < 12; step++ {
			best := 0
			for j, v := range logits {
				if v > logits[best] {
					best = j
				}
			}
			fast = append(fast, int32(best))
			all := ref.logits(slow)
			last := all[len(all)-1]
			bestRef := 0
			for j, v := range last {
				if v > last[bestRef] {
					bestRef = j
				}
			}
			slow = append(slow, int32(bestRef))
			if best != bestRef {
				t.Fatalf("%s step %d: fast path picks %d, reference %d", arch, step, best, bestRef)
			}
			if logits, err = s.Forward(context.Background(), []int32{int32(best)}); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s: %v", arch, fast[len(testPrompt):])
	}
}
