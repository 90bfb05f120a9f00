package kernels

import "os"

// useAVX2 selects the assembly kernels (AVX2 and F16C). Setting SLM_NOASM=1
// in the environment forces the portable Go kernels, whose results are the
// same bit for bit; tests use it to prove that.
var useAVX2 = hasAVX2() && os.Getenv("SLM_NOASM") == ""

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)
func xgetbv() (eax, edx uint32)

func hasAVX2() bool {
	maxID, _, _, _ := cpuid(0, 0)
	if maxID < 7 {
		return false
	}
	_, _, ecx1, _ := cpuid(1, 0)
	const osxsave, avx, f16c = 1 << 27, 1 << 28, 1 << 29
	if ecx1&(osxsave|avx|f16c) != osxsave|avx|f16c {
		return false
	}
	if xcr0, _ := xgetbv(); xcr0&6 != 6 { // the OS saves XMM and YMM state
		return false
	}
	_, ebx7, _, _ := cpuid(7, 0)
	return ebx7&(1<<5) != 0
}

// Accelerated reports whether the assembly kernels are in use.
func Accelerated() bool { return useAVX2 }

//go:noescape
func dotF32AVX2(a, b *float32, n int, s *[Lanes]float32)

//go:noescape
func dotF32x4AVX2(w, x *float32, cols int, s *[4][Lanes]float32)

//go:noescape
func dotF32x4x3AVX2(w, x *float32, cols int, s *[12][Lanes]float32)

//go:noescape
func dotQ8_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)

//go:noescape
func dotQ4_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)
