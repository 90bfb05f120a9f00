package kernels

// Q5_0 is the type llama.cpp falls back to when a Q4_K_M tensor's rows are
// not whole super-blocks of 256 (SmolLM2-135M's 576-wide rows, for one), so
// files called Q4_K_M are mostly Q5_0 for such models.

// BlockQ5_0 is ggml's Q5_0 block: f16 scale, 32 high bits (bit j of the
// little-endian uint32 is bit 4 of value j), 16 bytes of nibble pairs (low
// nibbles values 0..15, high nibbles 16..31); weight = d·(value − 16).
const BlockQ5_0 = 2 + 4 + QK/2

// DotQ5_0 returns the canonical dot product (as DotQ4_0's, the weights being
// value − 16) of one row of Q5_0 blocks with quantized activations (d, q).
func DotQ5_0(w []byte, d []float32, q []int8) float32 {
	var s [Lanes]float32
	nb := len(w) / BlockQ5_0
	if nb == 0 {
		return 0
	}
	if level >= levelAVX2 {
		_, _, _ = w[nb*BlockQ5_0-1], d[nb-1], q[nb*QK-1]
		dotQ5_0AVX2(&w[0], &d[0], &q[0], nb, &s)
	} else {
		dotQ5_0Go(w, d, q, nb, &s)
	}
	return reduce16(&s)
}

func dotQ5_0Go(w []byte, d []float32, q []int8, nb int, s *[Lanes]float32) {
	_, _, _ = w[nb*BlockQ5_0-1], d[nb-1], q[nb*QK-1]
	var v [QK]int32
	for b := 0; b < nb; b++ {
		blk := (*[BlockQ5_0]byte)(w[b*BlockQ5_0:])
		scale := float32(f16Table[uint16(blk[0])|uint16(blk[1])<<8] * d[b])
		qh := uint32(blk[2]) | uint32(blk[3])<<8 | uint32(blk[4])<<16 | uint32(blk[5])<<24
		for j := 0; j < QK/2; j++ {
			v[j] = int32(blk[6+j]&0xf|byte(qh>>j&1)<<4) - 16
			v[j+QK/2] = int32(blk[6+j]>>4|byte(qh>>(j+QK/2)&1)<<4) - 16
		}
		qx := (*[QK]int8)(q[b*QK:])
		sl := s[8*(b&1) : 8*(b&1)+8]
		for l := 0; l < 8; l++ {
			i := 4 * l
			is := v[i]*int32(qx[i]) + v[i+1]*int32(qx[i+1]) + v[i+2]*int32(qx[i+2]) + v[i+3]*int32(qx[i+3])
			sl[l] += float32(scale * float32(is))
		}
	}
}

// MatMulQ5_0 is MatMulQ8_0 for Q5_0 weights. With AVX-512 and activations
// packed for it (Q8Act.Resize, an even number of blocks), 2-row tiles take
// eight tokens at a time and 4-row tiles four, and a single token (decode)
// runs every group of 4 rows in one call; the rows left over, and other
// levels, use DotQ5_0.
func MatMulQ5_0(out []float32, ldo int, w []byte, x *Q8Act) {
	cols, ntok := x.cols, x.ntok
	nb := cols / QK
	rowBytes := nb * BlockQ5_0
	if nb == 0 || ntok == 0 || len(w) < rowBytes {
		return
	}
	rows := len(w) / rowBytes
	_ = out[(ntok-1)*ldo+rows-1]
	tokBytes := nb / 2 * packedPair
	r := 0
	if level >= levelAVX512 && nb%2 == 0 && rows >= 4 && len(x.packed) >= ntok*tokBytes {
		if ntok == 1 {
			r = rows &^ 3
			qMatMul4x1Q5_0AVX512(&w[0], rowBytes, &x.packed[0], nb/2, &out[0], r/4)
		}
		// Tokens [0, t8) in two-row, eight-token tiles (an odd last row is
		// left to the loop at the end), the rest in 4-row tiles.
		t8 := ntok &^ 7
		for r2 := 0; t8 > 0 && r2+2 <= rows; r2 += 2 {
			for t := 0; t < t8; t += 8 {
				qMatMul2x8Q5_0AVX512(&w[r2*rowBytes], rowBytes, &x.packed[t*tokBytes], tokBytes, nb/2, &out[t*ldo+r2], ldo)
			}
		}
		for ; r+4 <= rows; r += 4 {
			t := t8
			for ; t+4 <= ntok; t += 4 {
				qMatMul4x4Q5_0AVX512(&w[r*rowBytes], rowBytes, &x.packed[t*tokBytes], tokBytes, nb/2, &out[t*ldo+r], ldo)
			}
			for ; t < ntok; t++ {
				qMatMul4x1Q5_0AVX512(&w[r*rowBytes], rowBytes, &x.packed[t*tokBytes], nb/2, &out[t*ldo+r], 1)
			}
		}
	}
	for ; r < rows; r++ {
		wr := w[r*rowBytes : (r+1)*rowBytes]
		for t := 0; t < ntok; t++ {
			out[t*ldo+r] = DotQ5_0(wr, x.D[t*nb:(t+1)*nb], x.Q[t*cols:(t+1)*cols])
		}
	}
}

// DequantizeQ5_0 expands Q5_0 blocks to float32 (exact products).
func DequantizeQ5_0(dst []float32, w []byte) {
	nb := len(w) / BlockQ5_0
	for b := 0; b < nb; b++ {
		blk := w[b*BlockQ5_0 : (b+1)*BlockQ5_0]
		dw := f16Table[uint16(blk[0])|uint16(blk[1])<<8]
		qh := uint32(blk[2]) | uint32(blk[3])<<8 | uint32(blk[4])<<16 | uint32(blk[5])<<24
		for j := 0; j < QK/2; j++ {
			dst[b*QK+j] = dw * float32(int32(blk[6+j]&0xf|byte(qh>>j&1)<<4)-16)
			dst[b*QK+j+QK/2] = dw * float32(int32(blk[6+j]>>4|byte(qh>>(j+QK/2)&1)<<4)-16)
		}
	}
}
