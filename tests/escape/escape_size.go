// errorcheck -0 -m -l

// Size limits: an explicitly declared variable may live on the stack up to
// 10 MB (10 << 20 bytes); implicit allocations (new, &T{}, make with a constant
// size) only up to 64 KB.

package escape

func stackVar10MB() byte {
	var b [10 << 20]byte
	return b[0]
}

func heapVarOverLimit() byte {
	var b [10<<20 + 1]byte // ERROR "moved to heap: b$"
	return b[0]
}

func stackVarShortDecl() int {
	a := [1 << 20]int{}
	return a[5]
}

func makeAt64KB() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	return s[0]
}

func makeOver64KB() int {
	s := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	return s[0]
}

// The size expression is printed as gc formats it: "64 << 10".
func makeBytes64KB() byte {
	b := make([]byte, 64<<10) // ERROR "make\(\[\]byte, 64 << 10\) does not escape$"
	return b[0]
}

func makeBytesOver() byte {
	b := make([]byte, 64<<10+1) // ERROR "make\(\[\]byte, 64 << 10 \+ 1\) escapes to heap$"
	return b[0]
}

type Small struct {
	buf [65536]byte
}

type Big struct {
	buf [65537]byte
}

func newSmall() byte {
	p := new(Small) // ERROR "new\(Small\) does not escape$"
	return p.buf[0]
}

func newBig() byte {
	p := new(Big) // ERROR "new\(Big\) escapes to heap$"
	return p.buf[0]
}

func addrSmall() byte {
	p := &Small{} // ERROR "&Small\{\} does not escape$"
	return p.buf[1]
}

func addrBig() byte {
	p := &Big{} // ERROR "&Big\{\} escapes to heap$"
	return p.buf[1]
}

func varBig() byte {
	var b Big
	return b.buf[2]
}

func addrOfVarBig() byte {
	var b Big
	p := &b
	return p.buf[3]
}

// A named constant length is printed by name: "make([]int, n) does not escape".
func constLen() int {
	const n = 100
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return s[0]
}

func nonConstLen(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return s[0]
}

func nonConstCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap$"
	return len(s)
}

func sliceLiteralBig() int {
	s := []int{8192: 1} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0]
}

func arrayLiteralBig() int {
	a := [8193]int{}
	return a[0]
}
