// errorcheck -0 -m -l

// append: the appended values flow to the heap (append may copy them into a
// new heap array); the appendee slice's own elements leak too when they hold
// pointers ("appendee slice"); the result aliases the first argument.

package escape

func appendPtr(s []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$"
	x := 1 // ERROR "moved to heap: x$"
	return append(s, &x)
}

func appendPtrLocal() int {
	y := 2 // ERROR "moved to heap: y$"
	var s []*int
	s = append(s, &y)
	return len(s)
}

func appendInts(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v)
}

func appendIntsLocal() int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	s = append(s, 1, 2, 3)
	return len(s)
}

func appendSpread(s, t []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param content: t$"
	return append(s, t...)
}

func appendSpreadInts(s, t []int) []int { // ERROR "leaking param: s to result ~r0 level=0$" "t does not escape$"
	return append(s, t...)
}

func appendParamPtr(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: p$"
	return append(s, p)
}

func appendDiscard(s []*int, p *int) int { // ERROR "leaking param content: s$" "leaking param: p$"
	s = append(s, p)
	return len(s)
}

func appendToLocalMake(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap$"
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendStrings(s []string, t string) []string { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: t$"
	return append(s, t)
}

func appendStringBytes(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...)
}
