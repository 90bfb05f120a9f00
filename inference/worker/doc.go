// Package worker is the attested inference worker's service: it serves the
// model versions it was configured with (each GGUF file checked against its
// on-chain weightsHash before it is opened), runs inference jobs through the
// engine and signs each result with the worker's key as the
// InferenceCoordinator expects (EIP-712 over requestId, modelVersion and
// keccak256 of the output), and answers attestation challenges with an
// attest.Report carrying the authority-countersigned records written by
// `worker register`.
//
// The HTTP API (Handler, gin) is a thin layer over Service:
//
//	POST /v1/jobs                run a job; body: Job; answer: Result
//	GET  /v1/attestation?nonce=  the attestation report for a 32-byte hex nonce
//	GET  /livez /readyz          liveness; readiness (models loaded, not draining)
//	GET  /metrics                Prometheus metrics
//
// A job is one InferenceRequested event. Byte strings are 0x-hex as in
// Ethereum JSON-RPC (the prompt is the event's bytes, hex-encoded, not
// base64), big integers JSON numbers or decimal strings:
//
//	{"requestId": "0x…32 bytes", "modelId": "1", "modelVersion": 1, "prompt": "0x48656c6c6f",
//	 "maxTokens": 64, "seed": "1234…", "deadline": 1767225600, "chainId": "31337",
//	 "coordinator": "0x…"}
//
// seed may be left out: it is always uint64(keccak256(abi.encode(requestId))),
// and one that is not is refused. The answer is a Result: output (0x-hex),
// outputHash = keccak256(output), and signature, the worker's EIP-712
// InferenceResult signature over (requestId, modelVersion, outputHash) in the
// coordinator's domain, with token counts and timings. The worker never signs
// two outputs for one request (that is slashable): a second job with the same
// request id and a different outcome is refused with 409, also after a
// restart when Config.SignedLog names a file.
//
// Errors are JSON {"error": "...", "code": "..."} with a 4xx status for the
// caller's mistakes and 5xx for the worker's own faults (see codes.go):
// 400 bad_request, 404 unknown_model, 409 conflict, 413 body_too_large,
// 422 deadline_passed or wrong_domain, 429 busy, 499 canceled (the caller
// left), 503 not_ready, 504 timeout, 500 internal.
//
// Concurrency: at most MaxConcurrent jobs run at once and at most MaxQueue
// more wait for a slot; a job beyond that is refused at once with 429 (code
// "busy"), so a relayer can send it to another worker instead of waiting
// blindly. A waiting or running job stops when its caller goes away (the
// request's context reaches the engine) or when its on-chain deadline (or
// the worker's job timeout) passes; the caller is answered by then even if
// the engine overruns, whose slot stays taken until it returns.
//
// Models (ModelSpec, from a JSON models file) are verified before they are
// opened: the file's sha256 must be the version's weightsHash, given in the
// file or read from the chain's ModelRegistry (Reconcile).
//
// It is not the engine (package engine runs the model) nor the attestation
// scheme (package attest); it does not talk to the chain: cmd/worker does
// (`worker register`, and the ModelRegistry look-ups behind Reconcile).
package worker
