#include "textflag.h"

#include "tiles_amd64.h"

// Every kernel below keeps the canonical order of dot.go and quant.go:
// sixteen lanes, each a running sum of separately rounded products (a
// multiply then an add, never an FMA), stored for Go to combine. With YMM
// registers the sixteen lanes are two registers: elements 16k..16k+7 (or
// even blocks) in the first, 16k+8..16k+15 (odd blocks) in the second.

// func dotF32AVX2(a, b *float32, n int, s *[16]float32)
// n is a positive multiple of 16.
TEXT ·dotF32AVX2(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ s+24(FP), DX
	SHRQ $4, CX
	XORQ AX, AX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1

dotloop:
	VMOVUPS (SI)(AX*1), Y2
	VMOVUPS 32(SI)(AX*1), Y3
	VMULPS  (DI)(AX*1), Y2, Y2
	VMULPS  32(DI)(AX*1), Y3, Y3
	VADDPS  Y2, Y0, Y0
	VADDPS  Y3, Y1, Y1
	ADDQ    $64, AX
	DECQ    CX
	JNZ     dotloop
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VZEROUPPER
	RET

#define F32ROW2(ptr, lo, hi) \
	VMULPS (ptr)(AX*1), Y8, Y10; \
	VMULPS 32(ptr)(AX*1), Y9, Y11; \
	VADDPS Y10, lo, lo; \
	VADDPS Y11, hi, hi

// func dotF32x4AVX2(w, x *float32, cols, ldw int, s *[4][16]float32)
// Four rows of w (cols values each, a multiple of 16, ldw apart) with one x.
TEXT ·dotF32x4AVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ ldw+24(FP), BX
	MOVQ s+32(FP), DX
	SHLQ $2, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	SHRQ $4, CX
	XORQ AX, AX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7

x4loop:
	VMOVUPS (DI)(AX*1), Y8
	VMOVUPS 32(DI)(AX*1), Y9
	F32ROW2(SI, Y0, Y1)
	F32ROW2(R8, Y2, Y3)
	F32ROW2(R9, Y4, Y5)
	F32ROW2(R10, Y6, Y7)
	ADDQ $64, AX
	DECQ CX
	JNZ  x4loop
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VMOVUPS Y2, 64(DX)
	VMOVUPS Y3, 96(DX)
	VMOVUPS Y4, 128(DX)
	VMOVUPS Y5, 160(DX)
	VMOVUPS Y6, 192(DX)
	VMOVUPS Y7, 224(DX)
	VZEROUPPER
	RET

// func dotF32x4AVX512(w, x *float32, cols, ldw int, out *float32)
TEXT ·dotF32x4AVX512(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ ldw+24(FP), BX
	MOVQ out+32(FP), DX
	SHLQ $2, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	SHRQ $4, CX
	XORQ AX, AX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3

z4loop:
	VMOVUPS (DI)(AX*1), Z4
	VMULPS  (SI)(AX*1), Z4, Z5
	VMULPS  (R8)(AX*1), Z4, Z6
	VMULPS  (R9)(AX*1), Z4, Z7
	VMULPS  (R10)(AX*1), Z4, Z8
	VADDPS  Z5, Z0, Z0
	VADDPS  Z6, Z1, Z1
	VADDPS  Z7, Z2, Z2
	VADDPS  Z8, Z3, Z3
	ADDQ    $64, AX
	DECQ    CX
	JNZ     z4loop
	OUT4x1
	VZEROUPPER
	RET

#define F32ROWZ(ptr, a0, a1, a2, a3) \
	VMOVUPS (ptr)(AX*1), Z20; \
	VMULPS  Z20, Z16, Z21; \
	VMULPS  Z20, Z17, Z22; \
	VMULPS  Z20, Z18, Z23; \
	VMULPS  Z20, Z19, Z24; \
	VADDPS  Z21, a0, a0; \
	VADDPS  Z22, a1, a1; \
	VADDPS  Z23, a2, a2; \
	VADDPS  Z24, a3, a3

// func dotF32x4x4AVX512(w, x *float32, cols, ldw, ldx int, out *float32, ldo int)
// Four rows of w (ldw apart) times four tokens of x (ldx apart); row i with
// token j goes to out[j*ldo+i].
TEXT ·dotF32x4x4AVX512(SB), NOSPLIT, $0-56
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ ldw+24(FP), BX
	SHLQ $2, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	MOVQ ldx+32(FP), BX
	SHLQ $2, BX
	LEAQ (DI)(BX*1), R11
	LEAQ (R11)(BX*1), R12
	LEAQ (R12)(BX*1), R13
	SHRQ $4, CX
	XORQ AX, AX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15

z44loop:
	VMOVUPS (DI)(AX*1), Z16
	VMOVUPS (R11)(AX*1), Z17
	VMOVUPS (R12)(AX*1), Z18
	VMOVUPS (R13)(AX*1), Z19
	F32ROWZ(SI, Z0, Z4, Z8, Z12)
	F32ROWZ(R8, Z1, Z5, Z9, Z13)
	F32ROWZ(R9, Z2, Z6, Z10, Z14)
	F32ROWZ(R10, Z3, Z7, Z11, Z15)
	ADDQ $64, AX
	DECQ CX
	JNZ  z44loop
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	OUT4x4
	VZEROUPPER
	RET

// func axpyAVX2(y *float32, a float32, x *float32, n int)
// y[i] += a*x[i] (rounded product, then the add), n a positive multiple of 8.
TEXT ·axpyAVX2(SB), NOSPLIT, $0-32
	MOVQ         y+0(FP), DI
	VBROADCASTSS a+8(FP), Y0
	MOVQ         x+16(FP), SI
	MOVQ         n+24(FP), CX
	SHRQ         $3, CX

axpyloop:
	VMULPS  (SI), Y0, Y1
	VADDPS  (DI), Y1, Y1
	VMOVUPS Y1, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	DECQ    CX
	JNZ     axpyloop
	VZEROUPPER
	RET

// Half-precision weights: VCVTPH2PS widens 16 weights exactly, then the
// products and sums are those of the F32 kernels. AX indexes x (64 bytes a
// step), R14 the weights (32 bytes a step).

#define F16ROWZ(ptr, a0, a1, a2, a3) \
	VCVTPH2PS (ptr)(R14*1), Z20; \
	VMULPS    Z20, Z16, Z21; \
	VMULPS    Z20, Z17, Z22; \
	VMULPS    Z20, Z18, Z23; \
	VMULPS    Z20, Z19, Z24; \
	VADDPS    Z21, a0, a0; \
	VADDPS    Z22, a1, a1; \
	VADDPS    Z23, a2, a2; \
	VADDPS    Z24, a3, a3

// func dotF16x4x4AVX512(w *uint16, x *float32, cols, ldw, ldx int, out *float32, ldo int)
TEXT ·dotF16x4x4AVX512(SB), NOSPLIT, $0-56
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ ldw+24(FP), BX
	SHLQ $1, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	MOVQ ldx+32(FP), BX
	SHLQ $2, BX
	LEAQ (DI)(BX*1), R11
	LEAQ (R11)(BX*1), R12
	LEAQ (R12)(BX*1), R13
	SHRQ $4, CX
	XORQ AX, AX
	XORQ R14, R14
	ZERO16

h44loop:
	VMOVUPS (DI)(AX*1), Z16
	VMOVUPS (R11)(AX*1), Z17
	VMOVUPS (R12)(AX*1), Z18
	VMOVUPS (R13)(AX*1), Z19
	F16ROWZ(SI, Z0, Z4, Z8, Z12)
	F16ROWZ(R8, Z1, Z5, Z9, Z13)
	F16ROWZ(R9, Z2, Z6, Z10, Z14)
	F16ROWZ(R10, Z3, Z7, Z11, Z15)
	ADDQ $64, AX
	ADDQ $32, R14
	DECQ CX
	JNZ  h44loop
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	OUT4x4
	VZEROUPPER
	RET

// func dotF16x4AVX512(w *uint16, x *float32, cols, ldw int, out *float32)
TEXT ·dotF16x4AVX512(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ cols+16(FP), CX
	MOVQ ldw+24(FP), BX
	MOVQ out+32(FP), DX
	SHLQ $1, BX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	SHRQ $4, CX
	XORQ AX, AX
	XORQ R14, R14
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3

h4loop:
	PREFETCHT0 2048(SI)(R14*1)
	PREFETCHT0 2048(R8)(R14*1)
	PREFETCHT0 2048(R9)(R14*1)
	PREFETCHT0 2048(R10)(R14*1)
	VMOVUPS   (DI)(AX*1), Z4
	VCVTPH2PS (SI)(R14*1), Z5
	VCVTPH2PS (R8)(R14*1), Z6
	VCVTPH2PS (R9)(R14*1), Z7
	VCVTPH2PS (R10)(R14*1), Z8
	VMULPS    Z5, Z4, Z5
	VMULPS    Z6, Z4, Z6
	VMULPS    Z7, Z4, Z7
	VMULPS    Z8, Z4, Z8
	VADDPS    Z5, Z0, Z0
	VADDPS    Z6, Z1, Z1
	VADDPS    Z7, Z2, Z2
	VADDPS    Z8, Z3, Z3
	ADDQ      $64, AX
	ADDQ      $32, R14
	DECQ      CX
	JNZ       h4loop
	OUT4x1
	VZEROUPPER
	RET

// EXP16 sets Z5 to Exp(Z1), lane by lane, exactly as mathfn.go's Exp does it
// (the same float32 operations in the same order; VSCALEFPS rounds p·2^k
// once, as Exp's two-step scaling does), with Exp's constants in Z16..Z30
// (see expConsts) and zero in Z31. Uses Z2..Z4 and K1..K3.
#define EXP16 \
	VMULPS      Z16, Z1, Z2; \
	VADDPS      Z17, Z2, Z2; \
	VRNDSCALEPS $9, Z2, Z2; \
	VMULPS      Z18, Z2, Z3; \
	VSUBPS      Z3, Z1, Z3; \
	VMULPS      Z19, Z2, Z4; \
	VSUBPS      Z4, Z3, Z3; \
	VMULPS      Z3, Z3, Z4; \
	VMULPS      Z20, Z3, Z5; \
	VADDPS      Z21, Z5, Z5; \
	VMULPS      Z3, Z5, Z5; \
	VADDPS      Z22, Z5, Z5; \
	VMULPS      Z3, Z5, Z5; \
	VADDPS      Z23, Z5, Z5; \
	VMULPS      Z3, Z5, Z5; \
	VADDPS      Z24, Z5, Z5; \
	VMULPS      Z3, Z5, Z5; \
	VADDPS      Z25, Z5, Z5; \
	VMULPS      Z4, Z5, Z5; \
	VADDPS      Z3, Z5, Z5; \
	VADDPS      Z26, Z5, Z5; \
	VSCALEFPS   Z2, Z5, Z5; \
	VCMPPS      $0x1e, Z27, Z1, K1; \
	VMOVAPS     Z29, K1, Z5; \
	VCMPPS      $0x11, Z28, Z1, K2; \
	VMOVAPS     Z31, K2, Z5; \
	VCMPPS      $0x03, Z1, Z1, K3; \
	VMOVAPS     Z1, K3, Z5

#define EXPCONSTS(R) \
	VBROADCASTSS (R), Z16; \
	VBROADCASTSS 4(R), Z17; \
	VBROADCASTSS 8(R), Z18; \
	VBROADCASTSS 12(R), Z19; \
	VBROADCASTSS 16(R), Z20; \
	VBROADCASTSS 20(R), Z21; \
	VBROADCASTSS 24(R), Z22; \
	VBROADCASTSS 28(R), Z23; \
	VBROADCASTSS 32(R), Z24; \
	VBROADCASTSS 36(R), Z25; \
	VBROADCASTSS 40(R), Z26; \
	VBROADCASTSS 44(R), Z27; \
	VBROADCASTSS 48(R), Z28; \
	VBROADCASTSS 52(R), Z29; \
	VBROADCASTSS 56(R), Z30; \
	VPXORD       Z31, Z31, Z31

// func swigluAVX512(gate, up *float32, n int, c *[16]float32)
// gate[i] = SiLU(gate[i])·up[i] for n (a positive multiple of 16) values.
TEXT ·swigluAVX512(SB), NOSPLIT, $0-32
	MOVQ gate+0(FP), SI
	MOVQ up+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ c+24(FP), R8
	EXPCONSTS(R8)
	SHRQ $4, CX

sgloop:
	VMOVUPS (SI), Z0
	VPXORD  Z30, Z0, Z1
	EXP16
	VADDPS  Z26, Z5, Z5
	VDIVPS  Z5, Z0, Z5
	VMULPS  (DI), Z5, Z5
	VMOVUPS Z5, (SI)
	ADDQ    $64, SI
	ADDQ    $64, DI
	DECQ    CX
	JNZ     sgloop
	VZEROUPPER
	RET

// func expSubAVX512(x *float32, n int, sub float32, c *[16]float32)
// x[i] = Exp(x[i] − sub) for n (a positive multiple of 16) values.
TEXT ·expSubAVX512(SB), NOSPLIT, $0-32
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSS sub+16(FP), Z6
	MOVQ         c+24(FP), R8
	EXPCONSTS(R8)
	SHRQ         $4, CX

esloop:
	VMOVUPS (SI), Z1
	VSUBPS  Z6, Z1, Z1
	EXP16
	VMOVUPS Z5, (SI)
	ADDQ    $64, SI
	DECQ    CX
	JNZ     esloop
	VZEROUPPER
	RET

// func weightedSumAVX512(out, a *float32, n int, v *float32, ldv, cols int)
// out[i] = Σ_j a[j]·v[j*ldv+i] for i < cols (a positive multiple of 16),
// j < n (≥ 1) in order from zero, each product rounded: what Axpy does
// row by row, with the sums kept in registers, 64 columns at a time.
TEXT ·weightedSumAVX512(SB), NOSPLIT, $0-48
	MOVQ out+0(FP), DX
	MOVQ a+8(FP), R8
	MOVQ n+16(FP), R9
	MOVQ v+24(FP), SI
	MOVQ ldv+32(FP), BX
	MOVQ cols+40(FP), R10
	SHLQ $2, BX

ws64:
	CMPQ   R10, $64
	JLT    ws16
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	MOVQ   SI, DI
	XORQ   AX, AX

ws64loop:
	VBROADCASTSS (R8)(AX*4), Z8
	VMULPS       (DI), Z8, Z4
	VMULPS       64(DI), Z8, Z5
	VMULPS       128(DI), Z8, Z6
	VMULPS       192(DI), Z8, Z7
	VADDPS       Z4, Z0, Z0
	VADDPS       Z5, Z1, Z1
	VADDPS       Z6, Z2, Z2
	VADDPS       Z7, Z3, Z3
	ADDQ         BX, DI
	INCQ         AX
	CMPQ         AX, R9
	JLT          ws64loop
	VMOVUPS      Z0, (DX)
	VMOVUPS      Z1, 64(DX)
	VMOVUPS      Z2, 128(DX)
	VMOVUPS      Z3, 192(DX)
	ADDQ         $256, DX
	ADDQ         $256, SI
	SUBQ         $64, R10
	JMP          ws64

ws16:
	CMPQ   R10, $16
	JLT    wsdone
	VPXORD Z0, Z0, Z0
	MOVQ   SI, DI
	XORQ   AX, AX

ws16loop:
	VBROADCASTSS (R8)(AX*4), Z8
	VMULPS       (DI), Z8, Z4
	VADDPS       Z4, Z0, Z0
	ADDQ         BX, DI
	INCQ         AX
	CMPQ         AX, R9
	JLT          ws16loop
	VMOVUPS      Z0, (DX)
	ADDQ         $64, DX
	ADDQ         $64, SI
	SUBQ         $16, R10
	JMP          ws16

wsdone:
	VZEROUPPER
	RET
