package kernels

import (
	"encoding/binary"
	"math"
	"unsafe"
)

// Q8Tiles is a Q8_0 matrix rearranged for the AVX-512 VNNI kernels, which
// read it as one aligned stream per four rows instead of four streams of
// 34-byte blocks (whose scales and values straddle vector loads).
//
// A tile is four rows; in a tile, each pair of blocks (64 columns) of each
// row is 64 bytes, the weights plus 128 as unsigned bytes in lane order:
// lane i (four bytes) holds values 4⌊i/2⌋..4⌊i/2⌋+3 of the pair's block i
// mod 2, so the products of one VNNI instruction fall into lanes that are
// the canonical lanes (8·(b mod 2) + l, see DotQ8_0) interleaved, and each
// lane's scale is one of two values. The f16 block scales are kept apart,
// eight per pair (row by row, even block then odd). Products keep the
// canonical result; only the kernels' loads change.
type Q8Tiles struct {
	Rows, Cols int
	q          []byte   // [Rows/4][Cols/64][4][64] weights+128, lanes interleaved
	d          []uint16 // [Rows/4][Cols/64][4][2] f16 block scales
}

const (
	// TileRows is the number of rows of a Q8Tiles tile.
	TileRows = 4
	// tilePair is the size of one token's pair of blocks in Q8Act's tiled
	// packing: 64 int8 values and 16 int32 corrections in lane order, then
	// the two block scales repeated four times (8 float32).
	tilePair = 64 + 64 + 32
)

// CanTileQ8_0 reports whether a rows×cols Q8_0 matrix can be used as
// Q8Tiles: on CPUs with the AVX-512 kernels, for whole tiles and pairs.
func CanTileQ8_0(rows, cols int) bool {
	return level >= levelAVX512 && rows > 0 && rows%TileRows == 0 && cols > 0 && cols%(2*QK) == 0
}

// NewQ8Tiles lays out a rows×cols Q8Tiles in buf, which must hold as many
// bytes as the Q8_0 tensor (rows·cols/32·34) and start 64-byte aligned;
// Fill then copies the rows in.
func NewQ8Tiles(buf []byte, rows, cols int) Q8Tiles {
	nq := rows * cols
	d := buf[nq : nq+rows*cols/QK*2]
	return Q8Tiles{Rows: rows, Cols: cols, q: buf[:nq:nq],
		d: unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(d))), len(d)/2)}
}

// Fill copies rows [r0, r1) (whole tiles) from src, those rows of the Q8_0
// tensor.
func (w *Q8Tiles) Fill(src []byte, r0, r1 int) {
	if r0 >= r1 {
		return
	}
	np := w.Cols / (2 * QK)
	rowBytes := w.Cols / QK * BlockQ8_0
	_ = src[(r1-r0)*rowBytes-1]
	for r := r0; r < r1; r++ {
		row := src[(r-r0)*rowBytes : (r-r0+1)*rowBytes]
		g, k := r/TileRows, r%TileRows
		for p := 0; p < np; p++ {
			dst := w.q[((g*np+p)*TileRows+k)*64:][:64]
			for i := 0; i < 16; i++ {
				v := binary.LittleEndian.Uint32(row[(2*p+i%2)*BlockQ8_0+2+4*(i/2):])
				binary.LittleEndian.PutUint32(dst[4*i:], v^0x80808080)
			}
			ds := w.d[((g*np+p)*TileRows+k)*2:]
			ds[0] = binary.LittleEndian.Uint16(row[2*p*BlockQ8_0:])
			ds[1] = binary.LittleEndian.Uint16(row[(2*p+1)*BlockQ8_0:])
		}
	}
}

// Row dequantizes row r into dst (Cols values), as DequantizeQ8_0 does.
func (w *Q8Tiles) Row(dst []float32, r int) {
	np := w.Cols / (2 * QK)
	g, k := r/TileRows, r%TileRows
	for p := 0; p < np; p++ {
		src := w.q[((g*np+p)*TileRows+k)*64:][:64]
		ds := w.d[((g*np+p)*TileRows+k)*2:]
		for b := 0; b < 2; b++ {
			dw := f16Table[ds[b]]
			out := dst[(2*p+b)*QK:][:QK]
			for v := range out {
				out[v] = dw * float32(int8(src[4*(2*(v/4)+b)+v%4]^0x80))
			}
		}
	}
}

