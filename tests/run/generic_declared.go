// errorcheck -0 -m -l

// A value is of a type parameter's type only if it is declared so: in
// Show[int] an int the body declares is no T, so gc's shape body boxes it
// as an int (k escapes to heap), not through the dictionary
// (unsafe.Pointer(x)), and make([]int, n) keeps its int.

package main

import "fmt"

type Box[T any] struct{ v T }

func Show[T any](x T, n int) {
	k := n * 2
	fmt.Println(x, k) // ERROR "\.\.\. argument does not escape" "unsafe\.Pointer\(x\) escapes to heap" "k escapes to heap"
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	t := make([]T, n) // ERROR "make\(\[\]go\.shape\.int_0, n\) escapes to heap" "make\(\[\]go\.shape\.string_0, n\) escapes to heap"
	fmt.Println(len(s), len(t)) // ERROR "\.\.\. argument does not escape" "len\(s\) escapes to heap" "len\(t\) escapes to heap"
}

func Both[T any](x T, y int) any {
	if y > 0 {
		return y // ERROR "y escapes to heap"
	}
	return x // ERROR "unsafe\.Pointer\(x\) escapes to heap"
}

func (b *Box[T]) Describe(label string, count int) string {
	return fmt.Sprint(label, count, b.v) // ERROR "\.\.\. argument does not escape" "label escapes to heap" "count escapes to heap" "unsafe\.Pointer\(b\.v\) escapes to heap"
}

func main() {
	Show(1, 2)
	Show("a", 3)
	fmt.Println(Both(1, 2), Both(3, 0)) // ERROR "\.\.\. argument does not escape"
	b := &Box[int]{v: 7} // ERROR "&Box\[int\]\{\.\.\.\} does not escape"
	fmt.Println(b.Describe("box", 1)) // ERROR "\.\.\. argument does not escape" "\(\*Box\[go\.shape\.int_0\]\)\.Describe\(&\.dict\.\(\*Box\[int\]\)\.Describe, b, \x22box\x22, 1\) escapes to heap"
}
