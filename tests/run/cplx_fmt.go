// Formatting complex numbers: fmt's verbs on complex64 and complex128,
// inside structs, slices, maps and interfaces, %T, and strconv.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Point struct {
	Name string
	Z    complex128
	W    complex64
}

func main() {
	a := complex(1.5, -2.25)
	var b complex64 = 3 + 4i
	fmt.Println(a, b, -a, 0i, complex(math.Inf(1), math.NaN()))
	fmt.Printf("%v %g %e %E %f %F %.2f %+v %8.3f|%-20v|\n", a, a, a, a, a, a, a, a, a, a)
	fmt.Printf("%v %g %.3e %+.1f %T %T\n", b, b, b, b, a, b)
	fmt.Printf("%x %X %b\n", a, b, complex64(1+2i))
	fmt.Printf("%d %s\n", a, b)
	fmt.Print(a, b, "\n")
	fmt.Println(fmt.Sprint(a), fmt.Sprintf("%07.2f", a), fmt.Sprintf("% .1f", a))

	// Precision: complex64 products are rounded once from float64.
	x := complex64(complex(float32(1.1), float32(2.3)))
	y := complex64(complex(float32(3.7), float32(-0.9)))
	fmt.Println(x*y, x/y, x+y, x-y)
	p, q := complex(0.1, 0.2), complex(0.3, -0.7)
	fmt.Println(p*q, p/q, p+q, 1/p)

	pt := Point{"origin", 1 + 2i, -1i}
	fmt.Println(pt)
	fmt.Printf("%v %+v\n", pt, pt)
	fmt.Println([]complex128{1, 2i, -3 - 4i}, [2]complex64{1i, 2})
	fmt.Println(map[complex128]string{1i: "i", 1: "one", -1: "minus one", 0: "zero"})
	var e interface{} = a
	fmt.Println(e, &pt == &pt)
	fmt.Printf("%v %T\n", e, e)
	fmt.Println(real(a), imag(a), real(b), imag(b))
	fmt.Println(strconv.FormatComplex(a, 'f', 2, 128), strconv.FormatComplex(complex(1.1, 2.2), 'g', -1, 64),
		strconv.FormatComplex(complex(math.Inf(-1), math.NaN()), 'e', 3, 128), strconv.FormatComplex(-1i, 'G', 5, 128))
}
