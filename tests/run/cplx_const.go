// Complex constants: imaginary literals in every base, exact arithmetic
// (division included), real/imag/complex on constants, typed complex
// constants rounded to their type, conversions of complex constants with a
// zero imaginary part to integers and floats, and shifts by them.
package main

import "fmt"

const (
	I    = 1i
	C    = 3 + 4i
	Q    = C / (1 - 2i)         // exact: (-1+2i)
	Third = (1 + 1i) / 3        // exact until it takes a type
	Big  = 1e300i * 1e300i      // -1e600: fine while untyped
	Back = Big / 1e600          // -1
	R    = real(C*C) + imag(C)  // -7 + 4
	F    = complex(1.5, -2)
	G    = complex(real(F), 0) * 2
	N    = 10 + 0i
	Sh   = 1 << (2 + 0i)
)

const c64 complex64 = 1.0000001 + 1e-8i
const c128 complex128 = 1.0000001 + 1e-8i

var (
	lits = []complex128{0i, 0_1_2i, 00089i, 1_000i, 0x_cafei, 0o_12i, 0b_101i, 1_0.0_1i, .5i, 1e3i, 0x1p-2i, 0X1.8P1i, 2.i}
	n    int     = N
	f    float32 = N / 4
	u    uint8   = real(C) + imag(C)*10
)

func main() {
	fmt.Println(I, C, Q, Third, Back, R, F, G, N, Sh)
	fmt.Println(lits)
	fmt.Println(n, f, u, c64, c128, real(c64), imag(c128))
	fmt.Println(Q == -1+2i, C*C, C/C, -C, +C, I*I == -1, Third*3 == 1+1i)
	var x = 2
	fmt.Println(x<<(1+0i), x<<(N-8), 1.0<<(2+0i), float64(N), int64(real(C)*1e3))
	fmt.Printf("%T %T %T %T\n", I, R, real(F), complex(1, 2))
	var f32 float32 = 2
	fmt.Printf("%T %T %v\n", complex(f32, 1), complex(1, float64(3)), complex(f32, -f32))
	println(C, Third, real(F), complex64(Q))
	const k = Third * 3
	var arr [real(k) * 2]int
	fmt.Println(len(arr), imag(k))
}
