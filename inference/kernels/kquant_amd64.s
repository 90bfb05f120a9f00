#include "textflag.h"

// K-quant products (Q4_K and Q6_K weights, activations quantized per 256 by
// Q8KAct) with AVX-512 BW and VNNI, keeping the canonical order of
// kquant.go. Row after row, each against 4 tokens (or 1): each 64-weight
// chunk is unpacked once to 64 unsigned bytes in the canonical lane order
// (byte 4l..4l+3 in dword lane l) and its sub-block scales expanded to words
// by VPERMW; then per token VPMADDUBSW (weights × activations, pairs of
// products; at most 2·63·127, never saturating) and VPDPWSSD (× scale, pairs
// summed into the lane) form the exact integers isum of the definition. Once
// per super-block the float steps follow, lane by lane as in dotQ4_KGo and
// dotQ6_KGo.
//
// Registers: Z0-Z3 lane sums (acc) of tokens 0-3, Z4-Z7 their isum, Z8-Z11
// the VPERMW indices of chunks 0-3, Z16 d, Z17 dmin, Z18 Q4_K mins (dword
// lane l = m(l/2)), Z19 scales as words, Z20 unpacked weights, Z22 their
// scales as words, Z29 0x30 bytes, Z30 0x20 bytes, Z31 0x0f bytes; R8-R11
// the tokens' values, R12 and R13 token 0's scale and sums.

#define KCONSTS \
	MOVL         $0x0f0f0f0f, AX; \
	VPBROADCASTD AX, Z31; \
	MOVL         $0x30303030, AX; \
	VPBROADCASTD AX, Z29; \
	MOVL         $0x20202020, AX; \
	VPBROADCASTD AX, Z30

// KHSUM stores the canonical sum of the sixteen lanes of Z (low halves Y)
// at M, as reduce16 in dot.go.
#define KHSUM(Z, Y, M) \
	VEXTRACTF64X4 $1, Z, Y26; \
	VADDPS        Y26, Y, Y26; \
	VEXTRACTF32X4 $1, Y26, X27; \
	VADDPS        X27, X26, X26; \
	VMOVHLPS      X26, X26, X27; \
	VADDPS        X27, X26, X26; \
	VMOVSHDUP     X26, X27; \
	VADDSS        X27, X26, X26; \
	VMOVSS        X26, M

// The one-token (decode) kernels stream each row from memory once:
// prefetching 1 KiB ahead (four cache lines, a super-block or more) keeps
// them from waiting on it.
#define KPREFETCH \
	PREFETCHT0 1024(SI); \
	PREFETCHT0 1088(SI); \
	PREFETCHT0 1152(SI); \
	PREFETCHT0 1216(SI)

// One token's chunk: isum += scales · (weights · activations at M).
#define KTOKEN(M, ISUM) \
	VPMADDUBSW M, Z20, Z23; \
	VPDPWSSD   Z22, Z23, ISUM

// Q4_K super-block header at SI: d and dmin broadcast to Z16 and Z17, the
// eight 6-bit scales as words in Z19 and the mins in Z18 (ggml's
// get_scale_min_k4 on three 32-bit words a, b, c: scales a&0x3f.. then
// c&0x0f | (a>>6)<<4, mins b&0x3f.. then c>>4 | (b>>6)<<4, byte-wise).
#define Q4SCALES \
	MOVL         4(SI), AX; \
	MOVL         8(SI), BX; \
	MOVL         12(SI), DX; \
	MOVL         AX, DI; \
	ANDL         $0x3f3f3f3f, DI; \
	MOVL         AX, R14; \
	SHRL         $6, R14; \
	ANDL         $0x03030303, R14; \
	SHLL         $4, R14; \
	MOVL         DX, AX; \
	ANDL         $0x0f0f0f0f, AX; \
	ORL          AX, R14; \
	SHLQ         $32, R14; \
	ORQ          R14, DI; \
	VMOVQ        DI, X19; \
	VPMOVZXBW    X19, X19; \
	MOVL         BX, DI; \
	ANDL         $0x3f3f3f3f, DI; \
	SHRL         $6, BX; \
	ANDL         $0x03030303, BX; \
	SHLL         $4, BX; \
	SHRL         $4, DX; \
	ANDL         $0x0f0f0f0f, DX; \
	ORL          DX, BX; \
	SHLQ         $32, BX; \
	ORQ          BX, DI; \
	VMOVQ        DI, X18; \
	VPUNPCKLBW   X18, X18, X18; \
	VPMOVZXBD    X18, Z18; \
	VMOVD        (SI), X16; \
	VCVTPH2PS    X16, X16; \
	VMOVSHDUP    X16, X17; \
	VBROADCASTSS X16, Z16; \
	VBROADCASTSS X17, Z17

