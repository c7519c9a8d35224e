// errorcheck -0 -m -l

// Package-level variables outlive every function: storing a pointer (or boxing
// a value) into one sends it to the heap.

package escape

var sink interface{}
var gp *int
var gs []*int
var garr [4]*int
var gstruct struct {
	p *int
	n int
}

func toGlobalPtr() {
	x := 1 // ERROR "moved to heap: x$"
	gp = &x
}

func toGlobalIface() {
	y := 2 // ERROR "moved to heap: y$"
	sink = &y
}

func toGlobalIfaceValue() {
	z := 3
	sink = z // ERROR "z escapes to heap$"
}

func toGlobalSlice() {
	a := 4 // ERROR "moved to heap: a$"
	gs = append(gs, &a)
}

func toGlobalSliceElem() {
	b := 5 // ERROR "moved to heap: b$"
	gs[0] = &b
}

func toGlobalArray() {
	c := 6 // ERROR "moved to heap: c$"
	garr[1] = &c
}

func toGlobalStruct() {
	d := 7 // ERROR "moved to heap: d$"
	gstruct.p = &d
}

func globalValueOnly() {
	e := 8
	gstruct.n = e
}

func fromGlobal() int {
	p := gp
	return *p
}

func newToGlobal() {
	gp = new(int) // ERROR "new\(int\) escapes to heap$"
}

func makeToGlobal() {
	gs = make([]*int, 10) // ERROR "make\(\[\]\*int, 10\) escapes to heap$"
}

func globalAddr() **int {
	return &gp
}
