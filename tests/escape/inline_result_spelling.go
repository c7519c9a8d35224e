// errorcheck -0 -m

// Found by the differential tester (scripts/difftest), -m with inlining on:
//   - an inlined call inside a make's size prints as its result variable,
//     parenthesised as an operand: make([]int, (~R0) & 15);
//   - gc names func literals before its deadcode pass drops code, so a
//     literal in a branch that never runs still takes its number (the next
//     one is dead.func2), in an if with a constant condition, after a
//     return, and in a constant switch's dropped case;
//   - a func literal's return statements are costed against its own
//     result types: returning 1 from the literal is no conversion to the
//     enclosing function's interface result (full costs 80, inlinable).
package main

type I interface{ Get() int }

type T0 struct {
	n    int
	s    []int
	name string
}

func (t *T0) Get() int { return t.n + len(t.s) } // ERROR "can inline \(\*T0\)\.Get$" "t does not escape$"

var sink any

func at(s []int, i int) int { // ERROR "can inline at$" "s does not escape$"
	if len(s) == 0 {
		return 0
	}
	return s[(i%len(s)+len(s))%len(s)]
}

func size(n int) []int { // ERROR "can inline size$"
	return make([]int, at(make([]int, 8193), n)&15) // ERROR "inlining call to at$" "make\(\[\]int, \(~R0\) & 15\) escapes to heap$" "make\(\[\]int, 8193\) escapes to heap$"
}

func dead(n int) int { // ERROR "can inline dead$"
	if 8 > 45 {
		f := func() int { return 7 }
		_ = f
	}
	return func() int { return n }() // ERROR "can inline dead\.func2$" "inlining call to dead\.func2$" "can inline main\.func1$"
}

func afterReturn(n int) int { // ERROR "can inline afterReturn$"
	if n > 0 {
		if true {
			return n
		}
		_ = func() int { return 1 }
	}
	return func() int { return n }() // ERROR "can inline afterReturn\.func2$" "inlining call to afterReturn\.func2$" "can inline main\.func2$"
}

func inSwitch(n int) int { // ERROR "can inline inSwitch$"
	switch 2 {
	case 1:
		_ = func() int { return 1 }
	case 2:
		n++
	}
	return func() int { return n }() // ERROR "can inline inSwitch\.func2$" "inlining call to inSwitch\.func2$" "can inline main\.func3$"
}

func full() I { // ERROR "can inline full$"
	v4 := [4]int{0, 0}
	v5 := func() int { return v4[2&3] } // ERROR "can inline full\.func1$" "func literal does not escape$"
	v5 = v5
	v6 := []byte(string(make([]byte, 32))) // ERROR "\(\[\]byte\)\(string\(make\(\[\]byte, 32\)\)\) does not escape$" "string\(make\(\[\]byte, 32\)\) does not escape$" "make\(\[\]byte, 32\) does not escape$"
	_ = v6
	return &T0{n: at(make([]int, 1), 6), s: make([]int, 4), name: "stack"} // ERROR "inlining call to at$" "&T0\{\.\.\.\} escapes to heap$" "make\(\[\]int, 1\) does not escape$" "make\(\[\]int, 4\) escapes to heap$"
}

func main() {
	sink = size(3) // ERROR "inlining call to size$" "inlining call to at$" "~R0 escapes to heap$" "make\(\[\]int, \(~R0\) & 15\) escapes to heap$" "make\(\[\]int, 8193\) escapes to heap$"
	sink = dead(1) // ERROR "inlining call to dead$" "inlining call to main\.func1$" "~R0 escapes to heap$"
	sink = afterReturn(2) // ERROR "inlining call to afterReturn$" "inlining call to main\.func2$" "~R0 escapes to heap$"
	sink = inSwitch(3) // ERROR "inlining call to inSwitch$" "inlining call to main\.func3$" "~R0 escapes to heap$"
	sink = full() // ERROR "inlining call to full$" "inlining call to at$" "func literal does not escape$" "\(\[\]byte\)\(string\(make\(\[\]byte, 32\)\)\) does not escape$" "string\(make\(\[\]byte, 32\)\) does not escape$" "make\(\[\]byte, 32\) does not escape$" "&T0\{\.\.\.\} escapes to heap$" "make\(\[\]int, 1\) does not escape$" "make\(\[\]int, 4\) escapes to heap$"
}
