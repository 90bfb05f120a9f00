package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/minidao/minidao/deploy/keys"
)

// envPrefix names the environment variable of each flag: --max-concurrent
// is MINIDAO_WORKER_MAX_CONCURRENT. A flag on the command line wins.
const envPrefix = "MINIDAO_WORKER_"

func envName(flagName string) string {
	return envPrefix + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// newFlagSet makes a flag set whose usage lists each flag's variable.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: worker %s %s\n\nflags (each also read from the environment variable shown):\n", name, synopsis)
		fs.VisitAll(func(f *flag.Flag) {
			kind, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(stderr, "  --%s %s  [$%s]\n    \t%s", f.Name, kind, envName(f.Name), usage)
			if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "-1" {
				fmt.Fprintf(stderr, " (default %s)", f.DefValue)
			}
			fmt.Fprintln(stderr)
		})
	}
	return fs
}

// parse parses args, then fills every flag not given from its environment
// variable, if set.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		v, ok := os.LookupEnv(envName(f.Name))
		if given[f.Name] || !ok || err != nil {
			return
		}
		if e := fs.Set(f.Name, v); e != nil {
			err = fmt.Errorf("$%s: %v", envName(f.Name), e)
		}
	})
	return err
}

// keyFlags registers the flags of one signing key: --<role>-keystore,
// --<role>-password-file, --<role>-key-env and --<role>-dev-account (role
// "" gives the worker's own --keystore and friends).
func keyFlags(fs *flag.FlagSet, s *keys.Source, role, what string) {
	p := ""
	if role != "" {
		p = role + "-"
	}
	fs.StringVar(&s.Keystore, p+"keystore", "", "keystore `file` of the "+what)
	fs.StringVar(&s.PasswordFile, p+"password-file", "", "`file` holding the keystore password (else $MINIDAO_KEYSTORE_PASSWORD)")
	fs.StringVar(&s.Env, p+"key-env", "", "name of an environment `variable` holding the "+what+" as hex")
	fs.IntVar(&s.DevAccount, p+"dev-account", -1, "anvil development account `n` as the "+what+" (devnets only)")
}

// parseOrUsage parses; a bad command line is a usageError (-h is not).
func parseOrUsage(fs *flag.FlagSet, args []string) error {
	if err := parse(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}
