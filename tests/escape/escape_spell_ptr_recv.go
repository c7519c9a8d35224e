// errorcheck -0 -m -l

// Spellings found by difftest (scripts/difftest): a value method called on
// a pointer. gc calls it with an implicit *p, which it never prints:
// T0.Get(v), not T0.Get(*v), for a named pointer, a type assertion and a
// field; a method expression written with an explicit * keeps its *.
// A receiver holding a call is held in a temporary first (.autotmp_N), but
// not for a make inside it (irgen has made it an OMAKESLICE by then, which
// gc's callOrChan does not count) nor for new.

package main

import "fmt"

type T0 struct{ n int }

func (t T0) Get() int { return t.n }

type Box struct{ p *T0 }

type T1 struct {
	n int
	s []int
}

func (t T1) Get() int { return t.n + len(t.s) } // ERROR "t does not escape$"

func one() int { return 1 }

func receivers() {
	fmt.Println(any((&T1{n: 9, s: make([]int, 3)}).Get())) // ERROR "\.\.\. argument does not escape$" "any\(T1.Get\(&T1\{\.\.\.\}\)\) escapes to heap$" "&T1\{\.\.\.\} does not escape$" "make\(\[\]int, 3\) does not escape$"
	fmt.Println(any((&T1{n: one()}).Get()))                // ERROR "\.\.\. argument does not escape$" "any\(T1.Get\(.autotmp_0\)\) escapes to heap$" "&T1\{\.\.\.\} does not escape$"
	fmt.Println(any((&T1{n: 9, s: *new([]int)}).Get()))    // ERROR "\.\.\. argument does not escape$" "any\(T1.Get\(&T1\{\.\.\.\}\)\) escapes to heap$" "&T1\{\.\.\.\} does not escape$" "new\(\[\]int\) does not escape$"
}

func show(v *T0, b Box, i any) { // ERROR "v does not escape$" "b does not escape$" "i does not escape$"
	fmt.Println(v.Get())          // ERROR "\.\.\. argument does not escape$" "T0.Get\(v\) escapes to heap$"
	fmt.Println(i.(*T0).Get())    // ERROR "\.\.\. argument does not escape$" "T0.Get\(i.\(\*T0\)\) escapes to heap$"
	fmt.Println(b.p.Get())        // ERROR "\.\.\. argument does not escape$" "T0.Get\(b.p\) escapes to heap$"
	fmt.Println(T0.Get(*v))       // ERROR "\.\.\. argument does not escape$" "T0.Get\(\*v\) escapes to heap$"
}

func main() {
	t := &T0{n: 1} // ERROR "&T0\{\.\.\.\} does not escape$"
	show(t, Box{p: t}, t)
	receivers()
}
