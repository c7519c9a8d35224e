// errorcheck -0 -m -l

// Func literals in package-level initialisers are functions of their own
// (gc analyses glob..func1 as its own batch, in declaration order), and a
// func variable called later is not resolved statically.
package main

import "fmt"

var r = func(p *int) *int { return p }(new(int)) // ERROR "leaking param: p to result ~r0 level=0$" "new\(int\) escapes to heap$" "func literal does not escape$"

var g = func() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

var h = func(s []int) int { return len(s) } // ERROR "s does not escape$"

func main() {
	fmt.Println(*r, *g(), h([]int{1, 2})) // ERROR "\.\.\. argument does not escape$" "\*r escapes to heap$" "\*g\(\) escapes to heap$" "h\(\[\]int{\.\.\.}\) escapes to heap$" "\[\]int{\.\.\.} escapes to heap$"
}
