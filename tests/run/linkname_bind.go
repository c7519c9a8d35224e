// A function declared without a body, bound by //go:linkname to a function
// of the program, and //go:noescape on such a declaration; a variable given
// another symbol name. Directives gc accepts are accepted.
package main

import (
	"fmt"
	_ "unsafe" // for go:linkname
)

//go:linkname addTo main.addToImpl
//go:noescape
func addTo(dst *int, n int)

//go:noinline
func addToImpl(dst *int, n int) { *dst += n }

//go:linkname twice main.twiceImpl
func twice(s []int) []int

func twiceImpl(s []int) []int { return append(s, s...) }

//go:linkname counter main.renamedCounter
var counter int

//go:norace
//go:nocheckptr
//go:nosplit
func plain(x int) int { return x + 1 }

func main() {
	x := 1
	addTo(&x, 41)
	counter = plain(counter)
	fmt.Println(x, twice([]int{1, 2}), counter)
}
