#include "textflag.h"

// Activation quantization (QuantizeQ8) and the tiles' packing (packTiles)
// with AVX-512, the same bits as the Go code.

// One half block (16 values in V, already times the inverse scale):
// rounded half away from zero as roundQ8 does — the truncation, plus the
// sign when the dropped fraction is at least one half (both exact) —
// clamped to [-127, 127] with NaN going to -127 (VMAXPS returns its second
// operand for NaN), and stored as bytes at M.
#define ROUNDQ8(V, M) \
	VRNDSCALEPS $0x0b, V, Z2; \
	VSUBPS      Z2, V, Z3; \
	VANDPS      Z31, Z3, Z3; \
	VCMPPS      $0x1d, Z28, Z3, K2; \
	VANDPS      Z26, V, Z4; \
	VORPS       Z27, Z4, Z4; \
	VADDPS      Z4, Z2, K2, Z2; \
	VMAXPS      Z29, Z2, Z2; \
	VMINPS      Z30, Z2, Z2; \
	VCVTTPS2DQ  Z2, Z2; \
	VPMOVDB     Z2, M

// func quantizeQ8AVX512(x *float32, nb int, d *float32, q *int8)
// nb ≥ 1 blocks of 32 values.
TEXT ·quantizeQ8AVX512(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ d+16(FP), DI
	MOVQ q+24(FP), R8
	MOVL $0x7fffffff, AX
	VPBROADCASTD AX, Z31
	MOVL $0x42fe0000, AX // 127
	VPBROADCASTD AX, Z30
	MOVL $0xc2fe0000, AX // -127
	VPBROADCASTD AX, Z29
	MOVL $0x3f000000, AX // 0.5
	VPBROADCASTD AX, Z28
	MOVL $0x3f800000, AX // 1
	VPBROADCASTD AX, Z27
	MOVL $0x80000000, AX
	VPBROADCASTD AX, Z26
	VXORPS X8, X8, X8

qloop:
	VMOVUPS (SI), Z0
	VMOVUPS 64(SI), Z1
	// amax: lane by lane "if v > amax" from zero (skipping NaN), then the
	// largest lane (all lanes are numbers by then, so any order).
	VANDPS        Z31, Z0, Z2
	VANDPS        Z31, Z1, Z3
	VPXORD        Z4, Z4, Z4
	VMAXPS        Z4, Z2, Z4
	VMAXPS        Z4, Z3, Z4
	VEXTRACTF64X4 $1, Z4, Y5
	VMAXPS        Y5, Y4, Y4
	VEXTRACTF128  $1, Y4, X5
	VMAXPS        X5, X4, X4
	VPERMILPS     $0x4e, X4, X5
	VMAXPS        X5, X4, X4
	VPERMILPS     $0xb1, X4, X5
	VMAXPS        X5, X4, X4
	// d = amax/127; id = 1/d, or 0 when d is 0.
	VDIVSS        X30, X4, X6
	VMOVSS        X6, (DI)
	VDIVSS        X6, X27, X7
	VCMPSS        $4, X8, X6, X10
	VANDPS        X10, X7, X7
	VBROADCASTSS  X7, Z9
	VMULPS        Z9, Z0, Z0
	VMULPS        Z9, Z1, Z1
	ROUNDQ8(Z0, (R8))
	ROUNDQ8(Z1, 16(R8))
	ADDQ $128, SI
	ADDQ $4, DI
	ADDQ $32, R8
	DECQ CX
	JNZ  qloop
	VZEROUPPER
	RET

// Dword i of a pair's interleaved values is dword tilePerm[i] of its
// canonical 64 bytes (block 0's eight, then block 1's).
DATA tilePerm<>+0(SB)/4, $0
DATA tilePerm<>+4(SB)/4, $8
DATA tilePerm<>+8(SB)/4, $1
DATA tilePerm<>+12(SB)/4, $9
DATA tilePerm<>+16(SB)/4, $2
DATA tilePerm<>+20(SB)/4, $10
DATA tilePerm<>+24(SB)/4, $3
DATA tilePerm<>+28(SB)/4, $11
DATA tilePerm<>+32(SB)/4, $4
DATA tilePerm<>+36(SB)/4, $12
DATA tilePerm<>+40(SB)/4, $5
DATA tilePerm<>+44(SB)/4, $13
DATA tilePerm<>+48(SB)/4, $6
DATA tilePerm<>+52(SB)/4, $14
DATA tilePerm<>+56(SB)/4, $7
DATA tilePerm<>+60(SB)/4, $15
GLOBL tilePerm<>(SB), RODATA|NOPTR, $64

// func packTilesAVX512(d *float32, q *int8, npairs int, dst *byte)
// npairs ≥ 1. The corrections −128·Σq come from VPDPBUSD with bytes of 128.
TEXT ·packTilesAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ q+8(FP), SI
	MOVQ npairs+16(FP), CX
	MOVQ dst+24(FP), DX
	VMOVDQU32 tilePerm<>(SB), Z31
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z30

ploop:
	VMOVDQU32    (SI), Z0
	VPERMD       Z0, Z31, Z0
	VMOVDQU32    Z0, (DX)
	VPXORD       Z1, Z1, Z1
	VPDPBUSD     Z0, Z30, Z1
	VPXORD       Z2, Z2, Z2
	VPSUBD       Z1, Z2, Z2
	VMOVDQU32    Z2, 64(DX)
	VMOVSD       (DI), X3
	VBROADCASTSD X3, Y3
	VMOVUPS      Y3, 128(DX)
	ADDQ $64, SI
	ADDQ $8, DI
	ADDQ $160, DX
	DECQ CX
	JNZ  ploop
	VZEROUPPER
	RET
