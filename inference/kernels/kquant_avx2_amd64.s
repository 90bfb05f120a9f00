#include "textflag.h"

// K-quant dot products with AVX2 (Q4_K, Q6_K; see kquant.go), one row and
// one token, the lanes left in acc for reduce16. The exact integers of the
// definition come from 32-byte halves: VPMADDUBSW, then
// VPMADDWD against the sub-block's scale as words (VPSHUFB broadcasts it from
// a table), lanes 0..7 in Y0 and 8..15 in Y1; then the float steps.

// AVX2 Q4_K chunk: 32 bytes of nibbles at woff(SI), activations at qoff(R8)
// (low nibbles: sub-block 2k, lanes 0..7; high: 2k+1, lanes 8..15), the
// scale vectors at ioff and ioff+32 of kq2idx.
#define Q4CHUNK2(woff, qoff, ioff) \
	VMOVDQU    woff(SI), Y4; \
	VPSRLW     $4, Y4, Y5; \
	VPAND      Y15, Y4, Y4; \
	VPAND      Y15, Y5, Y5; \
	VPSHUFB    kq2idx<>+ioff(SB), Y8, Y6; \
	VPMADDUBSW qoff(R8), Y4, Y7; \
	VPMADDWD   Y6, Y7, Y7; \
	VPADDD     Y7, Y0, Y0; \
	VPSHUFB    kq2idx<>+ioff+32(SB), Y8, Y6; \
	VPMADDUBSW qoff+32(R8), Y5, Y7; \
	VPMADDWD   Y6, Y7, Y7; \
	VPADDD     Y7, Y1, Y1

// AVX2 Q6_K token step: Y7 holds 32 weights q (0..63), activations at M.
#define K6TOKEN2(M, ISUM) \
	VPMADDUBSW M, Y7, Y11; \
	VPMADDUBSW M, Y14, Y13; \
	VPSUBW     Y13, Y11, Y11; \
	VPMADDWD   Y10, Y11, Y11; \
	VPADDD     Y11, ISUM, ISUM

// AVX2 Q6_K half super-block: low nibbles at ql(SI) and ql+32(SI), bit
// pairs at qh(SI), activations from qoff(R8), scales in table T (words of
// sub-blocks 8h..8h+7 in both 128-bit halves).
#define Q6HALF2(ql, qh, qoff, T) \
	VMOVDQU    ql(SI), Y4; \
	VMOVDQU    ql+32(SI), Y5; \
	VMOVDQU    qh(SI), Y6; \
	VPAND      Y15, Y4, Y7; \
	VPSLLW     $4, Y6, Y11; \
	VPAND      kq2c30<>(SB), Y11, Y11; \
	VPOR       Y11, Y7, Y7; \
	VPSHUFB    kq6i2<>+0(SB), T, Y10; \
	K6TOKEN2(qoff(R8), Y0); \
	VPAND      Y15, Y5, Y7; \
	VPSLLW     $2, Y6, Y11; \
	VPAND      kq2c30<>(SB), Y11, Y11; \
	VPOR       Y11, Y7, Y7; \
	VPSHUFB    kq6i2<>+32(SB), T, Y10; \
	K6TOKEN2(qoff+32(R8), Y1); \
	VPSRLW     $4, Y4, Y7; \
	VPAND      Y15, Y7, Y7; \
	VPAND      kq2c30<>(SB), Y6, Y11; \
	VPOR       Y11, Y7, Y7; \
	VPSHUFB    kq6i2<>+64(SB), T, Y10; \
	K6TOKEN2(qoff+64(R8), Y0); \
	VPSRLW     $4, Y5, Y7; \
	VPAND      Y15, Y7, Y7; \
	VPSRLW     $2, Y6, Y11; \
	VPAND      kq2c30<>(SB), Y11, Y11; \
	VPOR       Y11, Y7, Y7; \
	VPSHUFB    kq6i2<>+96(SB), T, Y10; \
	K6TOKEN2(qoff+96(R8), Y1)

// func kqQ4_KAVX2(w *byte, nb int, q *int8, d *float32, s *int32, acc *[16]float32)
TEXT ·kqQ4_KAVX2(SB), NOSPLIT, $0-48
	MOVQ         w+0(FP), SI
	MOVQ         nb+8(FP), CX
	MOVQ         q+16(FP), R8
	MOVQ         d+24(FP), R12
	MOVQ         s+32(FP), R13
	VPBROADCASTB kq2c0f<>(SB), Y15
	VXORPS       Y2, Y2, Y2
	VXORPS       Y3, Y3, Y3

