// errorcheck -0 -m -l

// Seed 004 逃逸场景 V: []*int{nil}; storing &a into an element moves a to the
// heap even though the slice itself does not escape.

package main

import "fmt"

func main() {
	dat := []*int{nil} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	a := 10 // ERROR "moved to heap: a$"
	dat[0] = &a
	fmt.Printf("%v\r\n", *dat[0]) // ERROR "\.\.\. argument does not escape$" "\*dat\[0\] escapes to heap$"
	fmt.Printf("%v\r\n", dat[0]) // ERROR "\.\.\. argument does not escape$"
}
