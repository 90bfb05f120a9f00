package gguf

import (
	"fmt"
	"math"
)

// Value is one metadata value: a scalar, a string or an array. Arrays of
// scalars and strings are held as typed Go slices ([]uint32, []string, ...);
// arrays of arrays as []Value.
type Value struct {
	// Type is the value's type tag.
	Type ValueType
	// Elem is the element type when Type is ValueArray.
	Elem ValueType
	v    any
}

// KV is one metadata entry, in file order.
type KV struct {
	Key   string
	Value Value
}

// Any returns the value as a Go value: uint8, int8, uint16, int16, uint32,
// int32, float32, bool, string, uint64, int64, float64, or for arrays a slice
// of those ([]string, []float32, ...) or []Value for nested arrays.
func (v Value) Any() any { return v.v }

// Len returns the number of elements of an array value, 0 otherwise.
func (v Value) Len() int {
	switch a := v.v.(type) {
	case []uint8:
		return len(a)
	case []int8:
		return len(a)
	case []uint16:
		return len(a)
	case []int16:
		return len(a)
	case []uint32:
		return len(a)
	case []int32:
		return len(a)
	case []float32:
		return len(a)
	case []bool:
		return len(a)
	case []string:
		return len(a)
	case []uint64:
		return len(a)
	case []int64:
		return len(a)
	case []float64:
		return len(a)
	case []Value:
		return len(a)
	}
	return 0
}

// String formats the value for people (arrays are abbreviated).
func (v Value) String() string {
	switch x := v.v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []string:
		if len(x) > 4 {
			return fmt.Sprintf("[%q %q %q ... (%d strings)]", x[0], x[1], x[2], len(x))
		}
		return fmt.Sprintf("%q", x)
	}
	if v.Type == ValueArray {
		if n := v.Len(); n > 8 {
			return fmt.Sprintf("[%v array of %d]", v.Elem, n)
		}
	}
	return fmt.Sprint(v.v)
}

// Uint returns an unsigned or non-negative signed integer value as uint64.
func (v Value) Uint() (uint64, bool) {
	switch x := v.v.(type) {
	case uint8:
		return uint64(x), true
	case uint16:
		return uint64(x), true
	case uint32:
		return uint64(x), true
	case uint64:
		return x, true
	case int8:
		return uint64(x), x >= 0
	case int16:
		return uint64(x), x >= 0
	case int32:
		return uint64(x), x >= 0
	case int64:
		return uint64(x), x >= 0
	}
	return 0, false
}

// Int returns an integer value as int64 (a uint64 above MaxInt64 fails).
func (v Value) Int() (int64, bool) {
	switch x := v.v.(type) {
	case int8:
		return int64(x), true
	case int16:
		return int64(x), true
	case int32:
		return int64(x), true
	case int64:
		return x, true
	case uint8:
		return int64(x), true
	case uint16:
		return int64(x), true
	case uint32:
		return int64(x), true
	case uint64:
		return int64(x), x <= math.MaxInt64
	}
	return 0, false
}

