package gguf

import (
	"fmt"
	"math"
)

// Lookup returns the value of a metadata key.
func (f *File) Lookup(key string) (Value, bool) {
	i, ok := f.kvIndex[key]
	if !ok {
		return Value{}, false
	}
	return f.Metadata[i].Value, true
}

// Has reports whether a metadata key is present.
func (f *File) Has(key string) bool { _, ok := f.kvIndex[key]; return ok }

func (f *File) get(key string) (Value, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return Value{}, fmt.Errorf("%w: %s", ErrKeyNotFound, key)
	}
	return v, nil
}

func mismatch(key string, v Value, want string) error {
	if v.Type == ValueArray {
		return fmt.Errorf("%w: %s is an array of %v, want %s", ErrTypeMismatch, key, v.Elem, want)
	}
	return fmt.Errorf("%w: %s is a %v, want %s", ErrTypeMismatch, key, v.Type, want)
}

// String returns a string value.
func (f *File) String(key string) (string, error) {
	v, err := f.get(key)
	if err != nil {
		return "", err
	}
	s, ok := v.v.(string)
	if !ok {
		return "", mismatch(key, v, "string")
	}
	return s, nil
}

// Uint returns a non-negative integer value of any integer type as uint64.
func (f *File) Uint(key string) (uint64, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	x, ok := v.Uint()
	if !ok {
		return 0, mismatch(key, v, "a non-negative integer")
	}
	return x, nil
}

// Int returns an integer value of any integer type as int64.
func (f *File) Int(key string) (int64, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	x, ok := v.Int()
	if !ok {
		return 0, mismatch(key, v, "an integer")
	}
	return x, nil
}

// Uint32 returns an integer value that fits in uint32 (any integer type).
func (f *File) Uint32(key string) (uint32, error) {
	x, err := f.Uint(key)
	if err != nil {
		return 0, err
	}
	if x > math.MaxUint32 {
		return 0, fmt.Errorf("%w: %s = %d does not fit in 32 bits", ErrTypeMismatch, key, x)
	}
	return uint32(x), nil
}

// Float returns a float32 or float64 value as float64.
func (f *File) Float(key string) (float64, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	x, ok := v.Float()
	if !ok {
		return 0, mismatch(key, v, "a float")
	}
	return x, nil
}

// Float32 returns a float32 value (a float64 value is converted).
func (f *File) Float32(key string) (float32, error) {
	x, err := f.Float(key)
	return float32(x), err
}

// Bool returns a bool value.
func (f *File) Bool(key string) (bool, error) {
	v, err := f.get(key)
	if err != nil {
		return false, err
	}
	b, ok := v.v.(bool)
	if !ok {
		return false, mismatch(key, v, "bool")
	}
	return b, nil
}

// Strings returns a string array value (not a copy: do not modify).
func (f *File) Strings(key string) ([]string, error) {
	v, err := f.get(key)
	if err != nil {
		return nil, err
	}
	a, ok := v.v.([]string)
	if !ok {
		return nil, mismatch(key, v, "an array of strings")
	}
	return a, nil
}

// Float32s returns a float32 array value (not a copy: do not modify).
func (f *File) Float32s(key string) ([]float32, error) {
	v, err := f.get(key)
	if err != nil {
		return nil, err
	}
	a, ok := v.v.([]float32)
	if !ok {
		return nil, mismatch(key, v, "an array of float32")
	}
	return a, nil
}

// Int32s returns an integer array value of any integer element type as
// []int32 (a copy), failing if an element does not fit.
func (f *File) Int32s(key string) ([]int32, error) {
	v, err := f.get(key)
	if err != nil {
		return nil, err
	}
	if v.Type != ValueArray {
		return nil, mismatch(key, v, "an array of integers")
	}
	out := make([]int32, 0, v.Len())
	switch a := v.v.(type) {
	case []int32:
		return append(out, a...), nil
	case []uint8:
		for _, x := range a {
			out = append(out, int32(x))
		}
	case []int8:
		for _, x := range a {
			out = append(out, int32(x))
		}
	case []uint16:
		for _, x := range a {
			out = append(out, int32(x))
		}
	case []int16:
		for _, x := range a {
			out = append(out, int32(x))
		}
	case []uint32:
		for i, x := range a {
			if x > math.MaxInt32 {
				return nil, fmt.Errorf("%w: %s[%d] = %d does not fit in int32", ErrTypeMismatch, key, i, x)
			}
			out = append(out, int32(x))
		}
	case []int64:
		for i, x := range a {
			if x < math.MinInt32 || x > math.MaxInt32 {
				return nil, fmt.Errorf("%w: %s[%d] = %d does not fit in int32", ErrTypeMismatch, key, i, x)
			}
			out = append(out, int32(x))
		}
	case []uint64:
		for i, x := range a {
			if x > math.MaxInt32 {
				return nil, fmt.Errorf("%w: %s[%d] = %d does not fit in int32", ErrTypeMismatch, key, i, x)
			}
			out = append(out, int32(x))
		}
	default:
		return nil, mismatch(key, v, "an array of integers")
	}
	return out, nil
}

// UintOr is Uint with a default for an absent key (a present key of the
// wrong type is still an error).
func (f *File) UintOr(key string, def uint64) (uint64, error) {
	if !f.Has(key) {
		return def, nil
	}
	return f.Uint(key)
}

// FloatOr is Float with a default for an absent key.
func (f *File) FloatOr(key string, def float64) (float64, error) {
	if !f.Has(key) {
		return def, nil
	}
	return f.Float(key)
}

// BoolOr is Bool with a default for an absent key.
func (f *File) BoolOr(key string, def bool) (bool, error) {
	if !f.Has(key) {
		return def, nil
	}
	return f.Bool(key)
}

// StringOr is String with a default for an absent key.
func (f *File) StringOr(key string, def string) (string, error) {
	if !f.Has(key) {
		return def, nil
	}
	return f.String(key)
}

// Architecture returns general.architecture ("llama", "qwen2", ...).
func (f *File) Architecture() (string, error) { return f.String("general.architecture") }

// ArchKey returns the metadata key "<general.architecture>.<suffix>", e.g.
// ArchKey("context_length") = "llama.context_length".
func (f *File) ArchKey(suffix string) (string, error) {
	arch, err := f.Architecture()
	if err != nil {
		return "", err
	}
	return arch + "." + suffix, nil
}
