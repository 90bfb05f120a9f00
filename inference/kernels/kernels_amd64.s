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

// HSUM16 stores the canonical sum of the sixteen lanes of Z (whose low
// halves are Y and X) at M: c = lo8 + hi8, d = c[0:4] + c[4:8],
// (d0+d2) + (d1+d3), as reduce16 in dot.go.
#define HSUM16(Z, Y, M) \
	VEXTRACTF64X4 $1, Z, Y26; \
	VADDPS        Y26, Y, Y26; \
	VEXTRACTF32X4 $1, Y26, X27; \
	VADDPS        X27, X26, X26; \
	VMOVHLPS      X26, X26, X27; \
	VADDPS        X27, X26, X26; \
	VMOVSHDUP     X26, X27; \
	VADDSS        X27, X26, X26; \
	VMOVSS        X26, M

// OUT4x4 stores the sums of Z0..Z15 (row i, token j in Z(4j+i)) at
// DX + j·BX + 4i.
#define OUT4x4 \
	LEAQ (DX)(BX*1), R8; \
	LEAQ (R8)(BX*1), R9; \
	LEAQ (R9)(BX*1), R10; \
	HSUM16(Z0, Y0, (DX)); HSUM16(Z1, Y1, 4(DX)); HSUM16(Z2, Y2, 8(DX)); HSUM16(Z3, Y3, 12(DX)); \
	HSUM16(Z4, Y4, (R8)); HSUM16(Z5, Y5, 4(R8)); HSUM16(Z6, Y6, 8(R8)); HSUM16(Z7, Y7, 12(R8)); \
	HSUM16(Z8, Y8, (R9)); HSUM16(Z9, Y9, 4(R9)); HSUM16(Z10, Y10, 8(R9)); HSUM16(Z11, Y11, 12(R9)); \
	HSUM16(Z12, Y12, (R10)); HSUM16(Z13, Y13, 4(R10)); HSUM16(Z14, Y14, 8(R10)); HSUM16(Z15, Y15, 12(R10))

#define OUT4x1 \
	HSUM16(Z0, Y0, (DX)); HSUM16(Z1, Y1, 4(DX)); HSUM16(Z2, Y2, 8(DX)); HSUM16(Z3, Y3, 12(DX))

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

// Quantized blocks with AVX2: the integer part w·q is formed exactly with
// the sign trick (|w| as unsigned bytes times q·sign(w); each pair sum is at
// most 2·128·127, so VPMADDUBSW never saturates), then VPMADDWD against ones
// gives lane l the exact sum of values 4l..4l+3. The block scale is
// f16(dw)·dx rounded to float32 (VCVTPH2PS is exact, VMULSS rounds once).
// W holds the block's 32 signed weights; off is the block's byte offset.
#define QBLOCK(W, doff, qoff, acc) \
	VMOVDQU      qoff(R8), Y2; \
	VPABSB       W, Y3; \
	VPSIGNB      W, Y2, Y4; \
	VPMADDUBSW   Y4, Y3, Y5; \
	VPMADDWD     Y7, Y5, Y5; \
	VCVTDQ2PS    Y5, Y5; \
	VMOVD        AX, X6; \
	VCVTPH2PS    X6, X6; \
	VMULSS       doff(DI), X6, X6; \
	VBROADCASTSS X6, Y6; \
	VMULPS       Y6, Y5, Y5; \
	VADDPS       Y5, acc, acc

// func dotQ8_0AVX2(w *byte, d *float32, q *int8, nb int, s *[16]float32)
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
	VXORPS Y1, Y1, Y1
	MOVQ CX, R9
	SHRQ $1, CX
	JZ   q8tail

q8loop:
	MOVWLZX (SI), AX
	VMOVDQU 2(SI), Y8
	QBLOCK(Y8, 0, 0, Y0)
	VMOVDQU 36(SI), Y8
	MOVWLZX 34(SI), AX
	QBLOCK(Y8, 4, 32, Y1)
	ADDQ $68, SI
	ADDQ $8, DI
	ADDQ $64, R8
	DECQ CX
	JNZ  q8loop

