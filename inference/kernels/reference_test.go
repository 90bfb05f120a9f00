package kernels

// The slow reference kernels: the canonical definitions written as plainly
// as possible, one lane index per value. The fast kernels must match them
// bit for bit (kernels_fuzz_test.go).

func combineRef(l [Lanes]float32) float32 {
	var c [8]float32
	for i := range c {
		c[i] = l[i] + l[i+8]
	}
	return ((c[0] + c[4]) + (c[2] + c[6])) + ((c[1] + c[5]) + (c[3] + c[7]))
}

func dotRef(a, b []float32) float32 {
	var lanes [Lanes]float32
	m := len(a) - len(a)%Lanes
	for i := 0; i < m; i++ {
		lanes[i%Lanes] += float32(a[i] * b[i])
	}
	sum := combineRef(lanes)
	for i := m; i < len(a); i++ {
		sum += float32(a[i] * b[i])
	}
	return sum
}

func matMulRef(w []float32, cols int, x []float32, ntok int) []float32 {
	rows := len(w) / cols
	out := make([]float32, rows*ntok)
	for t := 0; t < ntok; t++ {
		for r := 0; r < rows; r++ {
			out[t*rows+r] = dotRef(w[r*cols:(r+1)*cols], x[t*cols:(t+1)*cols])
		}
	}
	return out
}

// quantDotRef is the canonical quantized dot product over dequantized
// integer weights wq (one int per value) and block scales dw.
func quantDotRef(wq []int32, dw []float32, d []float32, q []int8) float32 {
	var lanes [Lanes]float32
	for b := range dw {
		scale := float32(dw[b] * d[b])
		for l := 0; l < 8; l++ {
			var s int32
			for j := 0; j < 4; j++ {
				i := b*QK + 4*l + j
				s += wq[i] * int32(q[i])
			}
			lanes[8*(b%2)+l] += float32(scale * float32(s))
		}
	}
	return combineRef(lanes)
}

func unpackQ8_0Ref(w []byte) (wq []int32, dw []float32) {
	for b := 0; b+BlockQ8_0 <= len(w); b += BlockQ8_0 {
		dw = append(dw, f16ToF32Slow(uint16(w[b])|uint16(w[b+1])<<8))
		for j := 0; j < QK; j++ {
			wq = append(wq, int32(int8(w[b+2+j])))
		}
	}
	return wq, dw
}

func unpackQ4_0Ref(w []byte) (wq []int32, dw []float32) {
	for b := 0; b+BlockQ4_0 <= len(w); b += BlockQ4_0 {
		dw = append(dw, f16ToF32Slow(uint16(w[b])|uint16(w[b+1])<<8))
		for j := 0; j < QK; j++ {
			if j < QK/2 {
				wq = append(wq, int32(w[b+2+j]&0xf)-8)
			} else {
				wq = append(wq, int32(w[b+2+j-QK/2]>>4)-8)
			}
		}
	}
	return wq, dw
}

func ropeRef(v []float32, headDim int, cos, sin []float32, neox bool) {
	half := headDim / 2
	for h := 0; h+headDim <= len(v); h += headDim {
		for i := 0; i < half; i++ {
			a, b := h+2*i, h+2*i+1
			if neox {
				a, b = h+i, h+i+half
			}
			x0, x1 := v[a], v[b]
			v[a] = float32(x0*cos[i]) - float32(x1*sin[i])
			v[b] = float32(x0*sin[i]) + float32(x1*cos[i])
		}
	}
}