// MatMul sets out[t*ldo+r-r0] to DotQ8_0(row r, token t of x) for rows
// [r0, r1) (whole tiles) and every token of x, which must have been sized
// by ResizeTiles.
func (w *Q8Tiles) MatMul(out []float32, ldo int, x *Q8Act, r0, r1 int) {
	if r0 >= r1 || x.ntok == 0 {
		return
	}
	np := w.Cols / (2 * QK)
	ntok := x.ntok
	tokBytes := np * tilePair
	if x.cols != w.Cols || len(x.tiles) < ntok*tokBytes || r0%TileRows != 0 || r1%TileRows != 0 {
		panic("kernels: Q8Tiles.MatMul with activations not sized by ResizeTiles, or rows not in whole tiles")
	}
	_ = out[(ntok-1)*ldo+r1-r0-1]
	_, _ = w.q[r1*w.Cols-1], w.d[r1*w.Cols/QK-1]
	if ntok == 1 {
		w.matVec(out, x, r0, r1)
		return
	}
	for r := r0; r < r1; r += TileRows {
		q, d := &w.q[r*w.Cols], &w.d[r*w.Cols/QK]
		t := 0
		for ; t+4 <= ntok; t += 4 {
			q8Tile4x4AVX512(q, d, &x.tiles[t*tokBytes], tokBytes, np, &out[t*ldo+r-r0], ldo)
		}
		for ; t < ntok; t++ {
			q8Tile4x1AVX512(q, d, &x.tiles[t*tokBytes], np, &out[t*ldo+r-r0])
		}
	}
}

// matVec is MatMul for one token. It takes the tiles of the two halves of
// the range in turn: two streams from memory keep more reads in flight than
// one (about 5% less CPU per decoded token; three or four streams measured
// no better).
func (w *Q8Tiles) matVec(out []float32, x *Q8Act, r0, r1 int) {
	np := w.Cols / (2 * QK)
	ntiles := (r1 - r0) / TileRows
	half := (ntiles + 1) / 2
	for i := 0; i < half; i++ {
		for _, g := range [2]int{i, half + i} {
			if g < ntiles {
				r := r0 + g*TileRows
				q8Tile4x1AVX512(&w.q[r*w.Cols], &w.d[r*w.Cols/QK], &x.tiles[0], np, &out[r-r0])
			}
		}
	}
}

// packTiles lays out quantized blocks (scales d, values q) for the tile
// kernels: per pair of blocks, the values in lane order, the lanes'
// corrections −128·Σq (for weights stored plus 128), and the two scales
// repeated four times.
func packTiles(dst []byte, d []float32, q []int8) {
	np := len(d) / 2
	if np == 0 {
		return
	}
	_, _ = dst[np*tilePair-1], q[np*2*QK-1]
	if level >= levelAVX512 {
		packTilesAVX512(&d[0], &q[0], np, &dst[0])
		return
	}
	packTilesGo(dst, d, q)
}

func packTilesGo(dst []byte, d []float32, q []int8) {
	for p := 0; p < len(d)/2; p++ {
		out := dst[p*tilePair : (p+1)*tilePair]
		qs := q[p*2*QK : (p+1)*2*QK]
		for i := 0; i < 16; i++ {
			src := qs[(i%2)*QK+4*(i/2):][:4]
			var s int32
			for j, v := range src {
				out[4*i+j] = byte(v)
				s += int32(v)
			}
			binary.LittleEndian.PutUint32(out[64+4*i:], uint32(-128*s))
		}
		for k := 0; k < 4; k++ {
			binary.LittleEndian.PutUint32(out[128+8*k:], math.Float32bits(d[2*p]))
			binary.LittleEndian.PutUint32(out[132+8*k:], math.Float32bits(d[2*p+1]))
		}
	}
}
