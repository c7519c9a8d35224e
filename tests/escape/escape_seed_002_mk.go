// errorcheck -0 -m -l

// Seed 002 §2.7 and the table: make([]byte, n) returned escapes; a constant
// make([]byte, 32) used only locally stays on the stack ("可能不逃").

package escape

func mk(n int) []byte {
	b := make([]byte, n) // n 过大或被返回 → 堆上 // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return b
}

func use(buf []byte) int { // ERROR "buf does not escape$"
	return len(buf)
}

func local() int {
	buf := make([]byte, 32) // ERROR "make\(\[\]byte, 32\) does not escape$"
	return use(buf)
}

func retX() int {
	x := 1
	return x
}

func retAddr() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}
