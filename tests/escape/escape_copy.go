// errorcheck -0 -m -l

// copy: the source's contents flow to the heap when they hold pointers; the
// destination and a pointer-free source do not escape.

package escape

func copyInts(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func copyLocal() int {
	a := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	b := make([]int, 3) // ERROR "make\(\[\]int, 3\) does not escape$"
	copy(b, a)
	return b[0]
}

func copyLocalPtrs() int {
	x := 1 // ERROR "moved to heap: x$"
	a := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	b := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	copy(b, a)
	return *b[0]
}

func copyFromString(dst []byte, s string) int { // ERROR "dst does not escape$" "s does not escape$"
	return copy(dst, s)
}

func copyArrays() int {
	var a, b [8]int
	a[0] = 1
	copy(b[:], a[:])
	return b[0]
}
