// Package bindings holds the abigen v2 Go bindings of the MiniDAO contracts,
// generated from forge's artifacts. Never edit bindings.go by hand: list the
// contract in contracts.txt and run `make bindings`. TestBindingsUpToDate fails
// when the contracts and the bindings drift apart.
package bindings

//go:generate node ../scripts/gen-bindings.mjs .
