#include "textflag.h"

#include "tiles_amd64.h"

// Q5_0 tiles with AVX-512 VNNI: the Q4_0 tiles of quant_amd64.s (same
// packed activations, same canonical order) with a fifth weight bit. Each
// pair of blocks becomes 64 unsigned bytes value − 16 + 128 (the nibbles,
// plus 16 under the mask of the blocks' 32+32 high bits, plus 112), so that
// VPDPBUSD against the activations' −128·Σq corrections leaves exactly
// Σ (value − 16)·q in each lane.

DATA kq5c10<>+0(SB)/8, $0x1010101010101010
DATA kq5c10<>+8(SB)/8, $0x1010101010101010
DATA kq5c10<>+16(SB)/8, $0x1010101010101010
DATA kq5c10<>+24(SB)/8, $0x1010101010101010
DATA kq5c10<>+32(SB)/8, $0x1010101010101010
DATA kq5c10<>+40(SB)/8, $0x1010101010101010
DATA kq5c10<>+48(SB)/8, $0x1010101010101010
DATA kq5c10<>+56(SB)/8, $0x1010101010101010
GLOBL kq5c10<>(SB), RODATA|NOPTR, $64

// Scales of a pair of blocks at R (second block at R+boff) into DW, lanes
// 0..7 the first block's, 8..15 the second's (Z30 holds the lane indices).
#define K5DWPAIR(R, boff, DW) \
	MOVWLZX   (R), AX; \
	MOVWLZX   boff(R), DX; \
	SHLL      $16, DX; \
	ORL       DX, AX; \
	VMOVD     AX, X31; \
	VCVTPH2PS X31, X31; \
	VPERMPS   Z31, Z30, DW

// Q5_0 pair at R: 16 bytes of nibbles at 6(R) and 28(R), high bits at 2(R)
// and 24(R).
#define WQ5PAIR(R, WU) \
	VMOVDQU32    6(R), X27; \
	VINSERTI32X4 $1, 28(R), Y27, Y27; \
	VPSRLW       $4, Y27, Y26; \
	VPANDD       Y29, Y27, Y27; \
	VPANDD       Y29, Y26, Y26; \
	VINSERTI64X4 $1, Y26, Z27, WU; \
	VSHUFI64X2   $0xd8, WU, WU, WU; \
	MOVL         2(R), AX; \
	MOVL         24(R), DX; \
	SHLQ         $32, DX; \
	ORQ          DX, AX; \
	KMOVQ        AX, K2; \
	VPADDB       kq5c10<>(SB), WU, K2, WU; \
	VPADDB       Z28, WU, WU

#define K5PAIR(T, WU, DW, ACC) \
	VMOVDQU32 64(T), Z24; \
	VPDPBUSD  (T), WU, Z24; \
	VCVTDQ2PS Z24, Z24; \
	VMULPS    128(T), DW, Z25; \
	VMULPS    Z25, Z24, Z24; \
	VADDPS    Z24, ACC, ACC

// Constants: Z30 = lane indices [0 x8, 1 x8]; Z28 = 112 bytes; Z29 = 0x0f.
#define K5CONSTS \
	MOVL         $1, AX; \
	VPBROADCASTD AX, Z30; \
	MOVW         $0xff00, AX; \
	KMOVW        AX, K1; \
	VPXORD       Z31, Z31, Z31; \
	VMOVDQA32    Z30, K1, Z31; \
	VMOVDQA32    Z31, Z30; \
	MOVL         $0x70707070, AX; \
	VPBROADCASTD AX, Z28; \
	MOVL         $0x0f0f0f0f, AX; \
	VPBROADCASTD AX, Z29

#define K5TOKEN(T, a0, a1, a2, a3) \
	K5PAIR(T, Z16, Z20, a0); \
	K5PAIR(T, Z17, Z21, a1); \
	K5PAIR(T, Z18, Z22, a2); \
	K5PAIR(T, Z19, Z23, a3)

#define K5ROWS \
	WQ5PAIR(SI, Z16); \
	WQ5PAIR(R8, Z17); \
	WQ5PAIR(R9, Z18); \
	WQ5PAIR(R10, Z19); \
	K5DWPAIR(SI, 22, Z20); \
	K5DWPAIR(R8, 22, Z21); \
	K5DWPAIR(R9, 22, Z22); \
	K5DWPAIR(R10, 22, Z23)

// func qMatMul4x4Q5_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)
TEXT ·qMatMul4x4Q5_0AVX512(SB), NOSPLIT, $0-56
	K5CONSTS
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ tokBytes+24(FP), DX
	MOVQ npairs+32(FP), CX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	LEAQ (DI)(DX*1), R11
	LEAQ (R11)(DX*1), R12
	LEAQ (R12)(DX*1), R13
	ZERO16

qMatMul4x4Q5_0AVX512loop:
	K5ROWS
	K5TOKEN(DI, Z0, Z1, Z2, Z3)
	K5TOKEN(R11, Z4, Z5, Z6, Z7)
	K5TOKEN(R12, Z8, Z9, Z10, Z11)
	K5TOKEN(R13, Z12, Z13, Z14, Z15)
	ADDQ $44, SI
	ADDQ $44, R8
	ADDQ $44, R9
	ADDQ $44, R10
	ADDQ $192, DI
	ADDQ $192, R11
	ADDQ $192, R12
	ADDQ $192, R13
	DECQ CX
	JNZ  qMatMul4x4Q5_0AVX512loop
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	OUT4x4
	VZEROUPPER
	RET

// func qMatMul4x1Q5_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32)
TEXT ·qMatMul4x1Q5_0AVX512(SB), NOSPLIT, $0-40
	K5CONSTS
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ npairs+24(FP), CX
	LEAQ (SI)(BX*1), R8
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3

qMatMul4x1Q5_0AVX512loop:
	PREFETCHT0 2048(SI)
	PREFETCHT0 2048(R8)
	PREFETCHT0 2048(R9)
	PREFETCHT0 2048(R10)
	K5ROWS
	K5TOKEN(DI, Z0, Z1, Z2, Z3)
	ADDQ $44, SI
	ADDQ $44, R8
	ADDQ $44, R9
	ADDQ $44, R10
	ADDQ $192, DI
	DECQ CX
	JNZ  qMatMul4x1Q5_0AVX512loop
	MOVQ out+32(FP), DX
	OUT4x1
	VZEROUPPER
	RET
