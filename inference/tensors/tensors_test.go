package tensors_test

import (
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/kernels"
	"github.com/minidao/minidao/inference/model"
	"github.com/minidao/minidao/inference/model/modeltest"
	"github.com/minidao/minidao/inference/tensors"
	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

func openModel(t testing.TB, typ gguf.Type, dim, hidden int) *model.Model {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.gguf")
	err := modeltest.Write(path, modeltest.Spec{Arch: "llama", Dim: dim, Hidden: hidden, Layers: 1, Heads: 4, KVHeads: 4,
		Vocab: 300, Context: 16, Type: typ, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

func TestDenseViewsTheMappedWeights(t *testing.T) {
	m := openModel(t, gguf.TypeF32, 64, 96)
	up := &m.Weights.Layers[0].Up
	d, err := tensors.Dense(up)
	if err != nil {
		t.Fatal(err)
	}
	if s := d.Shape(); s[0] != 96 || s[1] != 64 {
		t.Fatalf("shape %v", s)
	}
	data := d.Data().([]float32)
	if unsafe.SliceData(data) != (*float32)(unsafe.Pointer(unsafe.SliceData(up.Data))) {
		t.Fatal("the tensor copied the weights")
	}
	// gorgonia's product agrees with the engine's kernel to float32 rounding.
	x := make([]float32, 64)
	for i := range x {
		x[i] = float32(i%7) - 3
	}
	y, err := d.MatVecMul(tensor.New(tensor.WithBacking(x)))
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float32, 96)
	kernels.MatMulF32(want, 96, up.F32(), 64, x, 1)
	for i, v := range y.Data().([]float32) {
		if d := v - want[i]; d > 1e-4 || d < -1e-4 {
			t.Fatalf("row %d: gorgonia %v, kernels %v", i, v, want[i])
		}
	}
	q := openModel(t, gguf.TypeQ8_0, 64, 96)
	if _, err := tensors.Dense(&q.Weights.Layers[0].Up); err == nil {
		t.Fatal("viewed Q8_0 weights as float32")
	}
}

// Benchmarks of gorgonia against the engine's kernels on SmolLM2-135M's FFN
// matrix (1536×576), one thread each (gorgonia's Sgemv is single-threaded):
// a matrix-vector product (decode), a product with 64 tokens (prefill), and
// the same matrix-vector product through a gorgonia graph and tape machine.

func benchInputs(b *testing.B, ntok int) (*model.Matrix, []float32) {
	m := openModel(b, gguf.TypeF32, 576, 1536)
	x := make([]float32, ntok*576)
	for i := range x {
		x[i] = float32(i%13)/13 - 0.5
	}
	return &m.Weights.Layers[0].Up, x
}

func BenchmarkMatVec(b *testing.B) {
	w, x := benchInputs(b, 1)
	b.Run("kernels", func(b *testing.B) {
		out := make([]float32, w.Rows)
		for b.Loop() {
			kernels.MatMulF32(out, w.Rows, w.F32(), w.Cols, x, 1)
		}
	})
	b.Run("gorgonia-tensor", func(b *testing.B) {
		d, _ := tensors.Dense(w)
		xv := tensor.New(tensor.WithBacking(x))
		out := tensor.New(tensor.Of(tensor.Float32), tensor.WithShape(w.Rows))
		for b.Loop() {
			if _, err := d.MatVecMul(xv, tensor.WithReuse(out)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gorgonia-graph", func(b *testing.B) {
		d, _ := tensors.Dense(w)
		g := gorgonia.NewGraph()
		wn := gorgonia.NodeFromAny(g, d, gorgonia.WithName("W"))
		xn := gorgonia.NewVector(g, tensor.Float32, gorgonia.WithShape(w.Cols), gorgonia.WithName("x"),
			gorgonia.WithValue(tensor.New(tensor.WithBacking(x))))
		gorgonia.Must(gorgonia.Mul(wn, xn))
		vm := gorgonia.NewTapeMachine(g)
		defer vm.Close()
		for b.Loop() {
			if err := vm.RunAll(); err != nil {
				b.Fatal(err)
			}
			vm.Reset()
		}
	})
}

func BenchmarkMatMul64Tokens(b *testing.B) {
	w, x := benchInputs(b, 64)
	b.Run("kernels", func(b *testing.B) {
		out := make([]float32, w.Rows*64)
		for b.Loop() {
			kernels.MatMulF32(out, w.Rows, w.F32(), w.Cols, x, 64)
		}
	})
	b.Run("gorgonia-tensor", func(b *testing.B) {
		d, _ := tensors.Dense(w)
		// W (1536×576) · Xᵀ (576×64), Xᵀ a transposed view (BLAS gemm).
		xt := tensor.New(tensor.WithShape(64, w.Cols), tensor.WithBacking(x))
		if err := xt.T(); err != nil {
			b.Fatal(err)
		}
		out := tensor.New(tensor.Of(tensor.Float32), tensor.WithShape(w.Rows, 64))
		for b.Loop() {
			if _, err := tensor.MatMul(d, xt, tensor.WithReuse(out)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