kqQ4_KAVX2loop:
	MOVL         4(SI), AX
	MOVL         8(SI), BX
	MOVL         12(SI), DX
	MOVL         AX, DI
	ANDL         $0x3f3f3f3f, DI
	MOVL         AX, R14
	SHRL         $6, R14
	ANDL         $0x03030303, R14
	SHLL         $4, R14
	MOVL         DX, AX
	ANDL         $0x0f0f0f0f, AX
	ORL          AX, R14
	SHLQ         $32, R14
	ORQ          R14, DI
	VMOVQ        DI, X8
	VPMOVZXBW    X8, X8
	VINSERTI128  $1, X8, Y8, Y8
	MOVL         BX, DI
	ANDL         $0x3f3f3f3f, DI
	SHRL         $6, BX
	ANDL         $0x03030303, BX
	SHLL         $4, BX
	SHRL         $4, DX
	ANDL         $0x0f0f0f0f, DX
	ORL          DX, BX
	SHLQ         $32, BX
	ORQ          BX, DI
	VMOVQ        DI, X10
	VPUNPCKLBW   X10, X10, X10
	VPSRLDQ      $8, X10, X11
	VPMOVZXBD    X11, Y11
	VPMOVZXBD    X10, Y10
	VMOVD        (SI), X12
	VCVTPH2PS    X12, X12
	VMOVSHDUP    X12, X13
	VBROADCASTSS X12, Y12
	VBROADCASTSS X13, Y13
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	Q4CHUNK2(16, 0, 0)
	Q4CHUNK2(48, 64, 64)
	Q4CHUNK2(80, 128, 128)
	Q4CHUNK2(112, 192, 192)
	VBROADCASTSS (R12), Y14
	VMULPS       Y14, Y12, Y9
	VCVTDQ2PS    Y0, Y0
	VMULPS       Y9, Y0, Y0
	VADDPS       Y0, Y2, Y2
	VCVTDQ2PS    Y1, Y1
	VMULPS       Y9, Y1, Y1
	VADDPS       Y1, Y3, Y3
	VMULPS       Y14, Y13, Y9
	VPMADDWD     (R13), Y10, Y10
	VCVTDQ2PS    Y10, Y10
	VMULPS       Y9, Y10, Y10
	VSUBPS       Y10, Y2, Y2
	VPMADDWD     32(R13), Y11, Y11
	VCVTDQ2PS    Y11, Y11
	VMULPS       Y9, Y11, Y11
	VSUBPS       Y11, Y3, Y3
	ADDQ         $144, SI
	ADDQ         $256, R8
	ADDQ         $4, R12
	ADDQ         $64, R13
	DECQ         CX
	JNZ          kqQ4_KAVX2loop
	MOVQ         acc+40(FP), DX
	VMOVUPS      Y2, (DX)
	VMOVUPS      Y3, 32(DX)
	VZEROUPPER
	RET

// func kqQ6_KAVX2(w *byte, nb int, q *int8, d *float32, acc *[16]float32)
TEXT ·kqQ6_KAVX2(SB), NOSPLIT, $0-40
	MOVQ         w+0(FP), SI
	MOVQ         nb+8(FP), CX
	MOVQ         q+16(FP), R8
	MOVQ         d+24(FP), R12
	VPBROADCASTB kq2c0f<>(SB), Y15
	VPBROADCASTB kq2c20<>(SB), Y14
	VXORPS       Y2, Y2, Y2
	VXORPS       Y3, Y3, Y3

kqQ6_KAVX2loop:
	VPMOVSXBW    192(SI), X8
	VINSERTI128  $1, X8, Y8, Y8
	VPMOVSXBW    200(SI), X9
	VINSERTI128  $1, X9, Y9, Y9
	MOVWLZX      208(SI), AX
	VMOVD        AX, X12
	VCVTPH2PS    X12, X12
	VBROADCASTSS X12, Y12
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	Q6HALF2(0, 128, 0, Y8)
	Q6HALF2(64, 160, 128, Y9)
	VBROADCASTSS (R12), Y13
	VMULPS       Y13, Y12, Y13
	VCVTDQ2PS    Y0, Y0
	VMULPS       Y13, Y0, Y0
	VADDPS       Y0, Y2, Y2
	VCVTDQ2PS    Y1, Y1
	VMULPS       Y13, Y1, Y1
	VADDPS       Y1, Y3, Y3
	ADDQ         $210, SI
	ADDQ         $256, R8
	ADDQ         $4, R12
	DECQ         CX
	JNZ          kqQ6_KAVX2loop
	MOVQ         acc+32(FP), DX
	VMOVUPS      Y2, (DX)
	VMOVUPS      Y3, 32(DX)
	VZEROUPPER
	RET

