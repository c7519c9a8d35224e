// errorcheck -0 -m -l

// A method call whose receiver contains a call is rewritten by gc's front
// end as t := receiver; t.M(): the receiver's value lives in .autotmp_N.
// The allocation itself is still reported under its own spelling.
package main

type T0 struct {
	n int
	s []int
}

func (t *T0) Get() int { return t.n } // ERROR "t does not escape"

type S []int

func (s S) Len() int { return len(s) } // ERROR "s does not escape"

var v [4]int

func size() int { return 4 }

func g() int {
	x := (&T0{n: 3, s: make([]int, 4)}).Get()      // ERROR "^&T0{...} does not escape$" "make\(\[\]int, 4\) does not escape"
	y := v[(&T0{n: 3, s: make([]int, 4)}).Get()&3] // ERROR "^&T0{...} does not escape$" "make\(\[\]int, 4\) does not escape" "index bounds check elided"
	z := make(S, size()).Len()                     // ERROR "^make\(S, size\(\)\) escapes to heap$"
	w := S{size()}.Len()                           // ERROR "^S{...} does not escape$"
	return x + y + z + w
}

func main() { println(g()) }
