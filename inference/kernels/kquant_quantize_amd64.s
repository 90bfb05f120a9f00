#include "textflag.h"

// Q8KAct's quantization with AVX-512, the same bits as quantizeK: per block
// of 256, amax = the largest |x| (NaN ignored: VMAXPS keeps its second
// operand when the first is NaN), d = amax/127, id = 1/d (0 when d is 0),
// then per value p = float32(x·id) rounded half away from zero as the
// truncation t plus or minus one when the exact remainder p − t is at least
// one half; p ≤ −127.5 or NaN gives −127 and p ≥ 127.5 gives 127, as
// roundQ8. Each group of 16 values also yields its sum.

// func quantizeKAVX512(x *float32, nblocks int, d *float32, q *int8, s *int32)
TEXT ·quantizeKAVX512(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ nblocks+8(FP), CX
	MOVQ d+16(FP), DI
	MOVQ q+24(FP), R8
	MOVQ s+32(FP), R9
	MOVL $0x7fffffff, AX
	VPBROADCASTD AX, Z31
	MOVL $0xc2ff0000, AX // -127.5
	VPBROADCASTD AX, Z30
	MOVL $0x42ff0000, AX // 127.5
	VPBROADCASTD AX, Z29
	MOVL $0x3f000000, AX // 0.5
	VPBROADCASTD AX, Z28
	MOVL $0xbf000000, AX // -0.5
	VPBROADCASTD AX, Z27
	MOVL $1, AX
	VPBROADCASTD AX, Z26
	MOVL $127, AX
	VPBROADCASTD AX, Z25
	MOVL $-127, AX
	VPBROADCASTD AX, Z24

qkblock:
	VPXORD Z0, Z0, Z0
	MOVQ   $16, DX
	MOVQ   SI, R10

qkmax:
	VANDPS (R10), Z31, Z1
	VMAXPS Z0, Z1, Z0
	ADDQ   $64, R10
	DECQ   DX
	JNZ    qkmax
	VEXTRACTF64X4 $1, Z0, Y1
	VMAXPS        Y1, Y0, Y0
	VEXTRACTF128  $1, Y0, X1
	VMAXPS        X1, X0, X0
	VPERMILPS     $0x4e, X0, X1
	VMAXPS        X1, X0, X0
	VPERMILPS     $0xb1, X0, X1
	VMAXPS        X1, X0, X0
	MOVL          $0x42fe0000, AX // 127
	VMOVD         AX, X1
	VDIVSS        X1, X0, X0
	VMOVSS        X0, (DI)
	VPXORD        Z23, Z23, Z23
	VMOVD         X0, AX
	TESTL         AX, AX
	JZ            qkscaled
	MOVL          $0x3f800000, AX // 1
	VMOVD         AX, X1
	VDIVSS        X0, X1, X1
	VBROADCASTSS  X1, Z23

qkscaled:
	MOVQ $16, DX

qkgroup:
	VMULPS        (SI), Z23, Z2
	VCMPPS        $0x1e, Z30, Z2, K1
	VCMPPS        $0x1d, Z29, Z2, K2
	VCVTTPS2DQ    Z2, Z3
	VCVTDQ2PS     Z3, Z4
	VSUBPS        Z4, Z2, Z4
	VCMPPS        $0x1d, Z28, Z4, K3
	VCMPPS        $0x12, Z27, Z4, K4
	VPADDD        Z26, Z3, K3, Z3
	VPSUBD        Z26, Z3, K4, Z3
	VMOVDQA32     Z25, K2, Z3
	KNOTW         K1, K1
	VMOVDQA32     Z24, K1, Z3
	VPMOVDB       Z3, (R8)
	VEXTRACTI64X4 $1, Z3, Y5
	VPADDD        Y5, Y3, Y5
	VEXTRACTI128  $1, Y5, X6
	VPADDD        X6, X5, X5
	VPSHUFD       $0x4e, X5, X6
	VPADDD        X6, X5, X5
	VPSHUFD       $0xb1, X5, X6
	VPADDD        X6, X5, X5
	VMOVD         X5, (R9)
	ADDQ          $64, SI
	ADDQ          $16, R8
	ADDQ          $4, R9
	DECQ          DX
	JNZ           qkgroup
	ADDQ          $4, DI
	DECQ          CX
	JNZ           qkblock
	VZEROUPPER
	RET
