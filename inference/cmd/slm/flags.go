package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlagSet returns a FlagSet that reports errors instead of exiting, with a
// usage line.
func newFlagSet(name, usage string, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet("slm "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: slm %s %s\n\nflags:\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; -h is not an error, other mistakes are usage
// errors. It returns errHelp after printing help.
func parseFlags(fs *flag.FlagSet, args []string, e *env) error {
	fs.SetOutput(io.Discard) // parse errors are reported once, by main
	err := fs.Parse(args)
	fs.SetOutput(e.stderr)
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return errHelp
	}
	if err != nil {
		return usageErrorf("%v", err)
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// errHelp means help was printed: main exits 0.
var errHelp = errors.New("help requested")

// requireFlag returns a usage error if a string flag is empty.
func requireFlag(value, name string) error {
	if value == "" {
		return usageErrorf("-%s is required", name)
	}
	return nil
}
