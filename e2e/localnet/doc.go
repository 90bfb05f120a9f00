// Package localnet runs the whole MiniDAO system on one machine: it builds
// the real binaries (worker, relayer, oracle, slm), makes a seeded
// random-weight model, deploys the protocol, a DAO and the example dApp on a
// local chain, registers attested workers, and runs workers, relayer and
// oracle as child processes on 127.0.0.1 with their logs in one folder.
//
// The e2e suite and `minidao up` both stand on it. It is for local devnets
// only: its keys are anvil's public development keys and keys derived from
// fixed strings, and it moves anvil's clock (evm_increaseTime) to run
// governance. It does not start the chain or Redis: callers do (devchain,
// redistest or a redis-server process), so that each can choose how.
package localnet
