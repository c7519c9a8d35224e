// errorcheck -0 -m -l

// Parameters: a callee that only reads through its pointer parameter lets the
// caller keep &x on the stack; a callee that stores it makes the caller's x escape.

package escape

var gp *int

func readOnly(p *int) int { // ERROR "p does not escape$"
	return *p + 1
}

func store(p *int) { // ERROR "leaking param: p$"
	gp = p
}

func writeThrough(p *int) { // ERROR "p does not escape$"
	*p = 42
}

func valueParam(x int) int {
	return x * 2
}

func structParam(t T2) int { // ERROR "t does not escape$"
	return t.n
}

func structPtrParam(t *T2) int { // ERROR "t does not escape$"
	return t.n
}

type T2 struct {
	n int
	p *int
}

func structParamLeak(t T2) { // ERROR "leaking param: t$"
	gp = t.p
}

func unusedPtr(p *int, q *int) int { // ERROR "p does not escape$" "q does not escape$"
	return 0
}

func callers() int {
	a := 1
	b := 2 // ERROR "moved to heap: b$"
	c := 3
	d := T2{n: 1}
	readOnly(&a)
	store(&b)
	writeThrough(&c)
	return valueParam(a) + structPtrParam(&d) + structParam(d)
}

func passThroughLocal() {
	x := 0
	p := &x
	readOnly(p)
}

func passThroughLeak() {
	y := 0 // ERROR "moved to heap: y$"
	p := &y
	store(p)
}

func structLeakCaller() {
	z := 0 // ERROR "moved to heap: z$"
	t := T2{p: &z}
	structParamLeak(t)
}

func blankParam(_ *int) {}

func paramAssignedOnly(p *int) { // ERROR "p does not escape$"
	q := p
	_ = q
}
