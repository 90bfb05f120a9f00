//go:build linux

package model

import "syscall"

// mapAnon returns n bytes of zeroed memory outside the Go heap, page
// aligned; unmapAnon gives it back.
func mapAnon(n int) ([]byte, error) {
	return syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
}

func unmapAnon(b []byte) error { return syscall.Munmap(b) }

// releasePages drops the pages of b (page aligned, in a read-only file
// mapping) from the resident set. It is only advice: errors are ignored.
func releasePages(b []byte) {
	if len(b) > 0 {
		_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
	}
}
