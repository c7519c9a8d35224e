// Complex arithmetic at run time: + - * / and unary -, complex64 and
// complex128, division by zero (Inf/NaN, no panic), Go's division algorithm
// on infinities, conversions, and print/println of the results.
package main

import "math"

//go:noinline
func div128(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

//go:noinline
func mul64(a, b complex64) complex64 { return a * b }

func main() {
	a, b := complex(1.5, -2), complex(-0.25, 4)
	println(a+b, a-b, a*b, a/b, -a)
	var c, d complex64 = 3 + 4i, 1 - 2i
	println(c+d, c-d, c*d, c/d, -c)

	// complex64 products are computed in float64 and rounded once.
	x := complex64(complex(float32(1.1), float32(2.3)))
	y := complex64(complex(float32(3.7), float32(-0.9)))
	println(mul64(x, y), div64(x, y))

	// Division by zero gives infinities or NaN, never a panic.
	inf, nan := math.Inf(1), math.NaN()
	var zero complex128
	println(div128(1+1i, zero), div128(zero, zero), div128(-1, zero))
	println(div128(complex(inf, 1), 2+3i), div128(complex(1, inf), 2+3i))
	println(div128(2+3i, complex(inf, 1)), div128(2+3i, complex(1, -inf)))
	println(div128(complex(nan, 1), 1+1i), div128(complex(inf, inf), complex(inf, inf)))
	println(div64(1, 0), div64(0, 0), div64(complex(float32(inf), 0), 2))
	println(div128(1e300+1e300i, 1e-300+1e-300i), div128(1e-310, 1e-310i))

	// Conversions between the two sizes round each part.
	w := complex128(x)
	big := 1e40
	v := complex64(complex(0.1, big))
	println(w, v, complex128(v) == complex(float64(float32(0.1)), inf))

	// Compound assignment, ++ and --.
	z := 1 + 1i
	z *= 2i
	z += 1
	z++
	z -= 0.5i
	z /= 2
	z--
	println(z, real(z), imag(z))
	f := float32(2.5)
	k := complex(f, f*2)
	println(k, real(k), imag(k))

	// Equality: parts compared as floats (NaN != NaN, -0 == +0).
	n := complex(nan, 0)
	println(n == n, n != n, complex(math.Copysign(0, -1), 0) == 0, a == a, a != b)
}
