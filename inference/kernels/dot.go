package kernels

// Lanes is the number of partial sums in every canonical reduction.
//
// The canonical dot product of a and b (length n) is: lane l (0 ≤ l < 16)
// sums float32(a[i]*b[i]) for i ≡ l (mod 16), i < n−n%16, in increasing i;
// the lanes are folded as c[l] = s[l] + s[l+8] (l < 8), then combined as
// ((c0+c4)+(c2+c6)) + ((c1+c5)+(c3+c7)); the n%16 trailing products are then
// added one by one. This is the order a 16-wide vector unit (or two 8-wide
// ones) computes naturally, and the order every kernel here keeps.
const Lanes = 16

// reduce16 combines sixteen lane sums in the canonical order.
func reduce16(s *[Lanes]float32) float32 {
	c0, c1, c2, c3 := s[0]+s[8], s[1]+s[9], s[2]+s[10], s[3]+s[11]
	c4, c5, c6, c7 := s[4]+s[12], s[5]+s[13], s[6]+s[14], s[7]+s[15]
	return ((c0 + c4) + (c2 + c6)) + ((c1 + c5) + (c3 + c7))
}

// Dot returns the canonical dot product of a and b (len(b) ≥ len(a)).
func Dot(a, b []float32) float32 {
	n := len(a)
	b = b[:n]
	var s [Lanes]float32
	m := n &^ (Lanes - 1)
	if m > 0 && level >= levelAVX2 {
		dotF32AVX2(&a[0], &b[0], m, &s)
	} else {
		dotF32Go(a[:m], b[:m], &s)
	}
	sum := reduce16(&s)
	for i := m; i < n; i++ {
		sum += float32(a[i] * b[i])
	}
	return sum
}

func dotF32Go(a, b []float32, s *[Lanes]float32) {
	for i := 0; i+Lanes <= len(a); i += Lanes {
		a, b := (*[Lanes]float32)(a[i:i+Lanes]), (*[Lanes]float32)(b[i:i+Lanes])
		// The conversions round each product, so that no compiler fuses the
		// multiply with the add (the Go spec's rule for explicit conversions).
		for l := range s {
			s[l] += float32(a[l] * b[l])
		}
	}
}

// MatMulF32 sets out[t*ldo+r] to the canonical dot product of row r of w
// (rows of cols values) and token t of x (ntok rows of cols values), for every
// row of w. Each output is exactly Dot(w row, x row): the batch size and the
// rows a caller hands to each thread never change a result.
func MatMulF32(out []float32, ldo int, w []float32, cols int, x []float32, ntok int) {
	MatMulF32Strided(out, ldo, w, cols, len(w)/cols, cols, x, cols, ntok)
}

// MatMulF32Strided is MatMulF32 over rows rows of w that start ldw values
// apart and tokens of x that start ldx values apart (each cols long).
func MatMulF32Strided(out []float32, ldo int, w []float32, ldw, rows, cols int, x []float32, ldx, ntok int) {
	if rows == 0 || ntok == 0 {
		return
	}
	_ = w[(rows-1)*ldw+cols-1]
	_ = x[(ntok-1)*ldx+cols-1]
	_ = out[(ntok-1)*ldo+rows-1]
	r := 0
	if cols%Lanes == 0 && level >= levelAVX512 && ntok == 1 {
		// One token (decode): the tiles of four rows from the two halves of
		// the rows in turn, two streams from memory (as Q8Tiles.matVec).
		ntiles := rows / 4
		half := (ntiles + 1) / 2
		for i := 0; i < half; i++ {
			for _, g := range [2]int{i, half + i} {
				if g < ntiles {
					dotF32x4AVX512(&w[4*g*ldw], &x[0], cols, ldw, &out[4*g])
				}
			}
		}
		r = 4 * ntiles
	}
	if cols%Lanes == 0 && level >= levelAVX2 {
		var s4 [4][Lanes]float32
		for ; r+4 <= rows; r += 4 {
			t := 0
			if level >= levelAVX512 {
				for ; t+4 <= ntok; t += 4 {
					dotF32x4x4AVX512(&w[r*ldw], &x[t*ldx], cols, ldw, ldx, &out[t*ldo+r], ldo)
				}
				for ; t < ntok; t++ {
					dotF32x4AVX512(&w[r*ldw], &x[t*ldx], cols, ldw, &out[t*ldo+r])
				}
				continue
			}
			for ; t < ntok; t++ {
				dotF32x4AVX2(&w[r*ldw], &x[t*ldx], cols, ldw, &s4)
				for i := 0; i < 4; i++ {
					out[t*ldo+r+i] = reduce16(&s4[i])
				}
			}
		}
	}
	for ; r < rows; r++ {
		wr := w[r*ldw : r*ldw+cols]
		for t := 0; t < ntok; t++ {
			out[t*ldo+r] = Dot(wr, x[t*ldx:t*ldx+cols])
		}
	}
}

