// Command worker is MiniDAO's attested inference worker.
//
//	worker serve    [flags]   serve the models in --models over HTTP (package worker)
//	worker register [flags]   countersign this worker's attestation records with the
//	                          (software, devnet) attestation authority, stake and register
//	                          the worker on the WorkerRegistry (with --rpc), and write the
//	                          records file that serve hands out in attestation reports
//
// Every flag can also be given as an environment variable: --max-concurrent
// is $MINIDAO_WORKER_MAX_CONCURRENT (`worker serve -h` lists them). main only
// wires: configuration (Config.Check gives the exact problem), the service's
// Start/Stop lifecycle, and a graceful shutdown on SIGINT or SIGTERM (readyz
// turns 503, running jobs get --shutdown-timeout to finish). Errors go to
// stderr with exit status 1, usage errors with 2. Logs are JSON (log/slog)
// on stderr; no key material is ever logged.
//
// Running a worker on a devnet:
//
//	slm info model.gguf                       # prints the file's weightsHash (sha256)
//	cat > models.json <<EOF
//	[{"modelId": "1", "version": 1, "weightsHash": "0x…", "path": "model.gguf", "maxTokens": 256,
//	  "sampling": {"temperature": 0}}]
//	EOF
//	export WORKER_KEY=0x…                     # or --keystore FILE (password: --password-file
//	                                          # or $MINIDAO_KEYSTORE_PASSWORD)
//	worker register --rpc http://127.0.0.1:8545 --registry 0x… --models models.json \
//	    --records records.json --key-env WORKER_KEY --authority-dev-account 0 --operator-dev-account 1
//	worker serve --models models.json --records records.json --key-env WORKER_KEY \
//	    --signed-log signed.log --chain-id 31337 --coordinator 0x… --max-concurrent 2 --max-queue 8
//
// With --rpc and --model-registry (both commands), each model's weightsHash
// is read from the chain's ModelRegistry (the models file may leave it out;
// one that differs is refused), its maxTokens capped at the version's, and a
// version whose approved runtime is not this binary is reported.
//
// serve refuses to start when a file's sha256 is not its weightsHash. The
// runtime measurement in the reports is the sha256 of the worker binary
// itself, so register and serve must be the same file: after an upgrade,
// run register again (it re-attests on chain).
//
// The sampling settings of a model version belong in models.json, the same
// on every worker that serves the version; the per-job seed comes from the
// request (uint64(keccak256(abi.encode(requestId))), as the contract
// derives it), so workers agree on every output bit for bit.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// usageError is a bad command line: exit status 2.
type usageError struct{ error }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	var err error
	switch args[0] {
	case "serve":
		err = runServe(ctx, args[1:], stderr)
	case "register":
		err = runRegister(ctx, args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "worker: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "worker %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(stderr, "worker %s: %v\n", args[0], err)
		return 1
	}
}

const usage = `usage: worker <command> [flags]

commands:
  serve     serve the models in --models over HTTP: POST /v1/jobs, GET /v1/attestation,
            /livez, /readyz, /metrics
  register  countersign this worker's attestation records with the attestation authority,
            write them to --records, and stake and register the worker on the WorkerRegistry

Run "worker <command> -h" for the flags of a command.
`

// newLogger returns a JSON logger at level ("debug", "info", "warn", "error").
func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", level)
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l})), nil
}
