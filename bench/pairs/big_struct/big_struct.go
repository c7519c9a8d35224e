// Seed 003: a 1 KB struct passed and returned by pointer vs by value.
// Passing a pointer to a local that does not escape costs nothing; passing
// the value copies 1 KB. Returning &b moves b to the heap; returning the
// value copies it into the caller's frame.
package big_struct

type big struct {
	buf [1024]byte
}

//go:noinline
func sumByPointer(b *big) int {
	return int(b.buf[0]) + int(b.buf[511]) + int(b.buf[1023])
}

//go:noinline
func sumByValue(b big) int {
	return int(b.buf[0]) + int(b.buf[511]) + int(b.buf[1023])
}

//go:noinline
func retPtr(k byte) *big {
	b := big{}
	b.buf[0] = k
	return &b
}

//go:noinline
func retVal(k byte) big {
	b := big{}
	b.buf[0] = k
	return b
}
