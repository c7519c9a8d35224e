// errorcheck -0 -m -l

// Seed 004 逃逸场景 I: []interface{}{1, 2}. gc 1.19 says what the article says:
// the slice literal does not escape, but the boxed 1, 2 and 3 do (a store into
// a slice element goes to the heap). val is already an interface: passing it
// to fmt.Printf prints nothing for it. With -l there is no "inlining call".

package main

import "fmt"

func main() {
	data := []interface{}{1, 2} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "1 escapes to heap$" "2 escapes to heap$"
	val := data[0]
	fmt.Printf("%v\n", val) // ERROR "\.\.\. argument does not escape$"
	data[0] = 3 // ERROR "3 escapes to heap$"
}
