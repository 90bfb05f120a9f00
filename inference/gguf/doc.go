// Package gguf reads and writes GGUF files, the model format of ggml and
// llama.cpp (versions 2 and 3).
//
// A File is opened with Open, which memory-maps the whole file read-only
// (syscall.Mmap): tensor data is never copied to the Go heap, and the byte
// slices returned by File.TensorData alias the mapping, so they are valid only
// until File.Close. Metadata values (including the tokenizer's vocabulary
// arrays) are decoded eagerly into Go values; typed getters (File.String,
// File.Uint, File.Float, ...) return ErrKeyNotFound or ErrTypeMismatch wrapped
// with the key.
//
// Tensor shapes use GGUF's order: Shape[0] is the number of elements in one
// contiguous row (ggml's ne[0]), Shape[1] the number of rows, and so on.
// Quantized types store rows as sequences of blocks; Type.BlockSize and
// Type.BlockBytes give their geometry, the Block… types give their raw
// layouts (for quantized dot-product kernels), and Dequantize turns any
// supported type into float32: F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1,
// Q4_K, Q5_K and Q6_K (the types of llama.cpp's Q4_K_M and Q5_K_M files,
// including the Q5_0/Q8_0 fallbacks it uses when a row is not a multiple of
// 256). Quantize is the inverse, for writing test models.
//
// Bad input never panics: a truncated or corrupt file returns an error that
// wraps ErrTruncated, ErrCorrupt, ErrBadMagic, ErrUnsupportedVersion or
// ErrUnsupportedType, with the offset or the name of what was being read.
//
// The package does not interpret the model: architectures, hyper-parameters
// and vocabularies are read from the metadata by the model and tokenizer
// packages.
package gguf
