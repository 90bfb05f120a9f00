//go:build !amd64

package kernels

const useAVX2 = false

// Accelerated reports whether the assembly kernels are in use.
func Accelerated() bool { return false }

func dotF32AVX2(a, b *float32, n int, s *[Lanes]float32)                  { panic("unreachable") }
func dotF32x4AVX2(w, x *float32, cols int, s *[4][Lanes]float32)          { panic("unreachable") }
func dotF32x4x3AVX2(w, x *float32, cols int, s *[12][Lanes]float32)       { panic("unreachable") }
func dotQ8_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32) { panic("unreachable") }
func dotQ4_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32) { panic("unreachable") }
