// errorcheck -0 -m -l

// Leak summaries compose along call chains: each function is tagged once and
// its callers use the tag, so a leak three calls down still reaches the top.

package escape

var gp *int

func level3(p *int) { gp = p } // ERROR "leaking param: p$"

func level2(p *int) { level3(p) } // ERROR "leaking param: p$"

func level1(p *int) { level2(p) } // ERROR "leaking param: p$"

func top() {
	x := 1 // ERROR "moved to heap: x$"
	level1(&x)
}

func pure3(p *int) int { return *p } // ERROR "p does not escape$"

func pure2(p *int) int { return pure3(p) } // ERROR "p does not escape$"

func pure1(p *int) int { return pure2(p) } // ERROR "p does not escape$"

func topPure() int {
	y := 2
	return pure1(&y)
}

func pass3(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func pass2(p *int) *int { return pass3(p) } // ERROR "leaking param: p to result ~r0 level=0$"

func pass1(p *int) *int { return pass2(p) } // ERROR "leaking param: p to result ~r0 level=0$"

func topPassLocal() int {
	z := 3
	return *pass1(&z)
}

func topPassReturned() *int {
	w := 4 // ERROR "moved to heap: w$"
	return pass1(&w)
}

func deref2(pp **int) *int { return *pp } // ERROR "leaking param: pp to result ~r0 level=1$"

func deref1(pp **int) *int { return deref2(pp) } // ERROR "leaking param: pp to result ~r0 level=1$"

func topDeref() int {
	v := 5
	p := &v
	return *deref1(&p)
}
