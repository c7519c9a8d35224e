// Lab 08: reuse the encoding buffer across calls with a sync.Pool.
package encode

import "io"

// Encode writes rec to w as a frame: a 4-byte big-endian length, the
// bytes of rec, and a 1-byte xor checksum of rec, in one Write call.
func Encode(w io.Writer, rec []byte) error {
	buf := make([]byte, 0, 4096)
	n := len(rec)
	buf = append(buf, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	buf = append(buf, rec...)
	var sum byte
	for _, b := range rec {
		sum ^= b
	}
	buf = append(buf, sum)
	_, err := w.Write(buf)
	return err
}
