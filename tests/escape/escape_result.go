// errorcheck -0 -m -l

// Leaking to results: a parameter returned directly leaks "to result ~rN
// level=0"; unnamed results are spelled ~r0, ~r1, ...; named results by name.

package escape

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func second(p, q *int) (*int, *int) { // ERROR "p does not escape$" "leaking param: q to result ~r1 level=0$"
	return nil, q
}

func both(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}

func named(p *int) (res *int) { // ERROR "leaking param: p to result res level=0$"
	res = p
	return
}

func namedTwo(p *int, q *int) (a, b *int) { // ERROR "leaking param: p to result b level=0$" "leaking param: q to result a level=0$"
	a = q
	b = p
	return
}

func mixedResults(p *int) (int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return *p, p
}

func derefResult(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func condResult(p, q *int, c bool) *int { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: q to result ~r0 level=0$"
	if c {
		return p
	}
	return q
}

func callerKeepsStack() int {
	x := 1
	p := identity(&x)
	return *p
}

func callerReturnsIt() *int {
	y := 2 // ERROR "moved to heap: y$"
	return identity(&y)
}

func callerOfSecond() *int {
	a, b := 1, 2 // ERROR "moved to heap: b$"
	_, r := second(&a, &b)
	return r
}

func sliceResult(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func stringResult(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s
}
