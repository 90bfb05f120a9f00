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
// and 24(R). (nibble & 0x0f) | 0x70 is the nibble plus 112 in one
// VPTERNLOGD.
#define WQ5PAIR(R, WU) \
	VMOVDQU32    6(R), X27; \
	VINSERTI32X4 $1, 28(R), Y27, Y27; \
	VPSRLW       $4, Y27, Y26; \
	VINSERTI64X4 $1, Y26, Z27, WU; \
	VSHUFI64X2   $0xd8, WU, WU, WU; \
	VPTERNLOGD   $0xea, Z28, Z29, WU; \
	MOVL         2(R), AX; \
	MOVL         24(R), DX; \
	SHLQ         $32, DX; \
	ORQ          DX, AX; \
	KMOVQ        AX, K2; \
	VPADDB       kq5c10<>(SB), WU, K2, WU

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

// Two rows by eight tokens (prefill): sixteen accumulators, Z(2j+i) for row
// i and token j; a pair of blocks of the two rows is unpacked once for eight
// tokens (the 4-by-4 tiles unpack four rows for four). Token j's packed
// activations are at DI + j·R13 (R11 = DI + 3·R13, R12 = DI + 6·R13).

#define K5PAIRX(M0, M64, M128, WU, DW, ACC) \
	VMOVDQU32 M64, Z24; \
	VPDPBUSD  M0, WU, Z24; \
	VCVTDQ2PS Z24, Z24; \
	VMULPS    M128, DW, Z25; \
	VMULPS    Z25, Z24, Z24; \
	VADDPS    Z24, ACC, ACC

// func qMatMul2x8Q5_0AVX512(w *byte, rowBytes int, x *byte, tokBytes int, npairs int, out *float32, ldo int)
TEXT ·qMatMul2x8Q5_0AVX512(SB), NOSPLIT, $0-56
	K5CONSTS
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ tokBytes+24(FP), R13
	MOVQ npairs+32(FP), CX
	LEAQ (SI)(BX*1), R8
	LEAQ (DI)(R13*2), R11
	ADDQ R13, R11
	LEAQ (R11)(R13*2), R12
	ADDQ R13, R12
	ZERO16

qMatMul2x8Q5_0AVX512loop:
	WQ5PAIR(SI, Z16)
	WQ5PAIR(R8, Z17)
	K5DWPAIR(SI, 22, Z20)
	K5DWPAIR(R8, 22, Z21)
	K5PAIRX((DI), 64(DI), 128(DI), Z16, Z20, Z0)
	K5PAIRX((DI), 64(DI), 128(DI), Z17, Z21, Z1)
	K5PAIRX((DI)(R13*1), 64(DI)(R13*1), 128(DI)(R13*1), Z16, Z20, Z2)
	K5PAIRX((DI)(R13*1), 64(DI)(R13*1), 128(DI)(R13*1), Z17, Z21, Z3)
	K5PAIRX((DI)(R13*2), 64(DI)(R13*2), 128(DI)(R13*2), Z16, Z20, Z4)
	K5PAIRX((DI)(R13*2), 64(DI)(R13*2), 128(DI)(R13*2), Z17, Z21, Z5)
	K5PAIRX((R11), 64(R11), 128(R11), Z16, Z20, Z6)
	K5PAIRX((R11), 64(R11), 128(R11), Z17, Z21, Z7)
	K5PAIRX((DI)(R13*4), 64(DI)(R13*4), 128(DI)(R13*4), Z16, Z20, Z8)
	K5PAIRX((DI)(R13*4), 64(DI)(R13*4), 128(DI)(R13*4), Z17, Z21, Z9)
	K5PAIRX((R11)(R13*2), 64(R11)(R13*2), 128(R11)(R13*2), Z16, Z20, Z10)
	K5PAIRX((R11)(R13*2), 64(R11)(R13*2), 128(R11)(R13*2), Z17, Z21, Z11)
	K5PAIRX((R12), 64(R12), 128(R12), Z16, Z20, Z12)
	K5PAIRX((R12), 64(R12), 128(R12), Z17, Z21, Z13)
	K5PAIRX((R12)(R13*1), 64(R12)(R13*1), 128(R12)(R13*1), Z16, Z20, Z14)
	K5PAIRX((R12)(R13*1), 64(R12)(R13*1), 128(R12)(R13*1), Z17, Z21, Z15)
	ADDQ $44, SI
	ADDQ $44, R8
	ADDQ $192, DI
	ADDQ $192, R11
	ADDQ $192, R12
	DECQ CX
	JNZ  qMatMul2x8Q5_0AVX512loop
	MOVQ out+40(FP), DX
	MOVQ ldo+48(FP), BX
	SHLQ $2, BX
	HSUM16(Z0, Y0, (DX))
	HSUM16(Z1, Y1, 4(DX))
	ADDQ BX, DX
	HSUM16(Z2, Y2, (DX))
	HSUM16(Z3, Y3, 4(DX))
	ADDQ BX, DX
	HSUM16(Z4, Y4, (DX))
	HSUM16(Z5, Y5, 4(DX))
	ADDQ BX, DX
	HSUM16(Z6, Y6, (DX))
	HSUM16(Z7, Y7, 4(DX))
	ADDQ BX, DX
	HSUM16(Z8, Y8, (DX))
	HSUM16(Z9, Y9, 4(DX))
	ADDQ BX, DX
	HSUM16(Z10, Y10, (DX))
	HSUM16(Z11, Y11, 4(DX))
	ADDQ BX, DX
	HSUM16(Z12, Y12, (DX))
	HSUM16(Z13, Y13, 4(DX))
	ADDQ BX, DX
	HSUM16(Z14, Y14, (DX))
	HSUM16(Z15, Y15, 4(DX))
	VZEROUPPER
	RET

