package kernels

//go:noescape
func q8Tile4x4AVX512(q *byte, d *uint16, x *byte, tokBytes int, npairs int, out *float32, ldo int)

//go:noescape
func q8Tile4x1AVX512(q *byte, d *uint16, x *byte, npairs int, out *float32)

//go:noescape
func quantizeQ8AVX512(x *float32, nb int, d *float32, q *int8)

//go:noescape
func packTilesAVX512(d *float32, q *int8, npairs int, dst *byte)
