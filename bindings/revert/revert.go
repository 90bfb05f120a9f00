// Package revert turns the revert data of a failed call or transaction into a
// readable Go error: the custom error's name and its arguments, looked up in
// the ABIs of every bound contract (bindings.All), or the Error(string) and
// Panic(uint256) of plain Solidity reverts.
//
// It does not retry or classify failures; callers branch with errors.As on
// *Error and compare Name.
package revert

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/minidao/minidao/bindings"
)

// Error is a decoded revert.
type Error struct {
	Name string // the custom error's name, "Error" or "Panic"; "" when unknown
	Args []Arg  // in declaration order
	Sig  string // e.g. "CoordinatorDeadlinePassed(bytes32,uint64)"
	Data []byte // the raw revert data
	err  error  // the transport error it came from, if any
}

// Arg is one argument of a custom error (named arg0, arg1… when unnamed).
type Arg struct {
	Name  string
	Value any
}

// Arg returns the value of the named argument, or nil.
func (e *Error) Arg(name string) any {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

func (e *Error) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("execution reverted with unknown data 0x%x", e.Data)
	}
	if e.Name == "Error" {
		return fmt.Sprintf("execution reverted: %v", e.Arg("message"))
	}
	parts := make([]string, 0, len(e.Args))
	for _, a := range e.Args {
		parts = append(parts, a.Name+"="+format(a.Value))
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

// Unwrap gives the transport error the revert was read from.
func (e *Error) Unwrap() error { return e.err }

var (
	once   sync.Once
	byID   map[[4]byte]abi.Error
	initEr error
)

func index() (map[[4]byte]abi.Error, error) {
	once.Do(func() {
		byID = map[[4]byte]abi.Error{}
		for name, md := range bindings.All {
			parsed, err := md.ParseABI()
			if err != nil {
				initEr = fmt.Errorf("revert: parse ABI of %s: %w", name, err)
				return
			}
			for _, e := range parsed.Errors {
				var id [4]byte
				copy(id[:], e.ID[:4])
				byID[id] = e
			}
		}
	})
	return byID, initEr
}

var (
	errorStringID = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicID       = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// Decode decodes revert data. It never fails: unknown data gives an *Error
// with an empty Name.
func Decode(data []byte) *Error {
	e := &Error{Data: data}
	if len(data) < 4 {
		return e
	}
	var id [4]byte
	copy(id[:], data[:4])
	switch id {
	case errorStringID:
		if msg, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Sig, e.Args = "Error", "Error(string)", []Arg{{"message", msg}}
		}
		return e
	case panicID:
		if len(data) == 36 {
			e.Name, e.Sig = "Panic", "Panic(uint256)"
			e.Args = []Arg{{"code", new(big.Int).SetBytes(data[4:])}}
		}
		return e
	}
	idx, err := index()
	if err != nil {
		return e
	}
	abiErr, ok := idx[id]
	if !ok {
		return e
	}
	vals, err := abiErr.Inputs.Unpack(data[4:])
	if err != nil {
		return e
	}
	e.Name, e.Sig = abiErr.Name, abiErr.Sig
	for i, in := range abiErr.Inputs {
		n := in.Name
		if n == "" {
			n = fmt.Sprintf("arg%d", i)
		}
		e.Args = append(e.Args, Arg{n, vals[i]})
	}
	return e
}

// dataError is what go-ethereum's RPC client returns for reverts.
type dataError interface {
	Error() string
	ErrorData() any
}

// Wrap returns err with its revert decoded when it carries revert data (as
// eth_call and eth_estimateGas errors do); otherwise err unchanged.
func Wrap(err error) error {
	var de dataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return err
		}
		data = b
	case []byte:
		data = d
	default:
		return err
	}
	e := Decode(data)
	e.err = err
	return e
}

func format(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	case common.Address:
		return x.Hex()
	default:
		return fmt.Sprint(x)
	}
}
