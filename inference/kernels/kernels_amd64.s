#include "textflag.h"

// func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL eaxArg+0(FP), AX
	MOVL ecxArg+4(FP), CX
	CPUID
	MOVL AX, eax+8(FP)
	MOVL BX, ebx+12(FP)
	MOVL CX, ecx+16(FP)
	MOVL DX, edx+20(FP)
	RET

// func xgetbv() (eax, edx uint32)
TEXT ·xgetbv(SB), NOSPLIT, $0-8
	MOVL $0, CX
	XGETBV
	MOVL AX, eax+0(FP)
	MOVL DX, edx+4(FP)
	RET

// Every kernel below keeps the canonical order of dot.go: eight lanes, each
// a running sum of separately rounded products (VMULPS then VADDPS, never
// an FMA), returned to Go, which combines the lanes.

// func dotF32AVX2(a, b *float32, n int, s *[8]float32)
// n is a positive multiple of 8.
TEXT ·dotF32AVX2(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ s+24(FP), DX
	SHRQ $3, CX
	XORQ AX, AX
	VXORPS Y0, Y0, Y0

dotloop:
	VMOVUPS (SI)(AX*1), Y1
	VMULPS  (DI)(AX*1), Y1, Y1
	VADDPS  Y1, Y0, Y0
	ADDQ    $32, AX
	DECQ    CX
	JNZ     dotloop
	VMOVUPS Y0, (DX)
	VZEROUPPER
	RET

// func dotF32x4AVX2(w, x *float32, cols int, s *[4][8]float32)
// Four consecutive rows of w (cols values each) with one x.
TEXT ·dotF32x4AVX2(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ s+24(FP), DX
	MOVQ CX, BX
	SHLQ $2, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	SHRQ $3, CX
	XORQ AX, AX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3

x4loop:
	VMOVUPS (DI)(AX*1), Y4
	VMULPS  (SI)(AX*1), Y4, Y5
	VADDPS  Y5, Y0, Y0
	VMULPS  (R8)(AX*1), Y4, Y6
	VADDPS  Y6, Y1, Y1
	VMULPS  (R9)(AX*1), Y4, Y7
	VADDPS  Y7, Y2, Y2
	VMULPS  (R10)(AX*1), Y4, Y8
	VADDPS  Y8, Y3, Y3
	ADDQ    $32, AX
	DECQ    CX
	JNZ     x4loop
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VMOVUPS Y2, 64(DX)
	VMOVUPS Y3, 96(DX)
	VZEROUPPER
	RET

// func dotF32x4x3AVX2(w, x *float32, cols int, s *[12][8]float32)
// Four consecutive rows of w times three consecutive tokens of x;
// s[j*4+i] gets row i with token j.
TEXT ·dotF32x4x3AVX2(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ s+24(FP), DX
	MOVQ CX, BX
	SHLQ $2, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	LEAQ (DI)(BX*1), R11
	LEAQ (R11)(BX*1), R12
	SHRQ $3, CX
	XORQ AX, AX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11

x43loop:
	VMOVUPS (DI)(AX*1), Y12
	VMOVUPS (R11)(AX*1), Y13
	VMOVUPS (R12)(AX*1), Y14
	VMULPS  (SI)(AX*1), Y12, Y15
	VADDPS  Y15, Y0, Y0
	VMULPS  (R8)(AX*1), Y12, Y15
	VADDPS  Y15, Y1, Y1
	VMULPS  (R9)(AX*1), Y12, Y15
	VADDPS  Y15, Y2, Y2
	VMULPS  (R10)(AX*1), Y12, Y15
	VADDPS  Y15, Y3, Y3
	VMULPS  (SI)(AX*1), Y13, Y15
	VADDPS  Y15, Y4, Y4
	VMULPS  (R8)(AX*1), Y13, Y15
	VADDPS  Y15, Y5, Y5
	VMULPS  (R9)(AX*1), Y13, Y15
	VADDPS  Y15, Y6, Y6
	VMULPS  (R10)(AX*1), Y13, Y15
	VADDPS  Y15, Y7, Y7
	VMULPS  (SI)(AX*1), Y14, Y15
	VADDPS  Y15, Y8, Y8
	VMULPS  (R8)(AX*1), Y14, Y15
	VADDPS  Y15, Y9, Y9
	VMULPS  (R9)(AX*1), Y14, Y15
	VADDPS  Y15, Y10, Y10
	VMULPS  (R10)(AX*1), Y14, Y15
	VADDPS  Y15, Y11, Y11
	ADDQ    $32, AX
	DECQ    CX
	JNZ     x43loop
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VMOVUPS Y2, 64(DX)
	VMOVUPS Y3, 96(DX)
	VMOVUPS Y4, 128(DX)
	VMOVUPS Y5, 160(DX)
	VMOVUPS Y6, 192(DX)
	VMOVUPS Y7, 224(DX)
	VMOVUPS Y8, 256(DX)
	VMOVUPS Y9, 288(DX)
	VMOVUPS Y10, 320(DX)
	VMOVUPS Y11, 352(DX)
	VZEROUPPER
	RET

// Quantized blocks: the integer part w·q is formed exactly with the sign
// trick (|w| as unsigned bytes times q·sign(w); each pair sum is at most
// 2·128·127, so VPMADDUBSW never saturates), then VPMADDWD against ones
// gives lane l the exact sum of values 4l..4l+3. The block scale is
// f16(dw)·dx rounded to float32 (VCVTPH2PS is exact, VMULSS rounds once).

// func dotQ8_0AVX2(w *byte, d *float32, q *int8, nb int, s *[8]float32)
TEXT ·dotQ8_0AVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ d+8(FP), DI
	MOVQ q+16(FP), R8
	MOVQ nb+24(FP), CX
	MOVQ s+32(FP), DX
	MOVL $0x00010001, AX
	VMOVD AX, X7
	VPBROADCASTD X7, Y7
	VXORPS Y0, Y0, Y0

q8loop:
	VMOVDQU      2(SI), Y1
	VMOVDQU      (R8), Y2
	VPABSB       Y1, Y3
	VPSIGNB      Y1, Y2, Y4
	VPMADDUBSW   Y4, Y3, Y5
	VPMADDWD     Y7, Y5, Y5
	VCVTDQ2PS    Y5, Y5
	MOVWLZX      (SI), AX
	VMOVD        AX, X6
	VCVTPH2PS    X6, X6
	VMULSS       (DI), X6, X6
	VBROADCASTSS X6, Y6
	VMULPS       Y6, Y5, Y5
	VADDPS       Y5, Y0, Y0
	ADDQ         $34, SI
	ADDQ         $4, DI
	ADDQ         $32, R8
	DECQ         CX
	JNZ          q8loop
	VMOVUPS      Y0, (DX)
	VZEROUPPER
	RET

// func dotQ4_0AVX2(w *byte, d *float32, q *int8, nb int, s *[8]float32)
TEXT ·dotQ4_0AVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ d+8(FP), DI
	MOVQ q+16(FP), R8
	MOVQ nb+24(FP), CX
	MOVQ s+32(FP), DX
	MOVL $0x00010001, AX
	VMOVD AX, X7
	VPBROADCASTD X7, Y7
	MOVL $0x0f0f0f0f, AX
	VMOVD AX, X8
	VPBROADCASTD X8, Y8
	MOVL $0x08080808, AX
	VMOVD AX, X9
	VPBROADCASTD X9, Y9
	VXORPS Y0, Y0, Y0

q4loop:
	VMOVDQU      2(SI), X1
	VPSRLW       $4, X1, X2
	VPAND        X8, X1, X1
	VPAND        X8, X2, X2
	VINSERTI128  $1, X2, Y1, Y1
	VPSUBB       Y9, Y1, Y1
	VMOVDQU      (R8), Y2
	VPABSB       Y1, Y3
	VPSIGNB      Y1, Y2, Y4
	VPMADDUBSW   Y4, Y3, Y5
	VPMADDWD     Y7, Y5, Y5
	VCVTDQ2PS    Y5, Y5
	MOVWLZX      (SI), AX
	VMOVD        AX, X6
	VCVTPH2PS    X6, X6
	VMULSS       (DI), X6, X6
	VBROADCASTSS X6, Y6
	VMULPS       Y6, Y5, Y5
	VADDPS       Y5, Y0, Y0
	ADDQ         $18, SI
	ADDQ         $4, DI
	ADDQ         $32, R8
	DECQ         CX
	JNZ          q4loop
	VMOVUPS      Y0, (DX)
	VZEROUPPER
	RET
