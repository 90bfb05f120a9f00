package model

import (
	"os"
	"unsafe"

	"github.com/minidao/minidao/inference/gguf"
)

// moveWeights copies the matrices of w that are still read from the file's
// mapping (all but the Q8_0 tiles) into one anonymous mapping on huge pages
// (mapAnon), releasing the file's pages chunk by chunk behind the copy so
// that the resident set does not grow, and returns the mapping (nil when
// there is nothing to move or movesWeights is false). The values are the
// file's bytes: results do not change. Decode streams every weight once per
// token, and on 4 KiB pages it is bound by TLB misses rather than memory
// bandwidth.
func moveWeights(w *Weights) ([]byte, error) {
	if !movesWeights {
		return nil, nil
	}
	mats, tied := w.matrices(func(m *Matrix) bool { return m.tiles == nil && len(m.Data) > 0 })
	if len(mats) == 0 {
		return nil, nil
	}
	buf, slots, err := mapMatrices(mats, "the weights")
	if err != nil {
		return nil, err
	}
	for i, m := range mats {
		dst := slots[i]
		copyReleasing(dst, m.Data)
		m.Data = dst
		p := unsafe.Pointer(unsafe.SliceData(dst))
		switch m.Type {
		case gguf.TypeF32:
			m.f32 = unsafe.Slice((*float32)(p), m.Rows*m.Cols)
		case gguf.TypeF16, gguf.TypeBF16:
			m.u16 = unsafe.Slice((*uint16)(p), m.Rows*m.Cols)
		}
	}
	if tied {
		w.Output = w.TokenEmbd
	}
	return buf, nil
}

// copyReleasing copies src into dst in chunks of tileChunk, releasing the
// whole pages of src (a read-only file mapping) it has read.
func copyReleasing(dst, src []byte) {
	page := os.Getpagesize()
	base := uintptr(unsafe.Pointer(unsafe.SliceData(src)))
	released := int((base+uintptr(page)-1)&^uintptr(page-1) - base) // offset of the first whole page
	for lo := 0; lo < len(src); lo += tileChunk {
		hi := min(lo+tileChunk, len(src))
		copy(dst[lo:hi], src[lo:hi])
		end := int((base+uintptr(hi))&^uintptr(page-1) - base) // whole pages read so far
		if end > released {
			releasePages(src[released:end])
			released = end
		}
	}
}
