package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minidao/minidao/inference/gguf"
)

// TestMkmodelQ4_K_MFollowsLlamaCpp checks the per-tensor types of
// --type q4_k_m against llama.cpp's llama_tensor_get_type (8 layers: the
// "more bits" layers are 0, 3, 6 and 7), with its fallbacks for rows that
// are not whole super-blocks, and that the model generates the same tokens
// with 1 and 2 threads.
func TestMkmodelQ4_K_MFollowsLlamaCpp(t *testing.T) {
	vocab := writeTinyVocab(t)
	dir := t.TempDir()
	moreBits := map[int]bool{0: true, 3: true, 6: true, 7: true}
	for _, tc := range []struct {
		dim  int
		tied bool
		want func(name string, layer int) gguf.Type
	}{
		{64, true, func(name string, l int) gguf.Type {
			switch {
			case name == "token_embd": // the output projection, rows of 64
				return gguf.TypeQ8_0
			case name == "ffn_down" && moreBits[l]:
				return gguf.TypeQ6_K
			case name == "ffn_down": // rows of 256
				return gguf.TypeQ4_K
			case name == "attn_v" && moreBits[l]: // Q6_K, rows of 64
				return gguf.TypeQ8_0
			}
			return gguf.TypeQ5_0 // Q4_K, rows of 64
		}},
		{64, false, func(name string, l int) gguf.Type {
			switch {
			case name == "output":
				return gguf.TypeQ8_0
			case name == "ffn_down" && moreBits[l]:
				return gguf.TypeQ6_K
			case name == "ffn_down":
				return gguf.TypeQ4_K
			case name == "attn_v" && moreBits[l]:
				return gguf.TypeQ8_0
			}
			return gguf.TypeQ5_0
		}},
		{256, true, func(name string, l int) gguf.Type {
			if name == "token_embd" || (name == "attn_v" || name == "ffn_down") && moreBits[l] {
				return gguf.TypeQ6_K
			}
			return gguf.TypeQ4_K
		}},
	} {
		t.Run(fmt.Sprintf("dim %d tied %v", tc.dim, tc.tied), func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("m%d%v.gguf", tc.dim, tc.tied))
			code, _, errOut := slm(t, "", "mkmodel", "--like", vocab, "--dim", fmt.Sprint(tc.dim), "--layers", "8", "--heads", "4",
				"--kv-heads", "2", "--ff", "256", "--type", "q4_k_m", "--seed", "3", fmt.Sprintf("--tied=%v", tc.tied), "-o", path)
			if code != 0 {
				t.Fatalf("mkmodel: exit %d: %s", code, errOut)
			}
			f, err := gguf.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if ft, _ := f.Uint("general.file_type"); ft != 15 {
				t.Errorf("general.file_type %d, want 15 (MOSTLY_Q4_K_M)", ft)
			}
			check := func(tensor, kind string, l int) {
				info, err := f.TensorInfo(tensor)
				if err != nil {
					t.Fatal(err)
				}
				if want := tc.want(kind, l); info.Type != want {
					t.Errorf("%s is %v, want %v", tensor, info.Type, want)
				}
			}
			check("token_embd.weight", "token_embd", 0)
			if !tc.tied {
				check("output.weight", "output", 0)
			}
			for l := 0; l < 8; l++ {
				for _, kind := range []string{"attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"} {
					check(fmt.Sprintf("blk.%d.%s.weight", l, kind), kind, l)
				}
			}
			var outs [2]string
			for i, threads := range []string{"1", "2"} {
				code, out, errOut := slm(t, "", "generate", "-m", path, "-p", "hello world", "-n", "8", "--ids", "-t", threads)
				if code != 0 {
					t.Fatalf("generate: exit %d: %s", code, errOut)
				}
				outs[i] = out
			}
			if outs[0] != outs[1] || outs[0] == "" {
				t.Fatalf("1 thread: %q, 2 threads: %q", outs[0], outs[1])
			}
		})
	}
}

// TestBenchNamesMixedWeightTypes: a Q4_K_M file mixes types (narrow rows
// fall back to Q5_0 and Q8_0), and slm bench says so rather than naming one.
func TestBenchNamesMixedWeightTypes(t *testing.T) {
	vocab := writeTinyVocab(t)
	path := filepath.Join(t.TempDir(), "m.gguf")
	code, _, errOut := slm(t, "", "mkmodel", "--like", vocab, "--dim", "64", "--layers", "8", "--heads", "4",
		"--kv-heads", "2", "--ff", "256", "--type", "q4_k_m", "--seed", "3", "-o", path)
	if code != 0 {
		t.Fatalf("mkmodel: exit %d: %s", code, errOut)
	}
	code, out, errOut := slm(t, "", "bench", "-m", path, "-p", "4", "-n", "2", "-r", "1", "-t", "1")
	if code != 0 {
		t.Fatalf("bench: exit %d: %s", code, errOut)
	}
	// token_embd (the tied output, rows of 64): Q8_0; per layer attn_q/k/o,
	// ffn_gate/up: Q5_0; attn_v: Q8_0 in the 4 "more bits" layers, else
	// Q5_0; ffn_down: Q6_K in those 4 layers, else Q4_K.
	if want := "Q5_0 x44, Q8_0 x5, Q4_K x4, Q6_K x4 weights"; !strings.Contains(out, want) {
		t.Errorf("bench output lacks %q:\n%s", want, out)
	}
}
