// errorcheck -0 -m -l

// make: a constant-size slice that does not escape lives on the stack;
// a non-constant size always goes to the heap (Go 1.19), escaping or not.

package escape

var gs []int

const N = 16

func makeConst() int {
	s := make([]int, N) // ERROR "make\(\[\]int, N\) does not escape$"
	return len(s)
}

func makeConstExpr() int {
	s := make([]int, N*2, N*4) // ERROR "make\(\[\]int, N \* 2, N \* 4\) does not escape$"
	return cap(s)
}

func makeLenCapVar(n int) int {
	s := make([]int, 4, n) // ERROR "make\(\[\]int, 4, n\) escapes to heap$"
	return cap(s)
}

func makeZero() int {
	s := make([]int, 0) // ERROR "make\(\[\]int, 0\) does not escape$"
	return len(s)
}

func makeEscapesGlobal() {
	gs = make([]int, N) // ERROR "make\(\[\]int, N\) escapes to heap$"
}

func makeReturned(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func makeStructs() int {
	type P struct{ x, y int }
	s := make([]P, 10) // ERROR "make\(\[\]P, 10\) does not escape$"
	return s[9].y
}

func makeStrings() int {
	s := make([]string, 3) // ERROR "make\(\[\]string, 3\) does not escape$"
	s[0] = "a"
	return len(s[0])
}

func makeBytesFromLen(s string) []byte { // ERROR "s does not escape$"
	b := make([]byte, len(s)) // ERROR "make\(\[\]byte, len\(s\)\) escapes to heap$"
	copy(b, s)
	return b
}

func makeLocalVarLen() int {
	n := 10
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeOfPtrsStored() int {
	x := 1 // ERROR "moved to heap: x$"
	s := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	s[0] = &x
	return *s[0]
}