q8tail:
	ANDQ $1, R9
	JZ   q8done
	VMOVDQU 2(SI), Y8
	MOVWLZX (SI), AX
	QBLOCK(Y8, 0, 0, Y0)

q8done:
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VZEROUPPER
	RET

// Q4 unpack: 16 bytes of nibble pairs at off(SI) into 32 signed values in W.
#define Q4UNPACK(off, W) \
	VMOVDQU     off(SI), X10; \
	VPSRLW      $4, X10, X11; \
	VPAND       X12, X10, X10; \
	VPAND       X12, X11, X11; \
	VINSERTI128 $1, X11, Y10, W; \
	VPSUBB      Y13, W, W

// func dotQ4_0AVX2(w *byte, d *float32, q *int8, nb int, s *[16]float32)
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
	VMOVD AX, X12
	VPBROADCASTD X12, Y12
	MOVL $0x08080808, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	MOVQ CX, R9
	SHRQ $1, CX
	JZ   q4tail

q4loop:
	Q4UNPACK(2, Y8)
	MOVWLZX (SI), AX
	QBLOCK(Y8, 0, 0, Y0)
	Q4UNPACK(20, Y8)
	MOVWLZX 18(SI), AX
	QBLOCK(Y8, 4, 32, Y1)
	ADDQ $36, SI
	ADDQ $8, DI
	ADDQ $64, R8
	DECQ CX
	JNZ  q4loop

q4tail:
	ANDQ $1, R9
	JZ   q4done
	Q4UNPACK(2, Y8)
	MOVWLZX (SI), AX
	QBLOCK(Y8, 0, 0, Y0)

q4done:
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VZEROUPPER
	RET

// AVX-512 VNNI tiles over pairs of blocks. Weights become unsigned bytes
// w+128 (Q8_0) or nibble+120 (Q4_0, the same w+128); VPDPBUSD adds
// (w+128)·q in groups of four to the activation side's correction −128·Σq,
// which leaves exactly Σ w·q in each lane: lanes 0..7 for the even block,
// 8..15 for the odd one. The lane scales are dw (expanded per block) times
// the activations' scales, rounded, as in the canonical definition.
// Packed activations per pair: 64 int8 q at 0, 16 int32 corrections at 64,
// 16 float32 scales at 128.

// Scales of a pair of blocks at R (second block at R+boff) into DW.
#define DWPAIR(R, boff, DW) \
	MOVWLZX   (R), AX; \
	MOVWLZX   boff(R), DX; \
	SHLL      $16, DX; \
	ORL       DX, AX; \
	VMOVD     AX, X31; \
	VCVTPH2PS X31, X31; \
	VPERMPS   Z31, Z30, DW

// Q8_0 pair at R: 32 values at 2(R), 32 at 36(R).
#define WQ8PAIR(R, WU) \
	VMOVDQU32    2(R), Y27; \
	VINSERTI64X4 $1, 36(R), Z27, WU; \
	VPXORD       Z28, WU, WU

// Q4_0 pair at R: 16 bytes of nibbles at 2(R), 16 at 20(R).
#define WQ4PAIR(R, WU) \
	VMOVDQU32    2(R), X27; \
	VINSERTI32X4 $1, 20(R), Y27, Y27; \
	VPSRLW       $4, Y27, Y26; \
	VPANDD       Y29, Y27, Y27; \
	VPANDD       Y29, Y26, Y26; \
	VINSERTI64X4 $1, Y26, Z27, WU; \
	VSHUFI64X2   $0xd8, WU, WU, WU; \
	VPADDB       Z28, WU, WU