// Float returns a float value as float64.
func (v Value) Float() (float64, bool) {
	switch x := v.v.(type) {
	case float32:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// check reports whether the value's Go type matches its type tag (a zero
// Value, or one whose fields were set by hand, does not).
func (v Value) check() error {
	if v.Type == ValueArray {
		a, err := Array(v.v)
		if err != nil {
			return err
		}
		if a.Elem != v.Elem {
			return fmt.Errorf("array of %v tagged as array of %v", a.Elem, v.Elem)
		}
		return nil
	}
	var ok bool
	switch v.Type {
	case ValueUint8:
		_, ok = v.v.(uint8)
	case ValueInt8:
		_, ok = v.v.(int8)
	case ValueUint16:
		_, ok = v.v.(uint16)
	case ValueInt16:
		_, ok = v.v.(int16)
	case ValueUint32:
		_, ok = v.v.(uint32)
	case ValueInt32:
		_, ok = v.v.(int32)
	case ValueFloat32:
		_, ok = v.v.(float32)
	case ValueBool:
		_, ok = v.v.(bool)
	case ValueString:
		_, ok = v.v.(string)
	case ValueUint64:
		_, ok = v.v.(uint64)
	case ValueInt64:
		_, ok = v.v.(int64)
	case ValueFloat64:
		_, ok = v.v.(float64)
	}
	if !ok {
		return fmt.Errorf("a %v value holding %T", v.Type, v.v)
	}
	return nil
}

// Value constructors, for the Writer.

// Uint8 returns a ValueUint8 value.
func Uint8(x uint8) Value { return Value{Type: ValueUint8, v: x} }

// Int8 returns a ValueInt8 value.
func Int8(x int8) Value { return Value{Type: ValueInt8, v: x} }

// Uint16 returns a ValueUint16 value.
func Uint16(x uint16) Value { return Value{Type: ValueUint16, v: x} }

// Int16 returns a ValueInt16 value.
func Int16(x int16) Value { return Value{Type: ValueInt16, v: x} }

// Uint32 returns a ValueUint32 value.
func Uint32(x uint32) Value { return Value{Type: ValueUint32, v: x} }

// Int32 returns a ValueInt32 value.
func Int32(x int32) Value { return Value{Type: ValueInt32, v: x} }

// Float32 returns a ValueFloat32 value.
func Float32(x float32) Value { return Value{Type: ValueFloat32, v: x} }

// Bool returns a ValueBool value.
func Bool(x bool) Value { return Value{Type: ValueBool, v: x} }

// String returns a ValueString value.
func String(x string) Value { return Value{Type: ValueString, v: x} }

// Uint64 returns a ValueUint64 value.
func Uint64(x uint64) Value { return Value{Type: ValueUint64, v: x} }

// Int64 returns a ValueInt64 value.
func Int64(x int64) Value { return Value{Type: ValueInt64, v: x} }

// Float64 returns a ValueFloat64 value.
func Float64(x float64) Value { return Value{Type: ValueFloat64, v: x} }

// Array returns an array value from a slice of a supported element type:
// []uint8, []int8, []uint16, []int16, []uint32, []int32, []float32, []bool,
// []string, []uint64, []int64, []float64, or []Value (an array of arrays,
// whose elements must all be arrays). It returns an error for anything else.
func Array(slice any) (Value, error) {
	var elem ValueType
	switch a := slice.(type) {
	case []uint8:
		elem = ValueUint8
	case []int8:
		elem = ValueInt8
	case []uint16:
		elem = ValueUint16
	case []int16:
		elem = ValueInt16
	case []uint32:
		elem = ValueUint32
	case []int32:
		elem = ValueInt32
	case []float32:
		elem = ValueFloat32
	case []bool:
		elem = ValueBool
	case []string:
		elem = ValueString
	case []uint64:
		elem = ValueUint64
	case []int64:
		elem = ValueInt64
	case []float64:
		elem = ValueFloat64
	case []Value:
		elem = ValueArray
		for i, e := range a {
			if e.Type != ValueArray {
				return Value{}, fmt.Errorf("gguf: array of arrays: element %d is a %v", i, e.Type)
			}
		}
	default:
		return Value{}, fmt.Errorf("gguf: unsupported array element type %T", slice)
	}
	return Value{Type: ValueArray, Elem: elem, v: slice}, nil
}

// Strings returns a string array value.
func Strings(x []string) Value { return Value{Type: ValueArray, Elem: ValueString, v: x} }

// Float32s returns a float32 array value.
func Float32s(x []float32) Value { return Value{Type: ValueArray, Elem: ValueFloat32, v: x} }

// Int32s returns an int32 array value.
func Int32s(x []int32) Value { return Value{Type: ValueArray, Elem: ValueInt32, v: x} }
