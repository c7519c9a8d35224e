// Lab 05 solution, part 2: a constant-size array on the stack, sliced to n.
package slices

// Checksum returns the sum of the first n bytes of data, each xored with
// its position, where n is at most 64 (callers guarantee it).
func Checksum(data []byte, n int) int {
	var storage [64]byte
	buf := storage[:n]
	copy(buf, data)
	sum := 0
	for i, b := range buf {
		sum += int(b ^ byte(i))
	}
	return sum
}
