// Lab 05, part 1: predict the verdicts (see README.md for the notation).
// An int64 is 8 bytes; gc keeps an implicit allocation (make, new, &T{})
// on the stack up to 64 KB when it does not escape.
package slices

func fixed() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func variable(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func atLimit() int64 {
	s := make([]int64, 8192) // ERROR "make\(\[\]int64, 8192\) does not escape$"
	return s[0]
}

func pastLimit() int64 {
	s := make([]int64, 8193) // ERROR "make\(\[\]int64, 8193\) escapes to heap$"
	return s[0]
}

func bytesAtLimit() byte {
	b := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	return b[0]
}

func bytesPastLimit() byte {
	b := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return b[0]
}

func returned() []int {
	s := make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
	return s
}

func subslice() []int {
	a := [4]int{1, 2, 3, 4} // ERROR "moved to heap: a$"
	return a[:2]
}
