// errorcheck -0 -m -l

// Several results: each result gets its own ~rN (unnamed) or name, and a
// parameter may leak to several results at different levels.

package escape

func three(a, b, c *int) (*int, int, *int) { // ERROR "leaking param: a to result ~r2 level=0$" "b does not escape$" "leaking param: c to result ~r0 level=0$"
	return c, *b, a
}

func toBoth(p *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: p to result ~r1 level=0$"
	return p, p
}

func levels(pp **int) (*int, **int) { // ERROR "leaking param: pp to result ~r0 level=1$" "leaking param: pp to result ~r1 level=0$"
	return *pp, pp
}

func namedMixed(p *int, q **int) (x *int, n int, y *int) { // ERROR "leaking param: p to result y level=0$" "leaking param: q to result x level=1$"
	x = *q
	y = p
	n = 1
	return
}

func resultToHeap(p *int) (r *int) { // ERROR "leaking param: p$"
	r = p
	gp = r
	return
}

var gp *int

func useThree() int {
	a, b, c := 1, 2, 3
	x, n, y := three(&a, &b, &c)
	return *x + n + *y
}

func returnThree() (*int, int) {
	a, b, c := 1, 2, 3 // ERROR "moved to heap: c$"
	x, n, _ := three(&a, &b, &c)
	return x, n
}

func swapResults(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}

func useSwap() *int {
	m, n := 1, 2 // ERROR "moved to heap: n$"
	r, _ := swapResults(&m, &n)
	return r
}

func errorLike(s string) (int, string) { // ERROR "leaking param: s to result ~r1 level=0$"
	if s == "" {
		return 0, "empty"
	}
	return len(s), s
}
