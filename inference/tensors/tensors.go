package tensors

import (
	"fmt"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/model"
	"gorgonia.org/tensor"
)

// Dense returns an F32 weight matrix as a gorgonia tensor.Dense of shape
// (Rows, Cols) over the model's memory-mapped data: no copy is made, and the
// tensor must be treated as read-only (the mapping is) and not used after
// the model is closed. Other weight types cannot be viewed, only converted.
func Dense(m *model.Matrix) (*tensor.Dense, error) {
	if m.Type != gguf.TypeF32 {
		return nil, fmt.Errorf("tensors: %s is %v; only F32 weights can be viewed as a tensor.Dense", m.Name, m.Type)
	}
	return tensor.New(tensor.WithShape(m.Rows, m.Cols), tensor.WithBacking(m.F32())), nil
}