// Q4_K chunk of 64 weights: 32 bytes at off(SI), low nibbles then high
// nibbles; their scales by the chunk's VPERMW index IDX.
#define Q4WEIGHTS(off, IDX) \
	VMOVDQU32    off(SI), Y20; \
	VPSRLW       $4, Y20, Y21; \
	VINSERTI64X4 $1, Y21, Z20, Z20; \
	VPANDD       Z31, Z20, Z20; \
	VPERMW       Z19, IDX, Z22

// Q4_K float steps of one token (scale at DM, sums of 16 at SM).
#define Q4FLOAT(DM, SM, ISUM, ACC) \
	VBROADCASTSS DM, Z23; \
	VMULPS       Z16, Z23, Z21; \
	VMULPS       Z17, Z23, Z23; \
	VCVTDQ2PS    ISUM, ISUM; \
	VMULPS       Z21, ISUM, ISUM; \
	VADDPS       ISUM, ACC, ACC; \
	VPMADDWD     SM, Z18, Z21; \
	VCVTDQ2PS    Z21, Z21; \
	VMULPS       Z23, Z21, Z21; \
	VSUBPS       Z21, ACC, ACC

// Q6_K super-block header at SI: d broadcast to Z16, the sixteen int8
// scales as words in Z19.
#define Q6SCALES \
	MOVWLZX      208(SI), AX; \
	VMOVD        AX, X16; \
	VCVTPH2PS    X16, X16; \
	VBROADCASTSS X16, Z16; \
	VPMOVSXBW    192(SI), Y19

// Q6_K half super-block (128 weights): 64 bytes of low nibbles into Z24,
// its 32 bytes of high bit pairs qh into Z21 as [qh, qh>>2].
#define Q6HALF(qloff, qhoff) \
	VMOVDQU64    qloff(SI), Z24; \
	VMOVDQU32    qhoff(SI), Y21; \
	VPSRLW       $2, Y21, Y23; \
	VINSERTI64X4 $1, Y23, Z21, Z21

// Its first 64 weights: low nibbles | (bit pair 0 or 1) << 4.
#define Q6LOW(IDX) \
	VPANDD Z31, Z24, Z20; \
	VPSLLW $4, Z21, Z23; \
	VPANDD Z29, Z23, Z23; \
	VPORD  Z23, Z20, Z20; \
	VPERMW Z19, IDX, Z22

// Its last 64: high nibbles | (bit pair 2 or 3) << 4.
#define Q6HIGH(IDX) \
	VPSRLW $4, Z24, Z20; \
	VPANDD Z31, Z20, Z20; \
	VPANDD Z29, Z21, Z23; \
	VPORD  Z23, Z20, Z20; \
	VPERMW Z19, IDX, Z22

// One token's Q6_K chunk: the weights are q (0..63) for VPMADDUBSW; 32 times
// the activations' pair sums is taken off to make them q − 32 (|pair| ≤
// 2·32·127, exact in a word).
#define K6TOKEN(M, ISUM) \
	VPMADDUBSW M, Z20, Z23; \
	VPMADDUBSW M, Z30, Z25; \
	VPSUBW     Z25, Z23, Z23; \
	VPDPWSSD   Z22, Z23, ISUM

#define Q6FLOAT(DM, SM, ISUM, ACC) \
	VBROADCASTSS DM, Z23; \
	VMULPS       Z16, Z23, Z23; \
	VCVTDQ2PS    ISUM, ISUM; \
	VMULPS       Z23, ISUM, ISUM; \
	VADDPS       ISUM, ACC, ACC


// The eight-token kernels (prefill) keep sixteen accumulators (Z0-Z7 acc,
// Z8-Z15 isum), so their headers and temporaries move up: Z16-Z19 the
// VPERMW indices, Z20 d, Z21 dmin (Q4_K) or low nibbles (Q6_K), Z22 mins
// (Q4_K) or bit pairs (Q6_K), Z23 scales as words, Z24 weights, Z25 their
// scales, Z26-Z28 temporaries. Token t's values are at R8 + t·stride (R9
// the stride, R10 = R8 + 3·stride, R11 = R8 + 6·stride).

#define KTOKEN8(M, ISUM) \
	VPMADDUBSW M, Z24, Z26; \
	VPDPWSSD   Z25, Z26, ISUM

