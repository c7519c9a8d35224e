// errorcheck -0 -m -l

// Recursive and mutually recursive functions are analysed together (one
// strongly connected component of the call graph).

package escape

var gp *int

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func walk(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return walk(p, n-1)
}

func callWalk() int {
	x := 1
	return *walk(&x, 3)
}

func ping(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p
	}
	return pong(p, n-1)
}

func pong(q *int, n int) int { // ERROR "q does not escape$"
	if n == 0 {
		return *q
	}
	return ping(q, n-1)
}

func callPing() int {
	y := 2
	return ping(&y, 4)
}

func even(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		gp = p
		return true
	}
	return odd(p, n-1)
}

func odd(q *int, n int) bool { // ERROR "leaking param: q$"
	if n == 0 {
		return false
	}
	return even(q, n-1)
}

func callEven() bool {
	z := 3 // ERROR "moved to heap: z$"
	return even(&z, 2)
}

func recAlloc(n int) *int {
	if n == 0 {
		return new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return recAlloc(n - 1)
}

// Within one recursive batch, a parameter that reaches *another* function's
// result counts as a heap leak: "leaking param: p", not "to result".
func mutualResult1(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return mutualResult2(p, n-1)
}

func mutualResult2(p *int, n int) *int { // ERROR "leaking param: p$"
	return mutualResult1(p, n)
}
