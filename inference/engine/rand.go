package engine

// Rand is the sampler's pseudo-random generator: xoshiro256** seeded with
// splitmix64, as published by Blackman and Vigna. Its sequence for a seed is
// part of the engine's output contract, so it is implemented here rather than
// taken from math/rand (whose generators may change between Go versions).
type Rand struct{ s [4]uint64 }

// NewRand returns a generator seeded with seed.
func NewRand(seed uint64) *Rand {
	r := &Rand{}
	for i := range r.s {
		seed += 0x9e3779b97f4a7c15
		z := seed
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		r.s[i] = z ^ z>>31
	}
	return r
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

// Uint64 returns the next 64 random bits.
func (r *Rand) Uint64() uint64 {
	s := &r.s
	out := rotl(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = rotl(s[3], 45)
	return out
}

// Float32 returns a uniform value in [0, 1), a multiple of 2^-24.
func (r *Rand) Float32() float32 { return float32(r.Uint64()>>40) / (1 << 24) }
