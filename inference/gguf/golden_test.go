package gguf

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"testing"
)

// TestQuantizeBytesArePinned pins the sha256 of each type's encoding of a
// fixed input, so that a change of rounding (an FMA fused by the compiler on
// arm64, a different float-to-half conversion) shows up on any platform the
// tests run on, including the arm64 run under qemu.
func TestQuantizeBytesArePinned(t *testing.T) {
	x := randFloats(rand.New(rand.NewPCG(11, 12)), 4096, 2)
	want := pinnedQuantHashes
	for _, typ := range []Type{TypeF32, TypeF16, TypeBF16, TypeQ8_0, TypeQ4_0, TypeQ4_1, TypeQ5_0, TypeQ5_1, TypeQ4_K, TypeQ5_K, TypeQ6_K} {
		b, err := Quantize(typ, x, nil)
		if err != nil {
			t.Fatal(err)
		}
		y := make([]float32, len(x))
		if err := Dequantize(typ, b, y); err != nil {
			t.Fatal(err)
		}
		yb, _ := Quantize(TypeF32, y, nil)
		sum := sha256.Sum256(append(b, yb...))
		if got := hex.EncodeToString(sum[:8]); got != want[typ] {
			t.Errorf("%v: encoding+decoding hash %s, pinned %s", typ, got, want[typ])
		}
	}
}

var pinnedQuantHashes = map[Type]string{
	TypeF32:  "b1ee7ecd66c6af77",
	TypeF16:  "d97c71bd8b383120",
	TypeBF16: "8362fe86e7ca78f9",
	TypeQ8_0: "29a399813b5ed0c6",
	TypeQ4_0: "d205d99c7f432ece",
	TypeQ4_1: "7c0befc29e819820",
	TypeQ5_0: "ceadcf3fdf065fef",
	TypeQ5_1: "27357269e05905cf",
	TypeQ4_K: "21fd2929907b455d",
	TypeQ5_K: "9dcba1d03d40306b",
	TypeQ6_K: "ac6d39c507acab45",
}