// The one-token (decode) kernel runs groups of 4 rows, one group after the
// other, in one call, prefetching 2 KiB ahead of each row as the Q8_0 and
// Q4_0 ones do.

// func qMatMul4x1Q5_0AVX512(w *byte, rowBytes int, x *byte, npairs int, out *float32, groups int)
TEXT ·qMatMul4x1Q5_0AVX512(SB), NOSPLIT, $0-48
	K5CONSTS
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX

qMatMul4x1Q5_0AVX512group:
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
	ADDQ $16, out+32(FP)
	MOVQ R10, SI
	DECQ groups+40(FP)
	JNZ  qMatMul4x1Q5_0AVX512group
	VZEROUPPER
	RET

// AVX2 Q5_0 dot product (one row, one token), as dotQ4_0AVX2: the 32
// weights of a block are formed as signed bytes value − 16 (nibbles, plus
// 16 where the block's high bit is set: ggml's bytes_from_bits_32), then
// multiplied exactly with the sign trick (|w| times q·sign(w), VPMADDUBSW;
// VPMADDWD against ones sums each lane's four products); the block scale is
// f16(dw)·dx rounded once, as in the canonical definition.

DATA kq5shuf<>+0(SB)/8, $0x0000000000000000
DATA kq5shuf<>+8(SB)/8, $0x0101010101010101
DATA kq5shuf<>+16(SB)/8, $0x0202020202020202
DATA kq5shuf<>+24(SB)/8, $0x0303030303030303
GLOBL kq5shuf<>(SB), RODATA|NOPTR, $32

DATA kq5bits<>+0(SB)/8, $0x7fbfdfeff7fbfdfe
DATA kq5bits<>+8(SB)/8, $0x7fbfdfeff7fbfdfe
DATA kq5bits<>+16(SB)/8, $0x7fbfdfeff7fbfdfe
DATA kq5bits<>+24(SB)/8, $0x7fbfdfeff7fbfdfe
GLOBL kq5bits<>(SB), RODATA|NOPTR, $32

// Block at off(SI) into W: 32 signed weights value − 16.
#define Q5UNPACK2(off, W) \
	VMOVDQU      off+6(SI), X10; \
	VPSRLW       $4, X10, X11; \
	VPAND        X12, X10, X10; \
	VPAND        X12, X11, X11; \
	VINSERTI128  $1, X11, Y10, W; \
	VPBROADCASTD off+2(SI), Y9; \
	VPSHUFB      kq5shuf<>(SB), Y9, Y9; \
	VPOR         kq5bits<>(SB), Y9, Y9; \
	VPCMPEQB     Y13, Y9, Y9; \
	VPAND        Y14, Y9, Y9; \
	VPOR         Y9, W, W; \
	VPSUBB       Y14, W, W

// As QBLOCK in quant_amd64.s: block scale f16 in AX, activation scale at
// doff(DI), values at qoff(R8).
#define Q5BLOCK2(W, doff, qoff, acc) \
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

// func dotQ5_0AVX2(w *byte, d *float32, q *int8, nb int, s *[16]float32)
TEXT ·dotQ5_0AVX2(SB), NOSPLIT, $0-40
	MOVQ         w+0(FP), SI
	MOVQ         d+8(FP), DI
	MOVQ         q+16(FP), R8
	MOVQ         nb+24(FP), CX
	MOVQ         s+32(FP), DX
	MOVL         $0x00010001, AX
	VMOVD        AX, X7
	VPBROADCASTD X7, Y7
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X12
	VPBROADCASTD X12, Y12
	VPCMPEQB     Y13, Y13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	VXORPS       Y0, Y0, Y0
	VXORPS       Y1, Y1, Y1
	MOVQ         CX, R9
	SHRQ         $1, CX
	JZ           q5tail

q5loop:
	Q5UNPACK2(0, Y8)
	MOVWLZX      (SI), AX
	Q5BLOCK2(Y8, 0, 0, Y0)
	Q5UNPACK2(22, Y8)
	MOVWLZX      22(SI), AX
	Q5BLOCK2(Y8, 4, 32, Y1)
	ADDQ         $44, SI
	ADDQ         $8, DI
	ADDQ         $64, R8
	DECQ         CX
	JNZ          q5loop

q5tail:
	ANDQ         $1, R9
	JZ           q5done
	Q5UNPACK2(0, Y8)
	MOVWLZX      (SI), AX
	Q5BLOCK2(Y8, 0, 0, Y0)

q5done:
	VMOVUPS      Y0, (DX)
	VMOVUPS      Y1, 32(DX)
	VZEROUPPER
	RET
