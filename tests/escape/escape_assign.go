// errorcheck -0 -m -l

// Assignments and aliasing: copies of a pointer carry its destination, and
// the analysis keeps one location per variable for the whole function.

package escape

var gp *int

func alias() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	q := p
	r := q
	gp = r
}

func aliasLocal() int {
	x := 1
	p := &x
	q := p
	return *q
}

func reuseVariable() int {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	p := &a
	p = &b
	gp = p
	return a
}

func multiAssign() {
	c, d := 3, 4 // ERROR "moved to heap: d$"
	var p, q *int
	p, q = &c, &d
	gp = q
	_ = p
}

func swapPointers() {
	e, f := 5, 6 // ERROR "moved to heap: e$" "moved to heap: f$"
	p, q := &e, &f
	p, q = q, p
	gp = p
}

func blankAssign() {
	g := 7
	_ = &g
}

func derefCopy() int {
	h := 8
	p := &h
	v := *p // ERROR "moved to heap: v$"
	gp = &v
	return h
}

func pointerToPointer() {
	i := 9 // ERROR "moved to heap: i$"
	p := &i
	pp := &p
	gp = *pp
}

func structCopy() {
	type S struct {
		p *int
	}
	j := 10 // ERROR "moved to heap: j$"
	s1 := S{p: &j}
	s2 := s1
	gp = s2.p
}

func selfAssignSlice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	s = s[1:]
	return s
}

func varDeclAssign() *int {
	var k int // ERROR "moved to heap: k$"
	var p *int = &k
	return p
}
