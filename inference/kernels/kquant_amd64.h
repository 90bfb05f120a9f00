// Macros shared by the K-quant AVX-512 kernels (kquant_q4k_amd64.s,
// kquant_q6k_amd64.s).

// K-quant products (Q4_K and Q6_K weights, activations quantized per 256 by
// Q8KAct) with AVX-512 BW and VNNI, keeping the canonical order of
// kquant.go. Row after row, each against 8, 4 or 1 tokens: each 64-weight
// chunk is unpacked once to 64 unsigned bytes in the canonical lane order
// (byte 4l..4l+3 in dword lane l) and its sub-block scales expanded to words
// by VPERMW; then per token VPMADDUBSW (weights × activations, pairs of
// products; at most 2·63·127, never saturating) and VPDPWSSD (× scale, pairs
// summed into the lane) form the exact integers isum of the definition. Once
// per super-block the float steps follow, lane by lane as in dotQ4_KGo and
// dotQ6_KGo.
//
// Registers of the 4- and 1-token kernels: Z0-Z3 lane sums (acc) of tokens 0-3, Z4-Z7 their isum, Z8-Z11
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

// The eight-token kernels (prefill) keep sixteen accumulators (Z0-Z7 acc,
// Z8-Z15 isum), so their headers and temporaries move up: Z16-Z19 the
// VPERMW indices, Z20 d, Z21 dmin (Q4_K) or low nibbles (Q6_K), Z22 mins
// (Q4_K) or bit pairs (Q6_K), Z23 scales as words, Z24 weights, Z25 their
// scales, Z26-Z28 temporaries. Token t's values are at R8 + t·stride (R9
// the stride, R10 = R8 + 3·stride, R11 = R8 + 6·stride).
