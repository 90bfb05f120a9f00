// Package model runs decoder-only transformer language models stored in GGUF
// files: the `llama` architecture (Llama 2/3, TinyLlama, SmolLM/SmolLM2) and
// `qwen2`. It reads the hyper-parameters from the metadata (Config), uses the
// weights in place in the file's memory mapping (Weights: nothing is copied
// but the small norm and bias vectors — and, on CPUs with the AVX-512
// kernels, Q8_0 matrices, rearranged once into kernels.Q8Tiles while the
// file's pages are released, so the resident set stays the file's size),
// and computes logits for a batch of tokens at a time with a KV cache
// (State), its parallel regions run by a small pool of threads per State.
//
// Results are bit-for-bit reproducible: every number is a canonical kernel
// result (package kernels), work is split between threads by output rows
// only, and each token of a batch is computed exactly as it would be alone,
// so prefill batch size and thread count never change a logit.
//
// It knows nothing of tokenizers or sampling (packages tokenizer and engine).
package model
