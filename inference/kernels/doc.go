// Package kernels holds the pure numeric kernels of the inference engine:
// dot products and matrix products over F32, F16, BF16, Q8_0, Q4_0, Q5_0, Q4_K
// and Q6_K weights, activation quantization, RMSNorm, RoPE, softmax, SiLU and
// the elementary functions they need (exp, log, sin, cos).
//
// Every kernel has one canonical result, fixed bit for bit: the order of every
// floating-point reduction is part of its definition (see Dot), no multiply is
// ever fused with an add (each product is rounded by an explicit conversion,
// as the Go specification allows), and exp, log, sin and cos are computed here
// rather than by the math package, whose results may differ between CPUs.
// Fast paths keep that canonical result, so the engine gives the same logits
// on every machine, whatever the thread count: assembly on amd64 at two
// levels, AVX2 (with F16C) and AVX-512 (F, BW, VL and VNNI: 4-row by 4-token
// tiles whose 16-lane registers hold exactly the canonical lanes), chosen at
// start from CPUID, with portable Go everywhere else. SLM_NOAVX512=1 or
// SLM_NOASM=1 in the environment caps the level (for tests and comparisons).
//
// Quantized weights (Q8_0, Q4_0, Q5_0) are multiplied with activations
// quantized to 8 bits per block of 32 (Q8Act), and the K-quants (Q4_K, Q6_K:
// kquant.go) with activations quantized per super-block of 256 (Q8KAct), as
// ggml does; the integer part of each block is exact, so only the float
// steps need a fixed order. Q8_0 matrices can also be rearranged once
// (Q8Tiles) into one aligned stream per four rows, which the AVX-512 VNNI
// kernels read with about a third of the instructions; the registers then
// hold the canonical lanes interleaved, put back in order before the sum.
//
// The package has no state and starts no goroutines; splitting work between
// threads is the caller's business (by rows, which never changes a result).
// The slow reference kernels live beside the tests that compare them with
// these, in reference_test.go.
package kernels
