package tensors_test

import (
	"testing"

	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// TestGorgoniaGraphRuns builds and runs a tiny graph (y = W·x + b). It exists
// because gorgonia v0.9.18 imports go4.org/unsafe/assume-no-moving-gc, which
// panics at start on Go 1.26 unless go.mod requires a recent enough version.
func TestGorgoniaGraphRuns(t *testing.T) {
	g := gorgonia.NewGraph()
	w := gorgonia.NewMatrix(g, tensor.Float32, gorgonia.WithShape(2, 3), gorgonia.WithName("W"),
		gorgonia.WithValue(tensor.New(tensor.WithShape(2, 3), tensor.WithBacking([]float32{1, 2, 3, 4, 5, 6}))))
	x := gorgonia.NewVector(g, tensor.Float32, gorgonia.WithShape(3), gorgonia.WithName("x"),
		gorgonia.WithValue(tensor.New(tensor.WithShape(3), tensor.WithBacking([]float32{1, 0, -1}))))
	b := gorgonia.NewVector(g, tensor.Float32, gorgonia.WithShape(2), gorgonia.WithName("b"),
		gorgonia.WithValue(tensor.New(tensor.WithShape(2), tensor.WithBacking([]float32{0.5, -0.5}))))
	y := gorgonia.Must(gorgonia.Add(gorgonia.Must(gorgonia.Mul(w, x)), b))

	vm := gorgonia.NewTapeMachine(g)
	defer vm.Close()
	if err := vm.RunAll(); err != nil {
		t.Fatalf("run graph: %v", err)
	}
	got := y.Value().Data().([]float32)
	want := []float32{1 - 3 + 0.5, 4 - 6 - 0.5}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("y[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}
