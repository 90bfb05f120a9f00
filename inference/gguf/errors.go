package gguf

import "errors"

// Sentinel errors. Errors returned by this package wrap one of these with
// context (the offset, key or tensor name); test with errors.Is.
var (
	// ErrBadMagic: the file does not start with "GGUF".
	ErrBadMagic = errors.New("gguf: not a GGUF file (bad magic)")
	// ErrUnsupportedVersion: a GGUF version other than 2 or 3, or a
	// big-endian file.
	ErrUnsupportedVersion = errors.New("gguf: unsupported GGUF version")
	// ErrTruncated: the file ends before what its header announces.
	ErrTruncated = errors.New("gguf: file is truncated")
	// ErrCorrupt: a structurally invalid file (bad value type, bad
	// alignment, overlapping or out-of-range tensor data, duplicate names...).
	ErrCorrupt = errors.New("gguf: file is corrupt")
	// ErrUnsupportedType: a tensor type this package cannot read or decode.
	ErrUnsupportedType = errors.New("gguf: unsupported tensor type")
	// ErrKeyNotFound: a metadata key is absent.
	ErrKeyNotFound = errors.New("gguf: metadata key not found")
	// ErrTypeMismatch: a metadata value has another type than asked for.
	ErrTypeMismatch = errors.New("gguf: metadata value has the wrong type")
	// ErrTensorNotFound: no tensor has that name.
	ErrTensorNotFound = errors.New("gguf: tensor not found")
	// ErrClosed: the File was closed.
	ErrClosed = errors.New("gguf: file is closed")
)
