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
// Errors are JSON {"error": "...", "code": "..."} with a 4xx status for the
// caller's mistakes and 5xx for the worker's own faults (see codes.go).
//
// Concurrency: at most MaxConcurrent jobs run at once and at most MaxQueue
// more wait for a slot; a job beyond that is refused at once with 429 (code
// "busy"), so a relayer can send it to another worker instead of waiting
// blindly. A waiting or running job stops when its caller goes away (the
// request's context reaches the engine) or when its on-chain deadline passes.
//
// It is not the engine (package engine runs the model) nor the attestation
// scheme (package attest); it does not talk to the chain: cmd/worker does
// that for `worker register`.
package worker
