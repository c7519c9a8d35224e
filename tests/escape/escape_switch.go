// errorcheck -0 -m -l

// Control flow does not matter: the analysis is flow-insensitive, so a store
// on any branch decides — except a branch that is constant-false, which gc
// deletes before escape analysis (deadBranch: y stays on the stack).

package escape

var gp *int

func ifBranch(c bool) {
	x := 1 // ERROR "moved to heap: x$"
	if c {
		gp = &x
	}
}

func deadBranch() {
	y := 2
	if false {
		gp = &y
	}
}

func switchCase(n int) *int {
	a, b, c := 1, 2, 3 // ERROR "moved to heap: a$" "moved to heap: b$" "moved to heap: c$"
	var p *int
	switch n {
	case 0:
		p = &a
	case 1:
		p = &b
	default:
		p = &c
	}
	return p
}

func switchLocal(n int) int {
	a, b := 1, 2
	var p *int
	switch {
	case n > 0:
		p = &a
	default:
		p = &b
	}
	return *p
}

func reassignedAfter() int {
	z := 3 // ERROR "moved to heap: z$"
	p := &z
	gp = p
	p = nil
	return z
}

func returnEarly(c bool) *int {
	w := 4 // ERROR "moved to heap: w$"
	if c {
		return nil
	}
	return &w
}

func switchOnIface(e interface{}) int { // ERROR "e does not escape$"
	switch e {
	case 1:
		return 1
	case "a":
		return 2
	}
	return 0
}

func forBreak() *int {
	var p *int
	v := 0 // ERROR "moved to heap: v$"
	for {
		p = &v
		break
	}
	return p
}
