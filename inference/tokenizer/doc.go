// Package tokenizer turns text into token ids and back the way llama.cpp
// does, from the vocabulary stored in a GGUF file's metadata (a
// vocabulary-only GGUF is enough).
//
// Two models are supported, named by tokenizer.ggml.model:
//
//   - "llama": SentencePiece-style BPE driven by token scores, with byte
//     fallback (<0xNN> tokens) and the leading-space rule (a space is
//     prepended to the text, then spaces become U+2581).
//   - "gpt2": byte-level BPE driven by tokenizer.ggml.merges, after a
//     pre-tokenizer named by tokenizer.ggml.pre splits the text into words.
//     Go's regexp has no lookahead, so each pre-tokenizer's regular
//     expressions are implemented by hand, following llama.cpp's unicode.cpp.
//
// Special-token text (such as "<s>" or "<|im_end|>") is only recognised when
// asked (Encode's parseSpecial); user-defined tokens always are, as in
// llama.cpp. BOS/EOS are added only when asked (Encode's addSpecial) and as
// tokenizer.ggml.add_bos_token / add_eos_token say.
//
// Decoding is byte-exact; a Decoder streams text token by token without ever
// emitting a partial UTF-8 sequence. The package does not apply chat
// templates, and does not clean up spaces around punctuation on decode
// (llama.cpp's clean_spaces), which would break the encode/decode round trip.
package tokenizer
