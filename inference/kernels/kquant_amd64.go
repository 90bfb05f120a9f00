package kernels

//go:noescape
func kqQ4_Kx8AVX512(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ6_Kx8AVX512(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ4_Kx4AVX512(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ4_Kx1AVX512(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ6_Kx4AVX512(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ6_Kx1AVX512(w *byte, rows, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func qMatMul4x4Q5_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)

//go:noescape
func qMatMul4x1Q5_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32, groups int)

//go:noescape
func kqQ4_KAVX2(w *byte, nb int, q *int8, d *float32, s *int32, acc *[Lanes]float32)

//go:noescape
func kqQ6_KAVX2(w *byte, nb int, q *int8, d *float32, acc *[Lanes]float32)

//go:noescape
func dotQ5_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)

//go:noescape
func quantizeKAVX512(x *float32, nblocks int, d *float32, q *int8, s *int32)

//go:noescape
func qMatMul2x8Q5_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)
