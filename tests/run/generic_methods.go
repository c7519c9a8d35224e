// errorcheck -0 -m -l

// A method called on a type parameter's value: gc's shape body calls it through
// the dictionary, an unknown callee, so the value leaks to the heap: &Name{...}
// passed to Str escapes, n sent to Join through a slice is moved to heap.

package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) } // ERROR ".#. \+ strconv\.Itoa\(int\(i\)\) escapes to heap$"

type Name struct{ first, last string }

func (n *Name) String() string { return n.first + " " + n.last } // ERROR "n does not escape$" "n\.first \+ . . \+ n\.last escapes to heap$"

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Str[T Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Join([]ID{1, 2, 3}, ",")) // ERROR "\.\.\. argument does not escape$" "Join\[go\.shape\.int_0\]\(&\.dict\.Join\[main\.ID\], \[\]ID\{\.\.\.\}, .,.\) escapes to heap$" "\[\]ID\{\.\.\.\} does not escape$"
	fmt.Println(Str(ID(7)), Str(&Name{"Ada", "L"})) // ERROR "\.\.\. argument does not escape$" "Str\[go\.shape\.int_0\]\(&\.dict\.Str\[main\.ID\], ID\(7\)\) escapes to heap$" "Str\[go\.shape\.\*uint8_0\]\(&\.dict\.Str\[\*main\.Name\], &Name\{\.\.\.\}\) escapes to heap$" "&Name\{\.\.\.\} escapes to heap$"
	n := Name{"Bo", "K"} // ERROR "moved to heap: n$"
	fmt.Println(Join([]*Name{&n}, ";")) // ERROR "\.\.\. argument does not escape$" "Join\[go\.shape\.\*uint8_0\]\(&\.dict\.Join\[\*main\.Name\], \[\]\*Name\{\.\.\.\}, .;.\) escapes to heap$" "\[\]\*Name\{\.\.\.\} does not escape$"
}
