//go:build !unix

package gguf

import (
	"errors"
	"os"
)

var errNoMmap = errors.New("memory-mapping is only implemented on unix systems")

func mmapFile(*os.File, int64) ([]byte, error) { return nil, errNoMmap }

func munmap([]byte) error { return nil }
