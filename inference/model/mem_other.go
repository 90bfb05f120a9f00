//go:build !linux

package model

import "unsafe"

// movesWeights is false here: without releasePages a copy of the weights
// would double the resident set, so they are read from the file's mapping.
const movesWeights = false

// mapAnon returns n bytes of zeroed memory, 64-byte aligned (on the Go heap
// here; and releasePages does nothing, so a tiled Q8_0 model is resident
// twice at worst on these systems).
func mapAnon(n int) ([]byte, error) {
	b := make([]byte, n+64)
	off := (64 - int(uintptr(unsafe.Pointer(&b[0])))%64) % 64
	return b[off : off+n : off+n], nil
}

func unmapAnon([]byte) error { return nil }

func releasePages([]byte) {}
