// Command slm is the inference engine's command-line tool: it inspects GGUF
// files, tokenizes text, writes random test models, and runs models.
//
//	slm <command> [flags]
//
// main only wires: each subcommand lives in its own file (tokenize.go,
// info.go, mkmodel.go, ...) and adds itself to the command table from an
// init function:
//
//	func init() {
//		register(command{name: "generate", summary: "...", run: runGenerate})
//	}
//
// A command parses its flags with newFlagSet and parseFlags, writes to the
// env's stdout and stderr, and returns an error: main prints it and exits
// with status 1, or 2 for a usage error (usageErrorf). Progress lines
// (progress.go: newProgress, preload) appear only when stderr is a terminal.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand.
type command struct {
	name    string
	summary string // one line for the command list
	// run executes the command with its arguments (after the command name).
	run func(args []string, env *env) error
}

// env is what a command may touch of the outside world.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// stderrTTY is true when stderr is a terminal: progress is shown only then.
	stderrTTY bool
}

var commands = map[string]command{}

// register adds a subcommand; called from the init function of its file.
func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("slm: command registered twice: " + c.name) // a programming error, at start-up
	}
	commands[c.name] = c
}

// usageError is a bad command line: main exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrTTY: isTerminal(os.Stderr)}
	os.Exit(run(os.Args[1:], e))
}

// run dispatches to a subcommand and returns the exit status.
func run(args []string, e *env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "slm: unknown command %q\n\n", args[0])
		printUsage(e.stderr)
		return 2
	}
	err := c.run(args[1:], e)
	if err == nil || errors.Is(err, errHelp) {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(e.stderr, "slm %s: %v (see slm %s -h)\n", c.name, err, c.name)
		return 2
	}
	fmt.Fprintf(e.stderr, "slm %s: %v\n", c.name, err)
	return 1
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: slm <command> [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nslm <command> -h shows the flags of a command.")
}
