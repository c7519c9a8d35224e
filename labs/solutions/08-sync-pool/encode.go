// Lab 08 solution: the buffer comes from a pool of *[]byte and goes back.
package encode

import (
	"io"
	"sync"
)

var buffers = sync.Pool{New: func() any {
	b := make([]byte, 0, 4096)
	return &b
}}

// Encode writes rec to w as a frame: a 4-byte big-endian length, the
// bytes of rec, and a 1-byte xor checksum of rec, in one Write call.
func Encode(w io.Writer, rec []byte) error {
	p := buffers.Get().(*[]byte)
	buf := (*p)[:0]
	n := len(rec)
	buf = append(buf, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	buf = append(buf, rec...)
	var sum byte
	for _, b := range rec {
		sum ^= b
	}
	buf = append(buf, sum)
	_, err := w.Write(buf)
	*p = buf
	buffers.Put(p)
	return err
}
