#include "textflag.h"

#include "tiles_amd64.h"

// Quantized dot products (Q8_0 and Q4_0 weights, activations quantized by
// QuantizeQ8), keeping the canonical order of quant.go.

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