#define Q4SCALES8 \
	MOVL         4(SI), AX; \
	MOVL         8(SI), BX; \
	MOVL         12(SI), DX; \
	MOVL         AX, DI; \
	ANDL         $0x3f3f3f3f, DI; \
	MOVL         AX, R14; \
	SHRL         $6, R14; \
	ANDL         $0x03030303, R14; \
	SHLL         $4, R14; \
	MOVL         DX, AX; \
	ANDL         $0x0f0f0f0f, AX; \
	ORL          AX, R14; \
	SHLQ         $32, R14; \
	ORQ          R14, DI; \
	VMOVQ        DI, X23; \
	VPMOVZXBW    X23, X23; \
	MOVL         BX, DI; \
	ANDL         $0x3f3f3f3f, DI; \
	SHRL         $6, BX; \
	ANDL         $0x03030303, BX; \
	SHLL         $4, BX; \
	SHRL         $4, DX; \
	ANDL         $0x0f0f0f0f, DX; \
	ORL          DX, BX; \
	SHLQ         $32, BX; \
	ORQ          BX, DI; \
	VMOVQ        DI, X22; \
	VPUNPCKLBW   X22, X22, X22; \
	VPMOVZXBD    X22, Z22; \
	VMOVD        (SI), X20; \
	VCVTPH2PS    X20, X20; \
	VMOVSHDUP    X20, X21; \
	VBROADCASTSS X20, Z20; \
	VBROADCASTSS X21, Z21

#define Q4WEIGHTS8(off, IDX) \
	VMOVDQU32    off(SI), Y24; \
	VPSRLW       $4, Y24, Y26; \
	VINSERTI64X4 $1, Y26, Z24, Z24; \
	VPANDD       Z31, Z24, Z24; \
	VPERMW       Z23, IDX, Z25

// Float steps of token t, its scale at (DX) and sums at (R14).
#define Q4FLOAT8(ISUM, ACC) \
	VBROADCASTSS (DX), Z26; \
	VMULPS       Z20, Z26, Z27; \
	VMULPS       Z21, Z26, Z26; \
	VCVTDQ2PS    ISUM, ISUM; \
	VMULPS       Z27, ISUM, ISUM; \
	VADDPS       ISUM, ACC, ACC; \
	VPMADDWD     (R14), Z22, Z27; \
	VCVTDQ2PS    Z27, Z27; \
	VMULPS       Z26, Z27, Z27; \
	VSUBPS       Z27, ACC, ACC; \
	ADDQ         AX, DX; \
	ADDQ         BX, R14

#define Q6SCALES8 \
	MOVWLZX      208(SI), AX; \
	VMOVD        AX, X20; \
	VCVTPH2PS    X20, X20; \
	VBROADCASTSS X20, Z20; \
	VPMOVSXBW    192(SI), Y23

#define Q6HALF8(qloff, qhoff) \
	VMOVDQU64    qloff(SI), Z21; \
	VMOVDQU32    qhoff(SI), Y22; \
	VPSRLW       $2, Y22, Y26; \
	VINSERTI64X4 $1, Y26, Z22, Z22

#define Q6LOW8(IDX) \
	VPANDD Z31, Z21, Z24; \
	VPSLLW $4, Z22, Z26; \
	VPANDD Z29, Z26, Z26; \
	VPORD  Z26, Z24, Z24; \
	VPERMW Z23, IDX, Z25

#define Q6HIGH8(IDX) \
	VPSRLW $4, Z21, Z24; \
	VPANDD Z31, Z24, Z24; \
	VPANDD Z29, Z22, Z26; \
	VPORD  Z26, Z24, Z24; \
	VPERMW Z23, IDX, Z25

#define K6TOKEN8(M, ISUM) \
	VPMADDUBSW M, Z24, Z26; \
	VPMADDUBSW M, Z30, Z27; \
	VPSUBW     Z27, Z26, Z26; \
	VPDPWSSD   Z25, Z26, ISUM

#define Q6FLOAT8(ISUM, ACC) \
	VBROADCASTSS (DX), Z26; \
	VMULPS       Z20, Z26, Z26; \
	VCVTDQ2PS    ISUM, ISUM; \
	VMULPS       Z26, ISUM, ISUM; \
	VADDPS       ISUM, ACC, ACC; \
	ADDQ         AX, DX

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

// func kqQ4_Kx8AVX512(w *byte, rows int, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
TEXT ·kqQ4_Kx8AVX512(SB), NOSPLIT, $0-64
	KCONSTS
	VMOVDQU64 kq4idx<>+0(SB), Z16
	VMOVDQU64 kq4idx<>+64(SB), Z17
	VMOVDQU64 kq4idx<>+128(SB), Z18
	VMOVDQU64 kq4idx<>+192(SB), Z19
	MOVQ w+0(FP), SI

kqQ4_Kx8AVX512row:
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), R8
	MOVQ d+32(FP), R12
	MOVQ s+40(FP), R13
	MOVQ CX, R9
	SHLQ $8, R9
	LEAQ (R8)(R9*2), R10
	ADDQ R9, R10
	LEAQ (R10)(R9*2), R11
	ADDQ R9, R11
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7

