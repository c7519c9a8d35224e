// errorcheck -0 -m -l

// Complex numbers: boxing a complex value (or constant) into an interface
// allocates like any non-pointer value; real, imag, complex and the
// arithmetic carry no pointers, so they never make anything escape.
package main

import "fmt"

var sink interface{}

type pair struct{ a, b complex128 }

func box(z complex128) interface{} { return z } // ERROR "z escapes to heap$"

func keep(z complex64) { sink = z } // ERROR "z escapes to heap$"

func local(z complex128) bool {
	var i interface{} = z // ERROR "z does not escape$"
	return i == interface{}(1i) // ERROR "\(interface \{\}\)\(1i\) does not escape$"
}

func ptr() *complex128 {
	z := 1 + 2i // ERROR "moved to heap: z$"
	return &z
}

func noescape() complex128 {
	z := new(complex128) // ERROR "new\(complex128\) does not escape$"
	*z = 3i
	p := &pair{1, *z} // ERROR "&pair\{\.\.\.\} does not escape$"
	return p.a * p.b
}

func parts(z complex128) float64 {
	return real(z) + imag(z)
}

func main() {
	z := complex(1.5, 2)
	fmt.Println(z, real(z)) // ERROR "\.\.\. argument does not escape$" "z escapes to heap$" "real\(z\) escapes to heap$"
	fmt.Printf("%v\n", 1i) // ERROR "\.\.\. argument does not escape$" "1i escapes to heap$"
	sink = box(z)
	keep(complex64(z))
	println(local(z), parts(z), ptr(), noescape())
	var c64 complex64 = 1
	sink = c64 // ERROR "c64 escapes to heap$"
	s := []complex128{z, z} // ERROR "\[\]complex128\{\.\.\.\} does not escape$"
	sink = s[0] / s[1] // ERROR "s\[0\] / s\[1\] escapes to heap$"
}
