package gguf

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

func TestF16ConversionRoundTripsEveryHalf(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f := F16ToF32(uint16(h))
		if f != f {
			if g := F32ToF16(f); g&0x7c00 != 0x7c00 || g&0x3ff == 0 {
				t.Fatalf("NaN %#04x came back as %#04x", h, g)
			}
			continue
		}
		if g := F32ToF16(f); g != uint16(h) {
			t.Fatalf("half %#04x -> %v -> %#04x", h, f, g)
		}
	}
}

func TestF32ToF16RoundsToNearestEven(t *testing.T) {
	cases := []struct {
		in   float32
		want uint16
	}{
		{1, 0x3c00},
		{1 + 1.0/2048, 0x3c00},                // halfway, even stays
		{1 + 3.0/2048, 0x3c02},                // halfway, odd rounds up
		{1 + 1.0/2048 + 1.0/65536, 0x3c01},    // above halfway
		{65504, 0x7bff},                       // max half
		{65520, 0x7c00},                       // rounds to Inf
		{float32(math.Ldexp(1, -24)), 0x0001}, // smallest subnormal
		{float32(math.Ldexp(1, -25)), 0x0000}, // halfway to zero: even
		{float32(math.Ldexp(3, -26)), 0x0001}, // above halfway
		{-2, 0xc000},
	}
	for _, c := range cases {
		if got := F32ToF16(c.in); got != c.want {
			t.Errorf("F32ToF16(%g) = %#04x, want %#04x", c.in, got, c.want)
		}
	}
	if got := F32ToBF16(1 + 1.0/256); got != 0x3f80 {
		t.Errorf("F32ToBF16 halfway = %#04x, want even 0x3f80", got)
	}
	if got := F32ToBF16(1 + 3.0/256); got != 0x3f82 {
		t.Errorf("F32ToBF16 halfway odd = %#04x, want 0x3f82", got)
	}
}

// The references below index the quantized layouts element by element, a
// different formulation from the row-wise loops of ggml that Dequantize
// follows, so that a slip in either shows up.

func refQ4K(b []byte, i int) float32 {
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	dmin := F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	chunk, r := i/64, i%64
	sub := 2*chunk + r/32
	q := b[16+32*chunk+r%32]
	nib := q & 0xF
	if r >= 32 {
		nib = q >> 4
	}
	var sc, m uint8
	s := b[4:16]
	if sub < 4 {
		sc, m = s[sub]&63, s[sub+4]&63
	} else {
		sc = s[sub+4]&0xF | s[sub-4]>>6<<4
		m = s[sub+4]>>4 | s[sub]>>6<<4
	}
	return float32(d*float32(sc)*float32(nib)) - dmin*float32(m)
}

func refQ6K(b []byte, i int) float32 {
	half, r := i/128, i%128
	quarter, l := r/32, r%32
	lo := b[64*half+l+32*(quarter&1)]
	if quarter >= 2 {
		lo >>= 4
	}
	hi := b[128+32*half+l] >> (2 * quarter) & 3
	q := int32(lo&0xF|hi<<4) - 32
	sc := int8(b[192+8*half+l/16+2*quarter])
	d := F16ToF32(binary.LittleEndian.Uint16(b[208:]))
	return d * float32(sc) * float32(q)
}

func refQ5K(b []byte, i int) float32 {
	d := F16ToF32(binary.LittleEndian.Uint16(b))
	dmin := F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	chunk, r := i/64, i%64
	hi := r / 32
	q := b[48+32*chunk+r%32]
	if hi == 1 {
		q >>= 4
	}
	q &= 0xF
	q += 16 * (b[16+r%32] >> (2*chunk + hi) & 1)
	sc, m := ScaleMinK4(2*chunk+hi, b[4:16])
	return float32(d*float32(sc)*float32(q)) - dmin*float32(m)
}

// ref5 returns the 5-bit value of element i of a Q5_0/Q5_1 block whose
// high bits start at qhOff.
func ref5(b []byte, i, qhOff int) uint8 {
	q := b[qhOff+4+i%16]
	if i >= 16 {
		q >>= 4
	}
	return q&0xF | uint8(binary.LittleEndian.Uint32(b[qhOff:])>>i&1)<<4
}

func refQ5_0(b []byte, i int) float32 {
	return float32(int32(ref5(b, i, 2))-16) * F16ToF32(binary.LittleEndian.Uint16(b))
}

func refQ5_1(b []byte, i int) float32 {
	d, m := F16ToF32(binary.LittleEndian.Uint16(b)), F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	return float32(float32(ref5(b, i, 4))*d) + m
}

func refQ4_1(b []byte, i int) float32 {
	d, m := F16ToF32(binary.LittleEndian.Uint16(b)), F16ToF32(binary.LittleEndian.Uint16(b[2:]))
	q := b[4+i%16]
	if i >= 16 {
		q >>= 4
	}
	return float32(float32(q&0xF)*d) + m
}

func TestDequantizationMatchesElementwiseReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		for _, c := range []struct {
			typ Type
			ref func([]byte, int) float32
		}{{TypeQ4_K, refQ4K}, {TypeQ5_K, refQ5K}, {TypeQ6_K, refQ6K}, {TypeQ4_1, refQ4_1}, {TypeQ5_0, refQ5_0}, {TypeQ5_1, refQ5_1}} {
			b := make([]byte, c.typ.BlockBytes())
			for i := range b {
				b[i] = byte(r.Uint32())
			}
			// Keep the f16 scales finite.
			switch c.typ {
			case TypeQ6_K:
				binary.LittleEndian.PutUint16(b[208:], F32ToF16(float32(r.NormFloat64())))
			case TypeQ5_0:
				binary.LittleEndian.PutUint16(b, F32ToF16(float32(r.NormFloat64())))
			default:
				binary.LittleEndian.PutUint16(b, F32ToF16(float32(r.NormFloat64())))
				binary.LittleEndian.PutUint16(b[2:], F32ToF16(float32(r.NormFloat64())))
			}
			y := make([]float32, c.typ.BlockSize())
			if err := Dequantize(c.typ, b, y); err != nil {
				t.Fatal(err)
			}
			for i := range y {
				if want := c.ref(b, i); math.Float32bits(y[i]) != math.Float32bits(want) {
					t.Fatalf("%v element %d = %v, want %v", c.typ, i, y[i], want)
				}
			}
		}
	}
}

func TestSmallQuantKnownValues(t *testing.T) {
	// Q8_0 with d = 0.5: x = 0.5*q.
	b := make([]byte, BlockBytesQ8_0)
	binary.LittleEndian.PutUint16(b, F32ToF16(0.5))
	b[2], b[3], b[33] = 4, 0xff, 0x80
	y := make([]float32, 32)
	if err := Dequantize(TypeQ8_0, b, y); err != nil {
		t.Fatal(err)
	}
	if y[0] != 2 || y[1] != -0.5 || y[31] != -64 || y[2] != 0 {
		t.Fatalf("Q8_0 = %v", y)
	}
	// Q4_0 with d = 2: low nibbles are elements 0..15, high nibbles 16..31, minus 8.
	b = make([]byte, BlockBytesQ4_0)
	binary.LittleEndian.PutUint16(b, F32ToF16(2))
	b[2] = 0xF0 // element 0: 0-8 = -8, element 16: 15-8 = 7
	if err := Dequantize(TypeQ4_0, b, y); err != nil {
		t.Fatal(err)
	}
	if y[0] != -16 || y[16] != 14 || y[1] != -16 {
		t.Fatalf("Q4_0 = %v", y)
	}
}

func TestBlockViewsAliasTheBytes(t *testing.T) {
	x := randFloats(rand.New(rand.NewPCG(5, 6)), 512, 1)
	for _, typ := range []Type{TypeQ8_0, TypeQ4_0, TypeQ4_K, TypeQ6_K} {
		data, _ := Quantize(typ, x, nil)
		var d uint16
		switch typ {
		case TypeQ8_0:
			bl, err := BlocksQ8_0(data)
			if err != nil || len(bl) != 16 {
				t.Fatal(len(bl), err)
			}
			d = bl[1].D
			if bl[1].Qs[3] != int8(data[34+2+3]) {
				t.Fatal("Q8_0 Qs mismatch")
			}
			data = data[34:]
		case TypeQ4_0:
			bl, err := BlocksQ4_0(data)
			if err != nil || len(bl) != 16 {
				t.Fatal(len(bl), err)
			}
			d = bl[1].D
			data = data[18:]
		case TypeQ4_K:
			bl, err := BlocksQ4_K(data)
			if err != nil || len(bl) != 2 {
				t.Fatal(len(bl), err)
			}
			d = bl[1].D
			if bl[1].Scales[5] != data[144+4+5] || bl[1].Qs[7] != data[144+16+7] {
				t.Fatal("Q4_K fields mismatch")
			}
			data = data[144:]
		case TypeQ6_K:
			bl, err := BlocksQ6_K(data)
			if err != nil || len(bl) != 2 {
				t.Fatal(len(bl), err)
			}
			if bl[1].Qh[9] != data[210+128+9] || bl[1].Scales[15] != int8(data[210+207]) {
				t.Fatal("Q6_K fields mismatch")
			}
			d = bl[1].D
			data = data[210+208:]
		}
		if d != binary.LittleEndian.Uint16(data) {
			t.Fatalf("%v: block 1 scale %#x, bytes say %#x", typ, d, binary.LittleEndian.Uint16(data))
		}
	}
	if _, err := BlocksQ8_0(make([]byte, 35)); err == nil {
		t.Fatal("35 bytes accepted as Q8_0 blocks")
	}
}

func TestDequantizeRejectsBadSizes(t *testing.T) {
	y := make([]float32, 32)
	if err := Dequantize(TypeQ8_0, make([]byte, 33), y); err == nil {
		t.Error("short Q8_0 accepted")
	}
	if err := Dequantize(TypeQ4_K, make([]byte, 18), y); err == nil {
		t.Error("32 elements of Q4_K accepted")
	}
	if err := Dequantize(TypeQ2_K, make([]byte, 84), make([]float32, 256)); err == nil {
		t.Error("Q2_K claimed supported")
	}
}