kqQ4_Kx8AVX512loop:
	Q4SCALES8
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	Q4WEIGHTS8(16, Z16)
	KTOKEN8(0(R8), Z8)
	KTOKEN8(0(R8)(R9*1), Z9)
	KTOKEN8(0(R8)(R9*2), Z10)
	KTOKEN8(0(R10), Z11)
	KTOKEN8(0(R8)(R9*4), Z12)
	KTOKEN8(0(R10)(R9*2), Z13)
	KTOKEN8(0(R11), Z14)
	KTOKEN8(0(R11)(R9*1), Z15)
	Q4WEIGHTS8(48, Z17)
	KTOKEN8(64(R8), Z8)
	KTOKEN8(64(R8)(R9*1), Z9)
	KTOKEN8(64(R8)(R9*2), Z10)
	KTOKEN8(64(R10), Z11)
	KTOKEN8(64(R8)(R9*4), Z12)
	KTOKEN8(64(R10)(R9*2), Z13)
	KTOKEN8(64(R11), Z14)
	KTOKEN8(64(R11)(R9*1), Z15)
	Q4WEIGHTS8(80, Z18)
	KTOKEN8(128(R8), Z8)
	KTOKEN8(128(R8)(R9*1), Z9)
	KTOKEN8(128(R8)(R9*2), Z10)
	KTOKEN8(128(R10), Z11)
	KTOKEN8(128(R8)(R9*4), Z12)
	KTOKEN8(128(R10)(R9*2), Z13)
	KTOKEN8(128(R11), Z14)
	KTOKEN8(128(R11)(R9*1), Z15)
	Q4WEIGHTS8(112, Z19)
	KTOKEN8(192(R8), Z8)
	KTOKEN8(192(R8)(R9*1), Z9)
	KTOKEN8(192(R8)(R9*2), Z10)
	KTOKEN8(192(R10), Z11)
	KTOKEN8(192(R8)(R9*4), Z12)
	KTOKEN8(192(R10)(R9*2), Z13)
	KTOKEN8(192(R11), Z14)
	KTOKEN8(192(R11)(R9*1), Z15)
	MOVQ nb+16(FP), AX
	SHLQ $2, AX
	MOVQ AX, BX
	SHLQ $4, BX
	MOVQ R12, DX
	MOVQ R13, R14
	Q4FLOAT8(Z8, Z0)
	Q4FLOAT8(Z9, Z1)
	Q4FLOAT8(Z10, Z2)
	Q4FLOAT8(Z11, Z3)
	Q4FLOAT8(Z12, Z4)
	Q4FLOAT8(Z13, Z5)
	Q4FLOAT8(Z14, Z6)
	Q4FLOAT8(Z15, Z7)
	ADDQ $144, SI
	ADDQ $256, R8
	ADDQ $256, R10
	ADDQ $256, R11
	ADDQ $4, R12
	ADDQ $64, R13
	DECQ CX
	JNZ  kqQ4_Kx8AVX512loop
	MOVQ out+48(FP), DX
	MOVQ ldo+56(FP), BX
	SHLQ $2, BX
	KHSUM(Z0, Y0, (DX))
	ADDQ BX, DX
	KHSUM(Z1, Y1, (DX))
	ADDQ BX, DX
	KHSUM(Z2, Y2, (DX))
	ADDQ BX, DX
	KHSUM(Z3, Y3, (DX))
	ADDQ BX, DX
	KHSUM(Z4, Y4, (DX))
	ADDQ BX, DX
	KHSUM(Z5, Y5, (DX))
	ADDQ BX, DX
	KHSUM(Z6, Y6, (DX))
	ADDQ BX, DX
	KHSUM(Z7, Y7, (DX))
	ADDQ $4, out+48(FP)
	DECQ rows+8(FP)
	JNZ  kqQ4_Kx8AVX512row
	VZEROUPPER
	RET

// func kqQ4_Kx4AVX512(w *byte, rows int, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
TEXT ·kqQ4_Kx4AVX512(SB), NOSPLIT, $0-64
	KCONSTS
	VMOVDQU64 kq4idx<>+0(SB), Z8
	VMOVDQU64 kq4idx<>+64(SB), Z9
	VMOVDQU64 kq4idx<>+128(SB), Z10
	VMOVDQU64 kq4idx<>+192(SB), Z11
	MOVQ w+0(FP), SI

kqQ4_Kx4AVX512row:
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), R8
	MOVQ d+32(FP), R12
	MOVQ s+40(FP), R13
	MOVQ CX, AX
	SHLQ $8, AX
	LEAQ (R8)(AX*1), R9
	LEAQ (R9)(AX*1), R10
	LEAQ (R10)(AX*1), R11
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3

