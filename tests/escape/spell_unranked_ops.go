// errorcheck -0 -m -l

// gc's table of operator precedences has no entry for make of a map or a
// channel, complex, real, imag or recover, so -m parenthesises them
// wherever they are an operand: an index's, a selector's, a unary or
// binary operator's. As call arguments they print bare.
package main

var sink any

func f(c complex128) {
	sink = make(map[string]int)["a"]   // ERROR "make\(map\[string\]int\) does not escape" "^\(make\(map\[string\]int\)\)\[.a.\] escapes to heap$"
	sink = (make(map[string]int))["b"] // ERROR "make\(map\[string\]int\) does not escape" "^\(make\(map\[string\]int\)\)\[.b.\] escapes to heap$"
	sink = real(c) + 1                 // ERROR "^\(real\(c\)\) \+ 1 escapes to heap$"
	sink = -imag(c)                    // ERROR "^-\(imag\(c\)\) escapes to heap$"
	sink = len(make(chan int))         // ERROR "^len\(make\(chan int\)\) escapes to heap$"
	defer func() {                     // ERROR "func literal does not escape"
		sink = recover().(error)
	}()
}

func main() { f(1) }
