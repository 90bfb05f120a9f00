package kernels

//go:noescape
func q8Tile4x4AVX512(q *byte, d *uint16, x *byte, tokBytes int, npairs int, out *float32, ldo int)

//go:noescape
func q8Tile4x1AVX512(q *byte, d *uint16, x *byte, npairs int, out *float32)
