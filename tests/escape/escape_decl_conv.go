// errorcheck -0 -m -l

// Positions: an implicit interface conversion in a var declaration is
// reported where gc's front end was last: at the last non-constant
// expression node of the value (an element of a composite literal, the
// operand of an index or a binary expression, a call's '(').

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct {
	w   io.Writer
	n   int
	tag string
}

func (u upper) Write(p []byte) (int, error) { return len(p), nil } // ERROR "u does not escape$" "p does not escape$"

type pair struct{ a, b int }

func (p pair) String() string { return "p" }

func get() int { return 4 }

func main() {
	x := 3
	var w io.Writer = upper{w: os.Stdout, n: 1} // ERROR "upper\{\.\.\.\} does not escape$"
	var s fmt.Stringer = pair{a: x, b: 2} // ERROR "pair\{\.\.\.\} does not escape$"
	var t fmt.Stringer = pair{a: get(), b: 2} // ERROR "pair\{\.\.\.\} does not escape$"
	var u fmt.Stringer = pair{1, 2} // ERROR "pair\{\.\.\.\} does not escape$"
	var v interface{} = x + 1 // ERROR "x \+ 1 does not escape$"
	var q interface{} = []int{x, 2}[0] // ERROR "\[\]int\{\.\.\.\}\[0\] does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	var r interface{} = strings.ToUpper("a") // ERROR "strings\.ToUpper\(\"a\"\) does not escape$"
	arr := []pair{{1, 2}} // ERROR "\[\]pair\{\.\.\.\} does not escape$"
	var z fmt.Stringer = arr[x-3] // ERROR "arr\[x - 3\] does not escape$"
	_, _, _, _, _, _, _, _ = w, s, t, u, v, q, r, z
}
