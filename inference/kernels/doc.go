// Package kernels holds the pure numeric kernels of the inference engine:
// dot products and matrix products over F32, F16, BF16, Q8_0 and Q4_0 weights,
// activation quantization, RMSNorm, RoPE, softmax, SiLU and the elementary
// functions they need (exp, log, sin, cos).
//
// Every kernel has one canonical result, fixed bit for bit: the order of every
// floating-point reduction is part of its definition (see Dot), no multiply is
// ever fused with an add (each product is rounded by an explicit conversion,
// as the Go specification allows), and exp, log, sin and cos are computed here
// rather than by the math package, whose results may differ between CPUs.
// Fast paths (assembly on amd64 with AVX2) keep that canonical result, so the
// engine gives the same logits on every machine, whatever the thread count.
//
// The package has no state and starts no goroutines; splitting work between
// threads is the caller's business (by rows, which never changes a result).
// The slow reference kernels live beside the tests that compare them with
// these, in reference_test.go.
package kernels
