package kernels

import (
	"math"
	"testing"
)

func TestExpIsAccurate(t *testing.T) {
	for x := float32(-103); x < 88.7; x += 0.0137 {
		got, want := float64(Exp(x)), math.Exp(float64(x))
		if want < 1.2e-38 { // subnormal results: absolute error
			if math.Abs(got-want) > 3e-45 {
				t.Fatalf("Exp(%v) = %g, want %g", x, got, want)
			}
			continue
		}
		if rel := math.Abs(got-want) / want; rel > 3e-7 {
			t.Fatalf("Exp(%v) = %g, want %g (relative error %g)", x, got, want, rel)
		}
	}
	if !math.IsInf(float64(Exp(100)), 1) || Exp(-200) != 0 || Exp(0) != 1 {
		t.Fatalf("Exp edge cases: %v %v %v", Exp(100), Exp(-200), Exp(0))
	}
}

func TestElementaryFunctionsForTablesAreAccurate(t *testing.T) {
	for _, x := range []float64{1e-300, 0.1, 0.5, 1, 2, 10, 10000, 500000, 1e6, 1e300} {
		if got, want := log64(x), math.Log(x); math.Abs(got-want) > 4e-16*math.Max(1, math.Abs(want)) {
			t.Errorf("log64(%g) = %.17g, want %.17g", x, got, want)
		}
	}
	for x := -700.0; x < 700; x += 1.37 {
		if got, want := exp64(x), math.Exp(x); math.Abs(got-want) > 2e-15*want {
			t.Fatalf("exp64(%g) = %.17g, want %.17g", x, got, want)
		}
	}
	for x := -40000.0; x < 40000; x += 3.7 {
		s, c := sincos64(x)
		if math.Abs(s-math.Sin(x)) > 1e-15 || math.Abs(c-math.Cos(x)) > 1e-15 {
			t.Fatalf("sincos64(%g) = %.17g, %.17g, want %.17g, %.17g", x, s, c, math.Sin(x), math.Cos(x))
		}
	}
}

func TestHalfConversionsRoundTrip(t *testing.T) {
	for i := 0; i < 1<<16; i++ {
		h := uint16(i)
		f := F16ToF32(h)
		if f != f {
			continue
		}
		if back := F32ToF16(f); back != h {
			t.Fatalf("F32ToF16(F16ToF32(%#04x) = %v) = %#04x", h, f, back)
		}
		if b := BF16ToF32(h); b == b && F32ToBF16(b) != h {
			t.Fatalf("bf16 %#04x does not round-trip", h)
		}
	}
	if F32ToF16(1+1.0/4096) != 0x3c00 || F32ToF16(65520) != 0x7c00 {
		t.Fatalf("rounding: %#04x %#04x", F32ToF16(1+1.0/4096), F32ToF16(65520))
	}
}

func TestRMSNormMatchesFloat64(t *testing.T) {
	r := newTestRand(4)
	x, w := r.floats(576), r.floats(576)
	out := make([]float32, len(x))
	RMSNorm(out, x, w, 1e-5)
	var ss float64
	for _, v := range x {
		ss += float64(v) * float64(v)
	}
	scale := 1 / math.Sqrt(ss/float64(len(x))+1e-5)
	for i := range x {
		want := float64(w[i]) * float64(x[i]) * scale
		if math.Abs(float64(out[i])-want) > 1e-5*math.Max(1, math.Abs(want)) {
			t.Fatalf("out[%d] = %v, want %v", i, out[i], want)
		}
	}
}

func TestDotIsADotProduct(t *testing.T) {
	r := newTestRand(9)
	for _, n := range []int{1, 7, 8, 9, 64, 576, 1539} {
		a, b := r.floats(n), r.floats(n)
		var want, mag float64
		for i := range a {
			want += float64(a[i]) * float64(b[i])
			mag += math.Abs(float64(a[i]) * float64(b[i]))
		}
		if got := float64(Dot(a, b)); math.Abs(got-want) > 1e-6*mag {
			t.Errorf("n=%d: Dot = %v, float64 %v", n, got, want)
		}
	}
}

func TestRoundQ8RoundsHalfAwayFromZeroAndClamps(t *testing.T) {
	check := func(v float32) {
		want := math.Round(float64(v))
		want = math.Max(-127, math.Min(127, want))
		if got := roundQ8(v); float64(got) != want {
			t.Fatalf("roundQ8(%v) = %d, want %v", v, got, want)
		}
	}
	for v := float32(-131); v <= 131; v += 0.125 {
		check(v)
		check(math.Nextafter32(v, 0))
		check(math.Nextafter32(v, 200))
	}
	if roundQ8(float32(math.NaN())) != -127 || roundQ8(float32(math.Inf(1))) != 127 {
		t.Fatal("NaN or +Inf")
	}
}
