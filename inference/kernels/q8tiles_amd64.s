#include "textflag.h"

#include "tiles_amd64.h"

// Q8Tiles kernels (see q8tiles.go). Per pair of blocks and row, one
// VPDPBUSD of the 64 weights (plus 128, unsigned) with the 64 activations
// (signed), started from the activations' corrections, leaves the exact
// integer sums in the lanes, interleaved: lane i is canonical lane
// 8·(i mod 2) + ⌊i/2⌋. The eight scale products dw·dx of a pair (four rows,
// two blocks) are formed by one 8-wide multiply and stored on the stack;
// VBROADCASTSD then gives each row its two, alternating as the lanes do.
// After the last pair, VPERMPS puts the lanes back in canonical order for
// HSUM16.

// Lane i of the canonical order takes interleaved lane 2·(i mod 8) + ⌊i/8⌋.
DATA tileLanes<>+0(SB)/4, $0
DATA tileLanes<>+4(SB)/4, $2
DATA tileLanes<>+8(SB)/4, $4
DATA tileLanes<>+12(SB)/4, $6
DATA tileLanes<>+16(SB)/4, $8
DATA tileLanes<>+20(SB)/4, $10
DATA tileLanes<>+24(SB)/4, $12
DATA tileLanes<>+28(SB)/4, $14
DATA tileLanes<>+32(SB)/4, $1
DATA tileLanes<>+36(SB)/4, $3
DATA tileLanes<>+40(SB)/4, $5
DATA tileLanes<>+44(SB)/4, $7
DATA tileLanes<>+48(SB)/4, $9
DATA tileLanes<>+52(SB)/4, $11
DATA tileLanes<>+56(SB)/4, $13
DATA tileLanes<>+60(SB)/4, $15
GLOBL tileLanes<>(SB), RODATA|NOPTR, $64

// One row r of a tile with one token's pair at T (values in Q): the
// integer sums from the corrections, converted, times the row's scales
// (at soff on the stack), added to ACC.
#define TROW(T, Q, W, soff, ACC) \
	VMOVDQU32    64(T), Z25; \
	VPDPBUSD     Q, W, Z25; \
	VCVTDQ2PS    Z25, Z25; \
	VBROADCASTSD soff(SP), Z26; \
	VMULPS       Z26, Z25, Z25; \
	VADDPS       Z25, ACC, ACC

// The scale products of one token's pair at T, from the row scales in Y24,
// stored at soff on the stack.
#define TSCALES(T, soff) \
	VMULPS  128(T), Y24, Y25; \
	VMOVUPS Y25, soff(SP)

#define TCANON(Z) \
	VPERMPS Z, Z30, Z

// func q8Tile4x4AVX512(q *byte, d *uint16, x *byte, tokBytes int, npairs int, out *float32, ldo int)
// Four rows (one tile) times four tokens of packed activations, tokBytes
// apart; row i with token j goes to out[j*ldo+i].
TEXT ·q8Tile4x4AVX512(SB), NOSPLIT, $128-56
	MOVQ q+0(FP), SI
	MOVQ d+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ tokBytes+24(FP), DX
	MOVQ npairs+32(FP), CX
	LEAQ (DI)(DX*1), R11
	LEAQ (R11)(DX*1), R12
	LEAQ (R12)(DX*1), R13
	ZERO16

t44loop:
	VCVTPH2PS (R8), Y24
	TSCALES(DI, 0)
	TSCALES(R11, 32)
	TSCALES(R12, 64)
	TSCALES(R13, 96)
	VMOVDQU32 (SI), Z16
	VMOVDQU32 64(SI), Z17
	VMOVDQU32 128(SI), Z18
	VMOVDQU32 192(SI), Z19
	VMOVDQU32 (DI), Z20
	VMOVDQU32 (R11), Z21
	VMOVDQU32 (R12), Z22
	VMOVDQU32 (R13), Z23
	TROW(DI, Z20, Z16, 0, Z0)
	TROW(DI, Z20, Z17, 8, Z1)
	TROW(DI, Z20, Z18, 16, Z2)
	TROW(DI, Z20, Z19, 24, Z3)
	TROW(R11, Z21, Z16, 32, Z4)
	TROW(R11, Z21, Z17, 40, Z5)
	TROW(R11, Z21, Z18, 48, Z6)
	TROW(R11, Z21, Z19, 56, Z7)
	TROW(R12, Z22, Z16, 64, Z8)
	TROW(R12, Z22, Z17, 72, Z9)
	TROW(R12, Z22, Z18, 80, Z10)
	TROW(R12, Z22, Z19, 88, Z11)
	TROW(R13, Z23, Z16, 96, Z12)
	TROW(R13, Z23, Z17, 104, Z13)
	TROW(R13, Z23, Z18, 112, Z14)
	TROW(R13, Z23, Z19, 120, Z15)
	ADDQ $256, SI
	ADDQ $16, R8
	ADDQ $160, DI
	ADDQ $160, R11
	ADDQ $160, R12
	ADDQ $160, R13
	DECQ CX
	JNZ  t44loop
	VMOVDQU32 tileLanes<>(SB), Z30
	TCANON(Z0); TCANON(Z1); TCANON(Z2); TCANON(Z3)
	TCANON(Z4); TCANON(Z5); TCANON(Z6); TCANON(Z7)
	TCANON(Z8); TCANON(Z9); TCANON(Z10); TCANON(Z11)
	TCANON(Z12); TCANON(Z13); TCANON(Z14); TCANON(Z15)
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	OUT4x4
	VZEROUPPER
	RET

// func q8Tile4x1AVX512(q *byte, d *uint16, x *byte, npairs int, out *float32)
// One tile with one token (decode). It prefetches its one weight stream
// 4 KiB ahead into L2 (about 4% less CPU per token than 2 KiB into L1, the
// L1's fill buffers being the scarcer resource on a memory-bound loop).
TEXT ·q8Tile4x1AVX512(SB), NOSPLIT, $32-40
	MOVQ q+0(FP), SI
	MOVQ d+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ npairs+24(FP), CX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3

t41loop:
	PREFETCHT1 4096(SI)
	PREFETCHT1 4160(SI)
	PREFETCHT1 4224(SI)
	PREFETCHT1 4288(SI)
	VCVTPH2PS  (R8), Y24
	TSCALES(DI, 0)
	VMOVDQU32  (SI), Z16
	VMOVDQU32  64(SI), Z17
	VMOVDQU32  128(SI), Z18
	VMOVDQU32  192(SI), Z19
	VMOVDQU32  (DI), Z20
	TROW(DI, Z20, Z16, 0, Z0)
	TROW(DI, Z20, Z17, 8, Z1)
	TROW(DI, Z20, Z18, 16, Z2)
	TROW(DI, Z20, Z19, 24, Z3)
	ADDQ       $256, SI
	ADDQ       $16, R8
	ADDQ       $160, DI
	DECQ       CX
	JNZ        t41loop
	VMOVDQU32  tileLanes<>(SB), Z30
	TCANON(Z0); TCANON(Z1); TCANON(Z2); TCANON(Z3)
	MOVQ       out+32(FP), DX
	OUT4x1
	VZEROUPPER
	RET