kqQ4_Kx4AVX512loop:
	Q4SCALES
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	Q4WEIGHTS(16, Z8)
	KTOKEN(0(R8), Z4)
	KTOKEN(0(R9), Z5)
	KTOKEN(0(R10), Z6)
	KTOKEN(0(R11), Z7)
	Q4WEIGHTS(48, Z9)
	KTOKEN(64(R8), Z4)
	KTOKEN(64(R9), Z5)
	KTOKEN(64(R10), Z6)
	KTOKEN(64(R11), Z7)
	Q4WEIGHTS(80, Z10)
	KTOKEN(128(R8), Z4)
	KTOKEN(128(R9), Z5)
	KTOKEN(128(R10), Z6)
	KTOKEN(128(R11), Z7)
	Q4WEIGHTS(112, Z11)
	KTOKEN(192(R8), Z4)
	KTOKEN(192(R9), Z5)
	KTOKEN(192(R10), Z6)
	KTOKEN(192(R11), Z7)
	MOVQ nb+16(FP), AX
	SHLQ $2, AX
	MOVQ AX, BX
	SHLQ $4, BX
	LEAQ (R12)(AX*2), DX
	LEAQ (R13)(BX*2), DI
	Q4FLOAT((R12), (R13), Z4, Z0)
	Q4FLOAT((R12)(AX*1), (R13)(BX*1), Z5, Z1)
	Q4FLOAT((R12)(AX*2), (R13)(BX*2), Z6, Z2)
	Q4FLOAT((DX)(AX*1), (DI)(BX*1), Z7, Z3)
	ADDQ $144, SI
	ADDQ $256, R8
	ADDQ $256, R9
	ADDQ $256, R10
	ADDQ $256, R11
	ADDQ $4, R12
	ADDQ $64, R13
	DECQ CX
	JNZ  kqQ4_Kx4AVX512loop
	MOVQ out+48(FP), DX
	MOVQ ldo+56(FP), BX
	SHLQ $2, BX
	KHSUM(Z0, Y0, (DX))
	ADDQ BX, DX
	KHSUM(Z1, Y1, (DX))
	ADDQ BX, DX
	KHSUM(Z2, Y2, (DX))
	ADDQ BX, DX
	KHSUM(Z3, Y3, (DX))
	ADDQ $4, out+48(FP)
	DECQ rows+8(FP)
	JNZ  kqQ4_Kx4AVX512row
	VZEROUPPER
	RET

// func kqQ4_Kx1AVX512(w *byte, rows int, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
TEXT ·kqQ4_Kx1AVX512(SB), NOSPLIT, $0-64
	KCONSTS
	VMOVDQU64 kq4idx<>+0(SB), Z8
	VMOVDQU64 kq4idx<>+64(SB), Z9
	VMOVDQU64 kq4idx<>+128(SB), Z10
	VMOVDQU64 kq4idx<>+192(SB), Z11
	MOVQ w+0(FP), SI

kqQ4_Kx1AVX512row:
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), R8
	MOVQ d+32(FP), R12
	MOVQ s+40(FP), R13
	VPXORD Z0, Z0, Z0

kqQ4_Kx1AVX512loop:
	KPREFETCH
	Q4SCALES
	VPXORD Z4, Z4, Z4
	Q4WEIGHTS(16, Z8)
	KTOKEN(0(R8), Z4)
	Q4WEIGHTS(48, Z9)
	KTOKEN(64(R8), Z4)
	Q4WEIGHTS(80, Z10)
	KTOKEN(128(R8), Z4)
	Q4WEIGHTS(112, Z11)
	KTOKEN(192(R8), Z4)
	MOVQ nb+16(FP), AX
	SHLQ $2, AX
	MOVQ AX, BX
	SHLQ $4, BX
	Q4FLOAT((R12), (R13), Z4, Z0)
	ADDQ $144, SI
	ADDQ $256, R8
	ADDQ $4, R12
	ADDQ $64, R13
	DECQ CX
	JNZ  kqQ4_Kx1AVX512loop
	MOVQ out+48(FP), DX
	MOVQ ldo+56(FP), BX
	SHLQ $2, BX
	KHSUM(Z0, Y0, (DX))
	ADDQ $4, out+48(FP)
	DECQ rows+8(FP)
	JNZ  kqQ4_Kx1AVX512row
	VZEROUPPER
	RET

// func kqQ6_Kx8AVX512(w *byte, rows int, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
TEXT ·kqQ6_Kx8AVX512(SB), NOSPLIT, $0-64
	KCONSTS
	VMOVDQU64 kq6idx<>+0(SB), Z16
	VMOVDQU64 kq6idx<>+64(SB), Z17
	VMOVDQU64 kq6idx<>+128(SB), Z18
	VMOVDQU64 kq6idx<>+192(SB), Z19
	MOVQ w+0(FP), SI

kqQ6_Kx8AVX512row:
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), R8
	MOVQ d+32(FP), R12
	MOVQ s+40(FP), R13
	MOVQ CX, R9
	SHLQ $8, R9
	LEAQ (R8)(R9*2), R10
	ADDQ R9, R10
	LEAQ (R10)(R9*2), R11
	ADDQ R9, R11
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7

