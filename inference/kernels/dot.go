package kernels

// Lanes is the number of partial sums in every canonical reduction.
//
// The canonical dot product of a and b (length n) is: lane l (0 ≤ l < 8) sums
// float32(a[i]*b[i]) for i ≡ l (mod 8), i < n−n%8, in increasing i; the lanes
// are combined as ((l0+l4)+(l2+l6)) + ((l1+l5)+(l3+l7)); the n%8 trailing
// products are then added one by one. This is the order an 8-wide vector
// unit computes naturally, and the order every kernel here must keep.
const Lanes = 8

// reduce8 combines eight lane sums in the canonical order.
func reduce8(s *[Lanes]float32) float32 {
	return ((s[0] + s[4]) + (s[2] + s[6])) + ((s[1] + s[5]) + (s[3] + s[7]))
}

// Dot returns the canonical dot product of a and b (len(b) ≥ len(a)).
func Dot(a, b []float32) float32 {
	n := len(a)
	b = b[:n]
	var s [Lanes]float32
	m := n &^ (Lanes - 1)
	if m > 0 && useAVX2 {
		dotF32AVX2(&a[0], &b[0], m, &s)
	} else {
		dotF32Go(a[:m], b[:m], &s)
	}
	sum := reduce8(&s)
	for i := m; i < n; i++ {
		sum += float32(a[i] * b[i])
	}
	return sum
}

func dotF32Go(a, b []float32, s *[Lanes]float32) {
	s0, s1, s2, s3, s4, s5, s6, s7 := s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]
	for i := 0; i+Lanes <= len(a); i += Lanes {
		a, b := a[i:i+Lanes:i+Lanes], b[i:i+Lanes:i+Lanes]
		// The conversions round each product, so that no compiler fuses the
		// multiply with the add (the Go spec's rule for explicit conversions).
		s0 += float32(a[0] * b[0])
		s1 += float32(a[1] * b[1])
		s2 += float32(a[2] * b[2])
		s3 += float32(a[3] * b[3])
		s4 += float32(a[4] * b[4])
		s5 += float32(a[5] * b[5])
		s6 += float32(a[6] * b[6])
		s7 += float32(a[7] * b[7])
	}
	s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7] = s0, s1, s2, s3, s4, s5, s6, s7
}

// MatMulF32 sets out[t*ldo+r] to the canonical dot product of row r of w
// (rows of cols values) and token t of x (ntok rows of cols values), for every
// row of w. Each output is exactly Dot(w row, x row): the batch size and the
// rows a caller hands to each thread never change a result.
func MatMulF32(out []float32, ldo int, w []float32, cols int, x []float32, ntok int) {
	rows := len(w) / cols
	if cols%Lanes != 0 || !useAVX2 {
		for r := 0; r < rows; r++ {
			wr := w[r*cols : (r+1)*cols]
			for t := 0; t < ntok; t++ {
				out[t*ldo+r] = Dot(wr, x[t*cols:(t+1)*cols])
			}
		}
		return
	}
	_ = x[ntok*cols-1]
	_ = out[(ntok-1)*ldo+rows-1]
	var s [4][Lanes]float32
	r := 0
	for ; r+4 <= rows; r += 4 {
		t := 0
		for ; t+3 <= ntok; t += 3 {
			var s12 [12][Lanes]float32
			dotF32x4x3AVX2(&w[r*cols], &x[t*cols], cols, &s12)
			for j := 0; j < 3; j++ {
				for i := 0; i < 4; i++ {
					out[(t+j)*ldo+r+i] = reduce8(&s12[j*4+i])
				}
			}
		}
		for ; t < ntok; t++ {
			dotF32x4AVX2(&w[r*cols], &x[t*cols], cols, &s)
			for i := 0; i < 4; i++ {
				out[t*ldo+r+i] = reduce8(&s[i])
			}
		}
	}
	for ; r < rows; r++ {
		wr := w[r*cols : (r+1)*cols]
		for t := 0; t < ntok; t++ {
			out[t*ldo+r] = Dot(wr, x[t*cols:(t+1)*cols])
		}
	}
}

// MatMulF16 is MatMulF32 for half-precision weights (each converted exactly
// to float32 before its product).
func MatMulF16(out []float32, ldo int, w []uint16, cols int, x []float32, ntok int) {
	matMulHalf(out, ldo, w, cols, x, ntok, f16Table)
}

// MatMulBF16 is MatMulF32 for bfloat16 weights.
func MatMulBF16(out []float32, ldo int, w []uint16, cols int, x []float32, ntok int) {
	matMulHalf(out, ldo, w, cols, x, ntok, nil)
}

func matMulHalf(out []float32, ldo int, w []uint16, cols int, x []float32, ntok int, table *[1 << 16]float32) {
	rows := len(w) / cols
	row := make([]float32, cols)
	for r := 0; r < rows; r++ {
		wr := w[r*cols : (r+1)*cols]
		if table != nil {
			for i, h := range wr {
				row[i] = table[h]
			}
		} else {
			for i, h := range wr {
				row[i] = BF16ToF32(h)
			}
		}
		for t := 0; t < ntok; t++ {
			out[t*ldo+r] = Dot(row, x[t*cols:(t+1)*cols])
		}
	}
}