#define QPAIR(T, WU, DW, ACC) \
	VMOVDQU32 64(T), Z24; \
	VPDPBUSD  (T), WU, Z24; \
	VCVTDQ2PS Z24, Z24; \
	VMULPS    128(T), DW, Z25; \
	VMULPS    Z25, Z24, Z24; \
	VADDPS    Z24, ACC, ACC

// Constants: Z30 = lane indices [0 x8, 1 x8] for the scales; Z28 = 0x80 (Q8)
// or 120 (Q4) bytes; Z29 = 0x0f bytes.
#define QCONSTS(wconst) \
	MOVL         $1, AX; \
	VPBROADCASTD AX, Z30; \
	MOVW         $0xff00, AX; \
	KMOVW        AX, K1; \
	VPXORD       Z31, Z31, Z31; \
	VMOVDQA32    Z30, K1, Z31; \
	VMOVDQA32    Z31, Z30; \
	MOVL         wconst, AX; \
	VPBROADCASTD AX, Z28; \
	MOVL         $0x0f0f0f0f, AX; \
	VPBROADCASTD AX, Z29

#define ZERO16 \
	VPXORD Z0, Z0, Z0; VPXORD Z1, Z1, Z1; VPXORD Z2, Z2, Z2; VPXORD Z3, Z3, Z3; \
	VPXORD Z4, Z4, Z4; VPXORD Z5, Z5, Z5; VPXORD Z6, Z6, Z6; VPXORD Z7, Z7, Z7; \
	VPXORD Z8, Z8, Z8; VPXORD Z9, Z9, Z9; VPXORD Z10, Z10, Z10; VPXORD Z11, Z11, Z11; \
	VPXORD Z12, Z12, Z12; VPXORD Z13, Z13, Z13; VPXORD Z14, Z14, Z14; VPXORD Z15, Z15, Z15

#define QTOKEN(T, a0, a1, a2, a3) \
	QPAIR(T, Z16, Z20, a0); \
	QPAIR(T, Z17, Z21, a1); \
	QPAIR(T, Z18, Z22, a2); \
	QPAIR(T, Z19, Z23, a3)

// Row pointers SI, R8, R9, R10 from SI and the row stride BX; token
// pointers DI, R11, R12, R13 from DI and the token stride DX.
#define QSETUP4x4 \
	LEAQ (SI)(BX*1), R8; \
	LEAQ (R8)(BX*1), R9; \
	LEAQ (R9)(BX*1), R10; \
	LEAQ (DI)(DX*1), R11; \
	LEAQ (R11)(DX*1), R12; \
	LEAQ (R12)(DX*1), R13

#define QSETUP4x1 \
	LEAQ (SI)(BX*1), R8; \
	LEAQ (R8)(BX*1), R9; \
	LEAQ (R9)(BX*1), R10; \
	VPXORD Z0, Z0, Z0; \
	VPXORD Z1, Z1, Z1; \
	VPXORD Z2, Z2, Z2; \
	VPXORD Z3, Z3, Z3

// func qMatMul4x4Q8_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)
TEXT ·qMatMul4x4Q8_0AVX512(SB), NOSPLIT, $0-56
	QCONSTS($0x80808080)
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ tokBytes+24(FP), DX
	MOVQ npairs+32(FP), CX
	QSETUP4x4
	ZERO16

qMatMul4x4Q8_0AVX512loop:
	WQ8PAIR(SI, Z16)
	WQ8PAIR(R8, Z17)
	WQ8PAIR(R9, Z18)
	WQ8PAIR(R10, Z19)
	DWPAIR(SI, 34, Z20)
	DWPAIR(R8, 34, Z21)
	DWPAIR(R9, 34, Z22)
	DWPAIR(R10, 34, Z23)
	QTOKEN(DI, Z0, Z1, Z2, Z3)
	QTOKEN(R11, Z4, Z5, Z6, Z7)
	QTOKEN(R12, Z8, Z9, Z10, Z11)
	QTOKEN(R13, Z12, Z13, Z14, Z15)
	ADDQ $68, SI
	ADDQ $68, R8
	ADDQ $68, R9
	ADDQ $68, R10
	ADDQ $192, DI
	ADDQ $192, R11
	ADDQ $192, R12
	ADDQ $192, R13
	DECQ CX
	JNZ  qMatMul4x4Q8_0AVX512loop
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	OUT4x4
	VZEROUPPER
	RET

