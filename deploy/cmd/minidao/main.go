// Command minidao deploys and runs MiniDAOs: the shared protocol contracts,
// DAOs from a declarative spec, local devnets, and their status.
//
//	minidao deploy protocol [--rpc URL] [key flags] [--dry-run]
//	minidao deploy dao --spec dao.yaml [--rpc URL] [key flags] [--json] [--dry-run]
//	minidao status [--rpc URL] [--json]
//	minidao devnet [--embedded] [--port 8545] [--state DIR] [--spec examples/dao.yaml]
//	minidao up [--port 8545] [--model FILE.gguf] [--redis-url URL]
//	minidao help
//
// Key flags: --keystore FILE [--password-file FILE], --key-env VAR or
// --dev-account N (local devnets only). Every flag has a MINIDAO_ variable.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, out, errOut io.Writer) error
}

var commands = map[string]command{
	"devnet": {"start a local chain with the protocol and the example DAO deployed (anvil, or in-process with --embedded)", runDevnet},
	"deploy": {"deploy the protocol (deploy protocol) or a DAO from a spec (deploy dao --spec FILE)", runDeploy},
	"status": {"print the protocol and every DAO with its models, read from the chain", runStatus},
	"up":     {"the whole system on this machine: chain, Redis, protocol, DAO, workers, relayer, oracle and a first request", runUp},
}

// errUsage marks errors that are the caller's: exit code 2.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, out, errOut io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(out)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(errOut, "minidao: unknown command %q\n\n", args[0])
		usage(errOut)
		return 2
	}
	err := cmd.run(ctx, args[1:], out, errOut)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(errOut, "minidao %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(errOut, "minidao %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "minidao deploys and runs MiniDAOs.\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'minidao COMMAND --help' for a command's flags.")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, errOut io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("minidao "+name, flag.ContinueOnError)
	fs.SetOutput(errOut)
	return fs
}

// parse parses flags and turns a parse error into a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return nil
}

// envOr returns $name, or def when unset: every flag has a MINIDAO_ variable.
func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

func itoa(i int) string { return fmt.Sprint(i) }