kqQ6_Kx8AVX512loop:
	Q6SCALES8
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	Q6HALF8(0, 128)
	Q6LOW8(Z16)
	K6TOKEN8(0(R8), Z8)
	K6TOKEN8(0(R8)(R9*1), Z9)
	K6TOKEN8(0(R8)(R9*2), Z10)
	K6TOKEN8(0(R10), Z11)
	K6TOKEN8(0(R8)(R9*4), Z12)
	K6TOKEN8(0(R10)(R9*2), Z13)
	K6TOKEN8(0(R11), Z14)
	K6TOKEN8(0(R11)(R9*1), Z15)
	Q6HIGH8(Z17)
	K6TOKEN8(64(R8), Z8)
	K6TOKEN8(64(R8)(R9*1), Z9)
	K6TOKEN8(64(R8)(R9*2), Z10)
	K6TOKEN8(64(R10), Z11)
	K6TOKEN8(64(R8)(R9*4), Z12)
	K6TOKEN8(64(R10)(R9*2), Z13)
	K6TOKEN8(64(R11), Z14)
	K6TOKEN8(64(R11)(R9*1), Z15)
	Q6HALF8(64, 160)
	Q6LOW8(Z18)
	K6TOKEN8(128(R8), Z8)
	K6TOKEN8(128(R8)(R9*1), Z9)
	K6TOKEN8(128(R8)(R9*2), Z10)
	K6TOKEN8(128(R10), Z11)
	K6TOKEN8(128(R8)(R9*4), Z12)
	K6TOKEN8(128(R10)(R9*2), Z13)
	K6TOKEN8(128(R11), Z14)
	K6TOKEN8(128(R11)(R9*1), Z15)
	Q6HIGH8(Z19)
	K6TOKEN8(192(R8), Z8)
	K6TOKEN8(192(R8)(R9*1), Z9)
	K6TOKEN8(192(R8)(R9*2), Z10)
	K6TOKEN8(192(R10), Z11)
	K6TOKEN8(192(R8)(R9*4), Z12)
	K6TOKEN8(192(R10)(R9*2), Z13)
	K6TOKEN8(192(R11), Z14)
	K6TOKEN8(192(R11)(R9*1), Z15)
	MOVQ nb+16(FP), AX
	SHLQ $2, AX
	MOVQ AX, BX
	SHLQ $4, BX
	MOVQ R12, DX
	MOVQ R13, R14
	Q6FLOAT8(Z8, Z0)
	Q6FLOAT8(Z9, Z1)
	Q6FLOAT8(Z10, Z2)
	Q6FLOAT8(Z11, Z3)
	Q6FLOAT8(Z12, Z4)
	Q6FLOAT8(Z13, Z5)
	Q6FLOAT8(Z14, Z6)
	Q6FLOAT8(Z15, Z7)
	ADDQ $210, SI
	ADDQ $256, R8
	ADDQ $256, R10
	ADDQ $256, R11
	ADDQ $4, R12
	ADDQ $64, R13
	DECQ CX
	JNZ  kqQ6_Kx8AVX512loop
	MOVQ out+48(FP), DX
	MOVQ ldo+56(FP), BX
	SHLQ $2, BX
	KHSUM(Z0, Y0, (DX))
	ADDQ BX, DX
	KHSUM(Z1, Y1, (DX))
	ADDQ BX, DX
	KHSUM(Z2, Y2, (DX))
	ADDQ BX, DX
	KHSUM(Z3, Y3, (DX))
	ADDQ BX, DX
	KHSUM(Z4, Y4, (DX))
	ADDQ BX, DX
	KHSUM(Z5, Y5, (DX))
	ADDQ BX, DX
	KHSUM(Z6, Y6, (DX))
	ADDQ BX, DX
	KHSUM(Z7, Y7, (DX))
	ADDQ $4, out+48(FP)
	DECQ rows+8(FP)
	JNZ  kqQ6_Kx8AVX512row
	VZEROUPPER
	RET

// func kqQ6_Kx4AVX512(w *byte, rows int, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
TEXT ·kqQ6_Kx4AVX512(SB), NOSPLIT, $0-64
	KCONSTS
	VMOVDQU64 kq6idx<>+0(SB), Z8
	VMOVDQU64 kq6idx<>+64(SB), Z9
	VMOVDQU64 kq6idx<>+128(SB), Z10
	VMOVDQU64 kq6idx<>+192(SB), Z11
	MOVQ w+0(FP), SI

kqQ6_Kx4AVX512row:
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), R8
	MOVQ d+32(FP), R12
	MOVQ s+40(FP), R13
	MOVQ CX, AX
	SHLQ $8, AX
	LEAQ (R8)(AX*1), R9
	LEAQ (R9)(AX*1), R10
	LEAQ (R10)(AX*1), R11
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3