// func qMatMul4x4Q4_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)
TEXT ·qMatMul4x4Q4_0AVX512(SB), NOSPLIT, $0-56
	QCONSTS($0x78787878)
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ tokBytes+24(FP), DX
	MOVQ npairs+32(FP), CX
	QSETUP4x4
	ZERO16

qMatMul4x4Q4_0AVX512loop:
	WQ4PAIR(SI, Z16)
	WQ4PAIR(R8, Z17)
	WQ4PAIR(R9, Z18)
	WQ4PAIR(R10, Z19)
	DWPAIR(SI, 18, Z20)
	DWPAIR(R8, 18, Z21)
	DWPAIR(R9, 18, Z22)
	DWPAIR(R10, 18, Z23)
	QTOKEN(DI, Z0, Z1, Z2, Z3)
	QTOKEN(R11, Z4, Z5, Z6, Z7)
	QTOKEN(R12, Z8, Z9, Z10, Z11)
	QTOKEN(R13, Z12, Z13, Z14, Z15)
	ADDQ $36, SI
	ADDQ $36, R8
	ADDQ $36, R9
	ADDQ $36, R10
	ADDQ $192, DI
	ADDQ $192, R11
	ADDQ $192, R12
	ADDQ $192, R13
	DECQ CX
	JNZ  qMatMul4x4Q4_0AVX512loop
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	OUT4x4
	VZEROUPPER
	RET

// The one-token (decode) tiles prefetch 2 KiB ahead of each row: with their
// compute per byte, the hardware prefetcher alone leaves them waiting on
// memory (software prefetch cut their CPU time by about a quarter).

// func qMatMul4x1Q8_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32)
TEXT ·qMatMul4x1Q8_0AVX512(SB), NOSPLIT, $0-40
	QCONSTS($0x80808080)
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ npairs+24(FP), CX
	QSETUP4x1

qMatMul4x1Q8_0AVX512loop:
	PREFETCHT0 2048(SI)
	PREFETCHT0 2048(R8)
	PREFETCHT0 2048(R9)
	PREFETCHT0 2048(R10)
	WQ8PAIR(SI, Z16)
	WQ8PAIR(R8, Z17)
	WQ8PAIR(R9, Z18)
	WQ8PAIR(R10, Z19)
	DWPAIR(SI, 34, Z20)
	DWPAIR(R8, 34, Z21)
	DWPAIR(R9, 34, Z22)
	DWPAIR(R10, 34, Z23)
	QTOKEN(DI, Z0, Z1, Z2, Z3)
	ADDQ $68, SI
	ADDQ $68, R8
	ADDQ $68, R9
	ADDQ $68, R10
	ADDQ $192, DI
	DECQ CX
	JNZ  qMatMul4x1Q8_0AVX512loop
	MOVQ out+32(FP), DX
	OUT4x1
	VZEROUPPER
	RET

// func qMatMul4x1Q4_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32)
TEXT ·qMatMul4x1Q4_0AVX512(SB), NOSPLIT, $0-40
	QCONSTS($0x78787878)
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ npairs+24(FP), CX
	QSETUP4x1

