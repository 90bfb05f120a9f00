// Package e2e is MiniDAO's end-to-end suite: against anvil, a real
// redis-server and the real worker, relayer and oracle binaries running the
// real engine on a small seeded random-weight model, it checks the whole
// flow from a dApp's request to its settlement on chain (see e2e_test.go),
// and that the system recovers from faults under load with every request
// settled exactly once, as the coordinator's events and records show
// (load_test.go, reorg_test.go).
//
// The system is started by package localnet. When a Docker engine is
// reachable the chain (anvil, ghcr.io/foundry-rs/foundry) and Redis run as
// containers; otherwise the suite says so in one line and runs them as local
// processes. `go test ./e2e/...` runs the default suite (a few minutes);
// -e2e.soak (or MINIDAO_E2E_SOAK=1) adds the 1,000-request load run and the
// 5,000-request soak with faults injected periodically, and raises the
// faults run to 500 requests. Process logs are written under the test's
// temporary folder and printed when a test fails.
package e2e