kqQ6_Kx4AVX512loop:
	Q6SCALES
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	Q6HALF(0, 128)
	Q6LOW(Z8)
	K6TOKEN(0(R8), Z4)
	K6TOKEN(0(R9), Z5)
	K6TOKEN(0(R10), Z6)
	K6TOKEN(0(R11), Z7)
	Q6HIGH(Z9)
	K6TOKEN(64(R8), Z4)
	K6TOKEN(64(R9), Z5)
	K6TOKEN(64(R10), Z6)
	K6TOKEN(64(R11), Z7)
	Q6HALF(64, 160)
	Q6LOW(Z10)
	K6TOKEN(128(R8), Z4)
	K6TOKEN(128(R9), Z5)
	K6TOKEN(128(R10), Z6)
	K6TOKEN(128(R11), Z7)
	Q6HIGH(Z11)
	K6TOKEN(192(R8), Z4)
	K6TOKEN(192(R9), Z5)
	K6TOKEN(192(R10), Z6)
	K6TOKEN(192(R11), Z7)
	MOVQ nb+16(FP), AX
	SHLQ $2, AX
	MOVQ AX, BX
	SHLQ $4, BX
	LEAQ (R12)(AX*2), DX
	LEAQ (R13)(BX*2), DI
	Q6FLOAT((R12), (R13), Z4, Z0)
	Q6FLOAT((R12)(AX*1), (R13)(BX*1), Z5, Z1)
	Q6FLOAT((R12)(AX*2), (R13)(BX*2), Z6, Z2)
	Q6FLOAT((DX)(AX*1), (DI)(BX*1), Z7, Z3)
	ADDQ $210, SI
	ADDQ $256, R8
	ADDQ $256, R9
	ADDQ $256, R10
	ADDQ $256, R11
	ADDQ $4, R12
	ADDQ $64, R13
	DECQ CX
	JNZ  kqQ6_Kx4AVX512loop
	MOVQ out+48(FP), DX
	MOVQ ldo+56(FP), BX
	SHLQ $2, BX
	KHSUM(Z0, Y0, (DX))
	ADDQ BX, DX
	KHSUM(Z1, Y1, (DX))
	ADDQ BX, DX
	KHSUM(Z2, Y2, (DX))
	ADDQ BX, DX
	KHSUM(Z3, Y3, (DX))
	ADDQ $4, out+48(FP)
	DECQ rows+8(FP)
	JNZ  kqQ6_Kx4AVX512row
	VZEROUPPER
	RET

// func kqQ6_Kx1AVX512(w *byte, rows int, nb int, q *int8, d *float32, s *int32, out *float32, ldo int)
TEXT ·kqQ6_Kx1AVX512(SB), NOSPLIT, $0-64
	KCONSTS
	VMOVDQU64 kq6idx<>+0(SB), Z8
	VMOVDQU64 kq6idx<>+64(SB), Z9
	VMOVDQU64 kq6idx<>+128(SB), Z10
	VMOVDQU64 kq6idx<>+192(SB), Z11
	MOVQ w+0(FP), SI

kqQ6_Kx1AVX512row:
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), R8
	MOVQ d+32(FP), R12
	MOVQ s+40(FP), R13
	VPXORD Z0, Z0, Z0

kqQ6_Kx1AVX512loop:
	KPREFETCH
	Q6SCALES
	VPXORD Z4, Z4, Z4
	Q6HALF(0, 128)
	Q6LOW(Z8)
	K6TOKEN(0(R8), Z4)
	Q6HIGH(Z9)
	K6TOKEN(64(R8), Z4)
	Q6HALF(64, 160)
	Q6LOW(Z10)
	K6TOKEN(128(R8), Z4)
	Q6HIGH(Z11)
	K6TOKEN(192(R8), Z4)
	MOVQ nb+16(FP), AX
	SHLQ $2, AX
	MOVQ AX, BX
	SHLQ $4, BX
	Q6FLOAT((R12), (R13), Z4, Z0)
	ADDQ $210, SI
	ADDQ $256, R8
	ADDQ $4, R12
	ADDQ $64, R13
	DECQ CX
	JNZ  kqQ6_Kx1AVX512loop
	MOVQ out+48(FP), DX
	MOVQ ldo+56(FP), BX
	SHLQ $2, BX
	KHSUM(Z0, Y0, (DX))
	ADDQ $4, out+48(FP)
	DECQ rows+8(FP)
	JNZ  kqQ6_Kx1AVX512row
	VZEROUPPER
	RET

// AVX2 (one row, one token; the lanes are left in acc for reduce16). The
// same exact integers as above from 32-byte halves: VPMADDUBSW, then
// VPMADDWD against the sub-block's scale as words (VPSHUFB broadcasts it from
// a table), lanes 0..7 in Y0 and 8..15 in Y1; then the float steps.

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

