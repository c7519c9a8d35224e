// errorcheck -0 -m -l

// Loop depth: a value whose address is stored into a variable declared
// outside the loop (a shallower loop depth) escapes, even though that
// variable never leaves the function.

package escape

func outerFromLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func sameDepth() int {
	sum := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		sum += *p
	}
	return sum
}

func newInLoopOuter() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
		*p = i
	}
	return *p
}

func newInLoopInner() int {
	t := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		t += *p
	}
	return t
}

func nestedLoops() int {
	var q *int
	for i := 0; i < 2; i++ {
		var r *int
		for j := 0; j < 2; j++ {
			y := j // ERROR "moved to heap: y$"
			r = &y
		}
		q = r
	}
	return *q
}

func nestedSameOuter() int {
	t := 0
	for i := 0; i < 2; i++ {
		var r *int
		z := i
		r = &z
		t += *r
	}
	return t
}

func outerDeclaredBeforeLoopAddrOfOuter() int {
	x := 0
	var p *int
	for i := 0; i < 3; i++ {
		p = &x
	}
	return *p
}

func sliceLitInLoop() int {
	var s []int
	for i := 0; i < 2; i++ {
		s = []int{i} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	}
	return s[0]
}

func rangeLoop(a []int) int { // ERROR "a does not escape$"
	var p *int
	for i := range a {
		v := a[i] // ERROR "moved to heap: v$"
		p = &v
	}
	if p == nil {
		return 0
	}
	return *p
}

func labelledLoop() int {
	var p *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			w := i + j // ERROR "moved to heap: w$"
			p = &w
		}
	}
	return *p
}
