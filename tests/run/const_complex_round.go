// Typed complex constants are rounded to their type's precision after each
// operation, as typed floats are: complex64 keeps float32's 24-bit mantissa.
package main

import "fmt"

const (
	x30 = 1 << 30
	x60 = 1 << 60

	c64       = complex64(x30) + 1 - x30
	c128      = complex128(x60) + 1 - x60
	c128small = complex128(x30) + 1 - x30
	third64   = complex64(1) / 3
	conv64    = complex64(16777217) // 2^24+1 rounds to 2^24
)

func main() {
	fmt.Println(c64, c128, c128small)
	fmt.Println(c64 == 0, c128 == 0, c128small == 1)
	fmt.Println(third64, third64*3 == 1)
	fmt.Println(conv64, conv64 == 16777216)
	var v64 complex64 = x30
	v64 += 1
	v64 -= x30
	fmt.Println(v64 == c64)
}
