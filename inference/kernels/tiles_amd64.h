// Macros shared by the AVX-512 tile kernels.

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

#define ZERO16 \
	VPXORD Z0, Z0, Z0; VPXORD Z1, Z1, Z1; VPXORD Z2, Z2, Z2; VPXORD Z3, Z3, Z3; \
	VPXORD Z4, Z4, Z4; VPXORD Z5, Z5, Z5; VPXORD Z6, Z6, Z6; VPXORD Z7, Z7, Z7; \
	VPXORD Z8, Z8, Z8; VPXORD Z9, Z9, Z9; VPXORD Z10, Z10, Z10; VPXORD Z11, Z11, Z11; \
	VPXORD Z12, Z12, Z12; VPXORD Z13, Z13, Z13; VPXORD Z14, Z14, Z14; VPXORD Z15, Z15, Z15