qMatMul4x1Q4_0AVX512loop:
	PREFETCHT0 2048(SI)
	PREFETCHT0 2048(R8)
	PREFETCHT0 2048(R9)
	PREFETCHT0 2048(R10)
	WQ4PAIR(SI, Z16)
	WQ4PAIR(R8, Z17)
	WQ4PAIR(R9, Z18)
	WQ4PAIR(R10, Z19)
	DWPAIR(SI, 18, Z20)
	DWPAIR(R8, 18, Z21)
	DWPAIR(R9, 18, Z22)
	DWPAIR(R10, 18, Z23)
	QTOKEN(DI, Z0, Z1, Z2, Z3)
	ADDQ $36, SI
	ADDQ $36, R8
	ADDQ $36, R9
	ADDQ $36, R10
	ADDQ $192, DI
	DECQ CX
	JNZ  qMatMul4x1Q4_0AVX512loop
	MOVQ out+32(FP), DX
	OUT4x1
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

// func swigluAVX512(gate, up *float32, n int, c *[16]float32)
// gate[i] = SiLU(gate[i])·up[i] for n (a positive multiple of 16) values,
// computing Exp exactly as mathfn.go does, operation by operation, so the
// bits are those of the scalar code. c holds Exp's constants (see expConsts).
TEXT ·swigluAVX512(SB), NOSPLIT, $0-32
	MOVQ         gate+0(FP), SI
	MOVQ         up+8(FP), DI
	MOVQ         n+16(FP), CX
	MOVQ         c+24(FP), R8
	VBROADCASTSS (R8), Z16
	VBROADCASTSS 4(R8), Z17
	VBROADCASTSS 8(R8), Z18
	VBROADCASTSS 12(R8), Z19
	VBROADCASTSS 16(R8), Z20
	VBROADCASTSS 20(R8), Z21
	VBROADCASTSS 24(R8), Z22
	VBROADCASTSS 28(R8), Z23
	VBROADCASTSS 32(R8), Z24
	VBROADCASTSS 36(R8), Z25
	VBROADCASTSS 40(R8), Z26
	VBROADCASTSS 44(R8), Z27
	VBROADCASTSS 48(R8), Z28
	VBROADCASTSS 52(R8), Z29
	VBROADCASTSS 56(R8), Z30
	VPXORD       Z31, Z31, Z31
	SHRQ         $4, CX

sgloop:
	VMOVUPS     (SI), Z0
	VPXORD      Z30, Z0, Z1
	VMULPS      Z16, Z1, Z2
	VADDPS      Z17, Z2, Z2
	VRNDSCALEPS $9, Z2, Z2
	VMULPS      Z18, Z2, Z3
	VSUBPS      Z3, Z1, Z3
	VMULPS      Z19, Z2, Z4
	VSUBPS      Z4, Z3, Z3
	VMULPS      Z3, Z3, Z4
	VMULPS      Z20, Z3, Z5
	VADDPS      Z21, Z5, Z5
	VMULPS      Z3, Z5, Z5
	VADDPS      Z22, Z5, Z5
	VMULPS      Z3, Z5, Z5
	VADDPS      Z23, Z5, Z5
	VMULPS      Z3, Z5, Z5
	VADDPS      Z24, Z5, Z5
	VMULPS      Z3, Z5, Z5
	VADDPS      Z25, Z5, Z5
	VMULPS      Z4, Z5, Z5
	VADDPS      Z3, Z5, Z5
	VADDPS      Z26, Z5, Z5
	VSCALEFPS   Z2, Z5, Z5
	VCMPPS      $0x1e, Z27, Z1, K1
	VMOVAPS     Z29, K1, Z5
	VCMPPS      $0x11, Z28, Z1, K2
	VMOVAPS     Z31, K2, Z5
	VCMPPS      $0x03, Z1, Z1, K3
	VMOVAPS     Z1, K3, Z5
	VADDPS      Z26, Z5, Z5
	VDIVPS      Z5, Z0, Z5
	VMULPS      (DI), Z5, Z5
	VMOVUPS     Z5, (SI)
	ADDQ        $64, SI
	ADDQ        $64, DI
	DECQ        CX
	JNZ         sgloop
	VZEROUPPER
	RET
