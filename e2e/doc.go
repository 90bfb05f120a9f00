// Package e2e is MiniDAO's end-to-end suite: against anvil, a real
// redis-server and the real worker, relayer and oracle binaries running the
// real engine on a small seeded random-weight model, it checks the whole
// flow from a dApp's request to its settlement on chain (see e2e_test.go).
//
// The system is started by package localnet. `go test ./e2e/...` runs the
// default suite (a few minutes); -e2e.soak adds the load run. Process logs
// are written under the test's temporary folder and printed when a test
// fails.
package e2e
