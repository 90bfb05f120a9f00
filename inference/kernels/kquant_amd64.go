package kernels

//go:noescape
func kqQ4_Kx4AVX512(w *byte, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ4_Kx1AVX512(w *byte, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ6_Kx4AVX512(w *byte, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)

//go:noescape
func kqQ6_Kx1AVX512(w *byte, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
