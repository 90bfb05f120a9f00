package kernels

import "os"

// Kernel levels: the portable Go code, AVX2 (with F16C), and AVX-512 (F, BW,
// VL and VNNI). Every level gives the same bits.
const (
	levelGo = iota
	levelAVX2
	levelAVX512
)

// level selects the kernels. SLM_NOASM=1 in the environment forces the
// portable Go kernels and SLM_NOAVX512=1 stops at AVX2; tests use them to
// prove that every level computes the same bits.
var level = detectLevel()

func detectLevel() int {
	if os.Getenv("SLM_NOASM") != "" || !hasAVX2() {
		return levelGo
	}
	if os.Getenv("SLM_NOAVX512") != "" || !hasAVX512() {
		return levelAVX2
	}
	return levelAVX512
}

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

func hasAVX512() bool {
	if xcr0, _ := xgetbv(); xcr0&0xe6 != 0xe6 { // and opmask and ZMM state
		return false
	}
	_, ebx7, ecx7, _ := cpuid(7, 0)
	const f, bw, vl, vnni = 1 << 16, 1 << 30, 1 << 31, 1 << 11
	return ebx7&(f|bw|vl) == f|bw|vl && ecx7&vnni != 0
}

// Accelerated names the kernels in use: "avx512", "avx2" or "go".
func Accelerated() string { return [...]string{"go", "avx2", "avx512"}[level] }

//go:noescape
func dotF32AVX2(a, b *float32, n int, s *[Lanes]float32)

//go:noescape
func dotF32x4AVX2(w, x *float32, cols, ldw int, s *[4][Lanes]float32)

//go:noescape
func dotF32x4AVX512(w, x *float32, cols, ldw int, out *float32)

//go:noescape
func dotF32x4x4AVX512(w, x *float32, cols, ldw, ldx int, out *float32, ldo int)

//go:noescape
func dotF16x4AVX512(w *uint16, x *float32, cols, ldw int, out *float32)

//go:noescape
func dotF16x4x4AVX512(w *uint16, x *float32, cols, ldw, ldx int, out *float32, ldo int)

//go:noescape
func swigluAVX512(gate, up *float32, n int, c *[16]float32)

//go:noescape
func expSubAVX512(x *float32, n int, sub float32, c *[16]float32)

//go:noescape
func axpyAVX2(y *float32, a float32, x *float32, n int)

//go:noescape
func weightedSumAVX512(out, a *float32, n int, v *float32, ldv, cols int)

//go:noescape
func dotQ8_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)

//go:noescape
func dotQ4_0AVX2(w *byte, d *float32, q *int8, nb int, s *[Lanes]float32)

//go:noescape
func qMatMul4x4Q8_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)

//go:noescape
func qMatMul4x1Q8_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32)

//go:noescape
func qMatMul4x4Q4_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)

//go:noescape
func qMatMul4x1Q4_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32)