DATA kq4idx<>+0(SB)/8, $0x0000000000000000
DATA kq4idx<>+8(SB)/8, $0x0000000000000000
DATA kq4idx<>+16(SB)/8, $0x0000000000000000
DATA kq4idx<>+24(SB)/8, $0x0000000000000000
DATA kq4idx<>+32(SB)/8, $0x0001000100010001
DATA kq4idx<>+40(SB)/8, $0x0001000100010001
DATA kq4idx<>+48(SB)/8, $0x0001000100010001
DATA kq4idx<>+56(SB)/8, $0x0001000100010001
DATA kq4idx<>+64(SB)/8, $0x0002000200020002
DATA kq4idx<>+72(SB)/8, $0x0002000200020002
DATA kq4idx<>+80(SB)/8, $0x0002000200020002
DATA kq4idx<>+88(SB)/8, $0x0002000200020002
DATA kq4idx<>+96(SB)/8, $0x0003000300030003
DATA kq4idx<>+104(SB)/8, $0x0003000300030003
DATA kq4idx<>+112(SB)/8, $0x0003000300030003
DATA kq4idx<>+120(SB)/8, $0x0003000300030003
DATA kq4idx<>+128(SB)/8, $0x0004000400040004
DATA kq4idx<>+136(SB)/8, $0x0004000400040004
DATA kq4idx<>+144(SB)/8, $0x0004000400040004
DATA kq4idx<>+152(SB)/8, $0x0004000400040004
DATA kq4idx<>+160(SB)/8, $0x0005000500050005
DATA kq4idx<>+168(SB)/8, $0x0005000500050005
DATA kq4idx<>+176(SB)/8, $0x0005000500050005
DATA kq4idx<>+184(SB)/8, $0x0005000500050005
DATA kq4idx<>+192(SB)/8, $0x0006000600060006
DATA kq4idx<>+200(SB)/8, $0x0006000600060006
DATA kq4idx<>+208(SB)/8, $0x0006000600060006
DATA kq4idx<>+216(SB)/8, $0x0006000600060006
DATA kq4idx<>+224(SB)/8, $0x0007000700070007
DATA kq4idx<>+232(SB)/8, $0x0007000700070007
DATA kq4idx<>+240(SB)/8, $0x0007000700070007
DATA kq4idx<>+248(SB)/8, $0x0007000700070007
GLOBL kq4idx<>(SB), RODATA|NOPTR, $256

DATA kq6idx<>+0(SB)/8, $0x0000000000000000
DATA kq6idx<>+8(SB)/8, $0x0000000000000000
DATA kq6idx<>+16(SB)/8, $0x0001000100010001
DATA kq6idx<>+24(SB)/8, $0x0001000100010001
DATA kq6idx<>+32(SB)/8, $0x0002000200020002
DATA kq6idx<>+40(SB)/8, $0x0002000200020002
DATA kq6idx<>+48(SB)/8, $0x0003000300030003
DATA kq6idx<>+56(SB)/8, $0x0003000300030003
DATA kq6idx<>+64(SB)/8, $0x0004000400040004
DATA kq6idx<>+72(SB)/8, $0x0004000400040004
DATA kq6idx<>+80(SB)/8, $0x0005000500050005
DATA kq6idx<>+88(SB)/8, $0x0005000500050005
DATA kq6idx<>+96(SB)/8, $0x0006000600060006
DATA kq6idx<>+104(SB)/8, $0x0006000600060006
DATA kq6idx<>+112(SB)/8, $0x0007000700070007
DATA kq6idx<>+120(SB)/8, $0x0007000700070007
DATA kq6idx<>+128(SB)/8, $0x0008000800080008
DATA kq6idx<>+136(SB)/8, $0x0008000800080008
DATA kq6idx<>+144(SB)/8, $0x0009000900090009
DATA kq6idx<>+152(SB)/8, $0x0009000900090009
DATA kq6idx<>+160(SB)/8, $0x000a000a000a000a
DATA kq6idx<>+168(SB)/8, $0x000a000a000a000a
DATA kq6idx<>+176(SB)/8, $0x000b000b000b000b
DATA kq6idx<>+184(SB)/8, $0x000b000b000b000b
DATA kq6idx<>+192(SB)/8, $0x000c000c000c000c
DATA kq6idx<>+200(SB)/8, $0x000c000c000c000c
DATA kq6idx<>+208(SB)/8, $0x000d000d000d000d
DATA kq6idx<>+216(SB)/8, $0x000d000d000d000d
DATA kq6idx<>+224(SB)/8, $0x000e000e000e000e
DATA kq6idx<>+232(SB)/8, $0x000e000e000e000e
DATA kq6idx<>+240(SB)/8, $0x000f000f000f000f
DATA kq6idx<>+248(SB)/8, $0x000f000f000f000f
GLOBL kq6idx<>(SB), RODATA|NOPTR, $256

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
