// Lab 05, part 1: predict the verdicts (see README.md for the notation).
// An int64 is 8 bytes; gc keeps an implicit allocation (make, new, &T{})
// on the stack up to 64 KB when it does not escape.
package slices

func fixed() int {
	s := make([]int, 10)
	return len(s)
}

func variable(n int) int {
	s := make([]int, n)
	return len(s)
}

func atLimit() int64 {
	s := make([]int64, 8192)
	return s[0]
}

func pastLimit() int64 {
	s := make([]int64, 8193)
	return s[0]
}

func bytesAtLimit() byte {
	b := make([]byte, 65536)
	return b[0]
}

func bytesPastLimit() byte {
	b := make([]byte, 65537)
	return b[0]
}

func returned() []int {
	s := make([]int, 4)
	return s
}

func subslice() []int {
	a := [4]int{1, 2, 3, 4}
	return a[:2]
}
