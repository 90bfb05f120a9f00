// Package settings is the configuration layering shared by the relayer and
// the oracle: one struct whose fields carry a yaml tag (the key in the YAML
// file, the flag name with - for _, and, upper-cased after a prefix, the
// environment variable) and a help tag; read from an optional YAML file, then
// the environment, then command-line flags, each later source overriding the
// earlier. Unknown YAML keys and malformed values are errors naming the
// setting and its source.
package settings

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"
)

// Duration is a time.Duration written as "30s" in YAML, flags and env.
type Duration time.Duration

// D is the duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// UnmarshalYAML reads "30s".
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration like 30s", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// Load fills the struct c points to: the YAML file named by --config (or the
// environment variable envPrefix+"CONFIG"), then envPrefix+KEY variables,
// then the flags in args. name is the flag set's name (the program's). A
// field's type is string, uint64, int, []string (comma-separated outside
// YAML) or Duration. getenv is os.Getenv in production. Load does not check
// the values: that is the caller's Check.
func Load(c any, name, envPrefix string, args []string, getenv func(string) string, stderr io.Writer) error {
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("settings: Load wants a pointer to a struct, not %T", c)
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("config", getenv(envPrefix+"CONFIG"), "YAML configuration file (env "+envPrefix+"CONFIG)")
	keys := map[string]bool{}
	eachField(v, func(key, help string, _ reflect.Value) {
		keys[key] = true
		fs.String(strings.ReplaceAll(key, "_", "-"), "", help+" (env "+envPrefix+strings.ToUpper(key)+")")
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (settings are flags, like --rpc-url)", fs.Arg(0))
	}
	if *file != "" {
		b, err := os.ReadFile(*file)
		if err != nil {
			return fmt.Errorf("config file: %w", err)
		}
		d := yaml.NewDecoder(strings.NewReader(string(b)))
		d.KnownFields(true)
		if err := d.Decode(c); err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("config file %s: %w", *file, err)
		}
	}
	var errs []error
	eachField(v, func(key, _ string, f reflect.Value) {
		env := envPrefix + strings.ToUpper(key)
		if s := getenv(env); s != "" {
			if err := set(f, s); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", env, err))
			}
		}
	})
	fs.Visit(func(fl *flag.Flag) {
		key := strings.ReplaceAll(fl.Name, "-", "_")
		if !keys[key] {
			return
		}
		eachField(v, func(k, _ string, f reflect.Value) {
			if k == key {
				if err := set(f, fl.Value.String()); err != nil {
					errs = append(errs, fmt.Errorf("--%s: %w", fl.Name, err))
				}
			}
		})
	})
	return errors.Join(errs...)
}

func eachField(p reflect.Value, f func(key, help string, v reflect.Value)) {
	v := p.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if key := t.Field(i).Tag.Get("yaml"); key != "" && key != "-" {
			f(key, t.Field(i).Tag.Get("help"), v.Field(i))
		}
	}
}

func set(v reflect.Value, s string) error {
	switch v.Interface().(type) {
	case Duration:
		d, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("%q is not a duration like 30s", s)
		}
		v.Set(reflect.ValueOf(Duration(d)))
		return nil
	case []string:
		var out []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		v.Set(reflect.ValueOf(out))
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a non-negative integer", s)
		}
		v.SetUint(n)
	case reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Errorf("%q is not an integer", s)
		}
		v.SetInt(int64(n))
	default:
		return fmt.Errorf("unsupported setting type %s", v.Type())
	}
	return nil
}

// IsAddress reports whether s is 0x and 40 hex digits.
func IsAddress(s string) bool {
	return strings.HasPrefix(s, "0x") && len(s) == 42 && common.IsHexAddress(s)
}

// OneOf reports whether s is one of set.
func OneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// Redact hides a URL's credentials and path (providers put keys there), for
// messages about a bad URL.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "<unparsable URL>"
	}
	return u.Scheme + "://" + u.Host + "/..."
}
