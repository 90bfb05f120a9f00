//go:build !amd64

package kernels

func q8Tile4x4AVX512(q *byte, d *uint16, x *byte, tokBytes int, npairs int, out *float32, ldo int) {
	panic("unreachable")
}

func q8Tile4x1AVX512(q *byte, d *uint16, x *byte, npairs int, out *float32) { panic("unreachable") }

func quantizeQ8AVX512(x *float32, nb int, d *float32, q *int8) { panic("unreachable") }

func packTilesAVX512(d *float32, q *int8, npairs int, dst *byte) { panic("unreachable") }
