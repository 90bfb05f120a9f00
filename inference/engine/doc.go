// Package engine is the inference engine's Go API for workers: load a GGUF
// model once (Open), then serve many generations (Generate), concurrently
// and each cancellable by its context. A generation tokenizes the prompt as
// the model's metadata says, prefills it in batches, decodes token by token
// with greedy or seeded sampling, stops on an end-of-generation token or
// the token limit, and returns the text with the sha256 of its bytes.
//
// The same (model, prompt, parameters, seed) gives the same tokens and the
// same hash on every machine: the model computes canonical logits (package
// model) and sampling uses only this package's PRNG and deterministic
// float32 arithmetic.
package engine