DATA kq2idx<>+0(SB)/8, $0x0100010001000100
DATA kq2idx<>+8(SB)/8, $0x0100010001000100
DATA kq2idx<>+16(SB)/8, $0x0100010001000100
DATA kq2idx<>+24(SB)/8, $0x0100010001000100
DATA kq2idx<>+32(SB)/8, $0x0302030203020302
DATA kq2idx<>+40(SB)/8, $0x0302030203020302
DATA kq2idx<>+48(SB)/8, $0x0302030203020302
DATA kq2idx<>+56(SB)/8, $0x0302030203020302
DATA kq2idx<>+64(SB)/8, $0x0504050405040504
DATA kq2idx<>+72(SB)/8, $0x0504050405040504
DATA kq2idx<>+80(SB)/8, $0x0504050405040504
DATA kq2idx<>+88(SB)/8, $0x0504050405040504
DATA kq2idx<>+96(SB)/8, $0x0706070607060706
DATA kq2idx<>+104(SB)/8, $0x0706070607060706
DATA kq2idx<>+112(SB)/8, $0x0706070607060706
DATA kq2idx<>+120(SB)/8, $0x0706070607060706
DATA kq2idx<>+128(SB)/8, $0x0908090809080908
DATA kq2idx<>+136(SB)/8, $0x0908090809080908
DATA kq2idx<>+144(SB)/8, $0x0908090809080908
DATA kq2idx<>+152(SB)/8, $0x0908090809080908
DATA kq2idx<>+160(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kq2idx<>+168(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kq2idx<>+176(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kq2idx<>+184(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kq2idx<>+192(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kq2idx<>+200(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kq2idx<>+208(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kq2idx<>+216(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kq2idx<>+224(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kq2idx<>+232(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kq2idx<>+240(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kq2idx<>+248(SB)/8, $0x0f0e0f0e0f0e0f0e
GLOBL kq2idx<>(SB), RODATA|NOPTR, $256

DATA kq6i2<>+0(SB)/8, $0x0100010001000100
DATA kq6i2<>+8(SB)/8, $0x0100010001000100
DATA kq6i2<>+16(SB)/8, $0x0302030203020302
DATA kq6i2<>+24(SB)/8, $0x0302030203020302
DATA kq6i2<>+32(SB)/8, $0x0504050405040504
DATA kq6i2<>+40(SB)/8, $0x0504050405040504
DATA kq6i2<>+48(SB)/8, $0x0706070607060706
DATA kq6i2<>+56(SB)/8, $0x0706070607060706
DATA kq6i2<>+64(SB)/8, $0x0908090809080908
DATA kq6i2<>+72(SB)/8, $0x0908090809080908
DATA kq6i2<>+80(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kq6i2<>+88(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kq6i2<>+96(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kq6i2<>+104(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kq6i2<>+112(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kq6i2<>+120(SB)/8, $0x0f0e0f0e0f0e0f0e
GLOBL kq6i2<>(SB), RODATA|NOPTR, $128

DATA kq2c0f<>+0(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA kq2c0f<>+8(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA kq2c0f<>+16(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA kq2c0f<>+24(SB)/8, $0x0f0f0f0f0f0f0f0f
GLOBL kq2c0f<>(SB), RODATA|NOPTR, $32

DATA kq2c30<>+0(SB)/8, $0x3030303030303030
DATA kq2c30<>+8(SB)/8, $0x3030303030303030
DATA kq2c30<>+16(SB)/8, $0x3030303030303030
DATA kq2c30<>+24(SB)/8, $0x3030303030303030
GLOBL kq2c30<>(SB), RODATA|NOPTR, $32

DATA kq2c20<>+0(SB)/8, $0x2020202020202020
DATA kq2c20<>+8(SB)/8, $0x2020202020202020
DATA kq2c20<>+16(SB)/8, $0x2020202020202020
DATA kq2c20<>+24(SB)/8, $0x2020202020202020
GLOBL kq2c20<>(SB), RODATA|NOPTR, $32
