// errorcheck -0 -m -l

// Dereference levels: what a parameter points to (its content) can leak while
// the parameter itself does not ("leaking param content"), and results can
// receive a parameter at level=1 (through *p) or deeper.

package escape

var gp *int
var gpp **int

func leakContent(pp **int) { // ERROR "leaking param content: pp$"
	gp = *pp
}

func leakParam(pp **int) { // ERROR "leaking param: pp$"
	gpp = pp
}

func resultLevel1(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func resultLevel2(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func contentOfSlice(s []*int) { // ERROR "leaking param content: s$"
	gp = s[0]
}

func sliceItself(s []*int) []*int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s
}

func sliceElemResult(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

type Box struct {
	p *int
}

func boxContent(b *Box) { // ERROR "leaking param content: b$"
	gp = b.p
}

func boxResult(b *Box) *int { // ERROR "leaking param: b to result ~r0 level=1$"
	return b.p
}

func callLeakContent() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	leakContent(&p)
}

func callResultLevel1() int {
	y := 2
	p := &y
	q := resultLevel1(&p)
	return *q
}

func callResultLevel1Returned() *int {
	z := 3 // ERROR "moved to heap: z$"
	p := &z
	return resultLevel1(&p)
}

func twoLevelsLocal() int {
	a := 1
	pa := &a
	ppa := &pa
	return **ppa
}

func twoLevelsGlobal() {
	b := 1 // ERROR "moved to heap: b$"
	pb := &b
	ppb := &pb
	gp = *ppb
}
