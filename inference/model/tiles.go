package model

import (
	"fmt"
	"os"
	"unsafe"

	"github.com/minidao/minidao/inference/gguf"
	"github.com/minidao/minidao/inference/kernels"
)

// tileChunk is about how many bytes of a tensor are rearranged before the
// file's pages behind them are released: the resident set never grows by
// more than this over the file's size.
const tileChunk = 1 << 20

// tileQ8_0 rearranges the Q8_0 matrices of w that the AVX-512 kernels can
// take (kernels.CanTileQ8_0) into kernels.Q8Tiles, all in one anonymous
// mapping that it returns (nil if none was tiled; the caller unmaps it when
// done with w). The tiled copy replaces the file's bytes in the resident
// set: chunk by chunk, the file pages read are released (they stay in the
// page cache, and a later read of Data maps them again).
func tileQ8_0(w *Weights) ([]byte, error) {
	mats, tied := w.matrices(func(m *Matrix) bool {
		return m.Type == gguf.TypeQ8_0 && kernels.CanTileQ8_0(m.Rows, m.Cols)
	})
	if len(mats) == 0 {
		return nil, nil
	}
	buf, slots, err := mapMatrices(mats, "the Q8_0 tiles")
	if err != nil {
		return nil, err
	}
	for i, m := range mats {
		t := kernels.NewQ8Tiles(slots[i], m.Rows, m.Cols)
		fillTiles(&t, m.Data, m.rowBytes())
		m.tiles = &t
	}
	if tied {
		w.Output = w.TokenEmbd
	}
	return buf, nil
}

// mapMatrices maps one anonymous region (mapAnon) with a 64-byte aligned
// slot per matrix, each len(m.Data) bytes; what names it in an error.
func mapMatrices(mats []*Matrix, what string) (buf []byte, slots [][]byte, err error) {
	total := 0
	for _, m := range mats {
		total += (len(m.Data) + 63) &^ 63
	}
	if buf, err = mapAnon(total); err != nil {
		return nil, nil, fmt.Errorf("model: memory for %s (%d bytes): %w", what, total, err)
	}
	off := 0
	for _, m := range mats {
		slots = append(slots, buf[off:off+len(m.Data):off+len(m.Data)])
		off += (len(m.Data) + 63) &^ 63
	}
	return buf, slots, nil
}

// matrices lists the weight matrices that keep says yes to, the token
// embedding first and the output only when it is not the embedding itself
// (tied: then the caller sets Output again from TokenEmbd once it changed).
func (w *Weights) matrices(keep func(*Matrix) bool) (mats []*Matrix, tied bool) {
	add := func(m *Matrix) {
		if keep(m) {
			mats = append(mats, m)
		}
	}
	add(&w.TokenEmbd)
	tied = unsafe.SliceData(w.Output.Data) == unsafe.SliceData(w.TokenEmbd.Data)
	if !tied {
		add(&w.Output)
	}
	for i := range w.Layers {
		ly := &w.Layers[i]
		for _, m := range []*Matrix{&ly.Wq, &ly.Wk, &ly.Wv, &ly.Wo, &ly.Gate, &ly.Up, &ly.Down} {
			add(m)
		}
	}
	return mats, tied
}

// fillTiles copies src (the rows of t, rowBytes each) into t in chunks,
// releasing the pages of src it has read.
func fillTiles(t *kernels.Q8Tiles, src []byte, rowBytes int) {
	page := os.Getpagesize()
	base := uintptr(unsafe.Pointer(unsafe.SliceData(src)))
	released := int((base+uintptr(page)-1)&^uintptr(page-1) - base) // offset of the first whole page
	step := max(kernels.TileRows, tileChunk/rowBytes&^(kernels.TileRows-1))
	for r := 0; r < t.Rows; r += step {
		r1 := min(r+step, t.Rows)
		t.Fill(src[r*rowBytes:r1*rowBytes], r, r1)
		end := int((base+uintptr(r1*rowBytes))&^uintptr(page-1) - base) // whole pages read so far
		if end > released {
			releasePages(src[released:end])
			released = end
		}
	}
}
