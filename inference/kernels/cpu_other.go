//go:build !amd64

package kernels

// Only the portable Go kernels exist on other architectures.
const (
	levelGo = iota
	levelAVX2
	levelAVX512
	level = levelGo
)

// Accelerated names the kernels in use: "go" here.
func Accelerated() string { return "go" }

func dotF32AVX2(a, b *float32, n int, s *[Lanes]float32)                        { panic("unreachable") }
func dotF32x4AVX2(w, x *float32, cols, ldw int, s *[4][Lanes]float32)           { panic("unreachable") }
func dotF32x4AVX512(w, x *float32, cols, ldw int, out *float32)                 { panic("unreachable") }
func dotF32x4x4AVX512(w, x *float32, cols, ldw, ldx int, out *float32, ldo int) { panic("unreachable") }
func axpyAVX2(y *float32, a float32, x *float32, n int)                         { panic("unreachable") }
func weightedSumAVX512(out, a *float32, n int, v *float32, ldv, cols int)       { panic("unreachable") }
func dotQ8_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)       { panic("unreachable") }
func dotQ4_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)       { panic("unreachable") }
func qMatMul4x4Q8_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int) {
	panic("unreachable")
}
func qMatMul4x1Q8_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32) {
	panic("unreachable")
}
func qMatMul4x4Q4_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int) {
	panic("unreachable")
}
func qMatMul4x1Q4_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32) {
	panic("unreachable")
}
func dotF16x4AVX512(w *uint16, x *float32, cols, ldw int, out *float32) { panic("unreachable") }
func dotF16x4x4AVX512(w *uint16, x *float32, cols, ldw, ldx int, out *float32, ldo int) {
	panic("unreachable")
}
func swigluAVX512(gate, up *float32, n int, c *[16]float32)       { panic("unreachable") }
func expSubAVX512(x *float32, n int, sub float32, c *[16]float32) { panic("unreachable") }
