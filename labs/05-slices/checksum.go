// Lab 05, part 2: make Checksum allocate zero times.
package slices

// Checksum returns the sum of the first n bytes of data, each xored with
// its position, where n is at most 64 (callers guarantee it).
func Checksum(data []byte, n int) int {
	buf := make([]byte, n)
	copy(buf, data)
	sum := 0
	for i, b := range buf {
		sum += int(b ^ byte(i))
	}
	return sum
}
