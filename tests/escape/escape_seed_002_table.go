// errorcheck -0 -m -l

// Seed 002 附: 常见"逃/不逃"对比 — the rows that fit escgo's subset.

package main

import "fmt"

func returnValue() int {
	x := 1
	return x // 否
}

func returnPointer() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x // 是
}

func returnMake(n int) []byte {
	b := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return b // 是
}

func use(buf []byte) byte { return buf[0] } // ERROR "buf does not escape$"

func localBuffer() byte {
	buf := make([]byte, 32) // ERROR "make\(\[\]byte, 32\) does not escape$"
	return use(buf) // 可能不逃
}

func sprintf(n int) string {
	return fmt.Sprintf("%d", n) // 常逃 // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func main() {
	println(returnValue(), *returnPointer(), len(returnMake(3)), localBuffer(), sprintf(1))
}