// MatMulF16 is MatMulF32 for half-precision weights (each converted exactly
// to float32 before its product). row is scratch space of cols values.
func MatMulF16(out []float32, ldo int, w []uint16, cols int, x []float32, ntok int, row []float32) {
	rows := len(w) / cols
	if level < levelAVX512 || cols%Lanes != 0 || rows < 4 {
		matMulHalf(out, ldo, w, cols, x, ntok, row, f16Table)
		return
	}
	_ = x[ntok*cols-1]
	_ = out[(ntok-1)*ldo+rows-1]
	r := 0
	for ; r+4 <= rows; r += 4 {
		t := 0
		for ; t+4 <= ntok; t += 4 {
			dotF16x4x4AVX512(&w[r*cols], &x[t*cols], cols, cols, cols, &out[t*ldo+r], ldo)
		}
		for ; t < ntok; t++ {
			dotF16x4AVX512(&w[r*cols], &x[t*cols], cols, cols, &out[t*ldo+r])
		}
	}
	if r < rows {
		matMulHalf(out[r:], ldo, w[r*cols:], cols, x, ntok, row, f16Table)
	}
}

// MatMulBF16 is MatMulF32 for bfloat16 weights.
func MatMulBF16(out []float32, ldo int, w []uint16, cols int, x []float32, ntok int, row []float32) {
	matMulHalf(out, ldo, w, cols, x, ntok, row, nil)
}

func matMulHalf(out []float32, ldo int, w []uint16, cols int, x []float32, ntok int, row []float32, table *[1 << 16]float32) {
	rows := len(w) / cols
	row = row[:cols]
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

// Axpy sets y[i] += float32(a·x[i]) (each element independent of the others).
func Axpy(y []float32, a float32, x []float32) {
	x = x[:len(y)]
	i := 0
	if level >= levelAVX2 && len(y) >= 8 {
		i = len(y) &^ 7
		axpyAVX2(&y[0], a, &x[0], i)
	}
	for ; i < len(y); i++ {
		y[i] += float32(a * x[i])
	}
}

// WeightedSum sets out[i] = Σ_j a[j]·v[j·ldv+i] (i < len(out), j < len(a)):
// the terms added in order of j from zero, each product rounded — exactly
// clear(out), then Axpy(out, a[j], row j of v) for each j (the attention's
// weighted sum of value rows).
func WeightedSum(out, a, v []float32, ldv int) {
	n, cols := len(a), len(out)
	if n == 0 || cols == 0 {
		clear(out)
		return
	}
	_ = v[(n-1)*ldv+cols-1]
	if level >= levelAVX512 && cols%Lanes == 0 {
		weightedSumAVX512(&out[0], &a[0], n, &v[0], ldv, cols)
		return
	}
	clear(out)
	for j, aj := range a {
		Axpy(out, aj, v[j*ldv:j*ldv+cols])
	}
}
