// errorcheck -0 -m -l

// Slices: the backing array of a slice of a local array must outlive the
// function if the slice does.

package escape

var gs []int

func sliceLocalArray() []int {
	a := [4]int{1, 2, 3, 4} // ERROR "moved to heap: a$"
	return a[:2]
}

func sliceLocalArrayLocal() int {
	a := [4]int{1, 2, 3, 4}
	s := a[1:3]
	return s[0] + s[1]
}

func sliceToGlobal() {
	var b [8]int // ERROR "moved to heap: b$"
	gs = b[:]
}

func sliceLiteralLocal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0]
}

func sliceLiteralReturned() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func sliceOfPtrs() int {
	x, y := 1, 2
	s := []*int{&x, &y} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *s[0] + *s[1]
}

func sliceOfPtrsReturned() []*int {
	x := 1 // ERROR "moved to heap: x$"
	return []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func storeIntoSliceElem(s []*int) { // ERROR "s does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	s[0] = &z
}

// Storing into a slice element is a store through a pointer: w escapes
// although s never leaves the function.
func storeIntoLocalSlice() int {
	w := 4 // ERROR "moved to heap: w$"
	s := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape$"
	s[0] = &w
	return *s[0]
}

func reslice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:3]
}

func sliceOfParamArray(p *[4]int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[:]
}

func makeLocal() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[3] = 1
	return len(s)
}

func makeReturned() []int {
	return make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
}

func makeCap() int {
	s := make([]int, 0, 16) // ERROR "make\(\[\]int, 0, 16\) does not escape$"
	s = append(s, 1)
	return s[0]
}

func ptrSliceInStructOnHeap() *[]*int {
	v := 5 // ERROR "moved to heap: v$"
	s := []*int{&v} // ERROR "moved to heap: s$" "\[\]\*int\{\.\.\.\} escapes to heap$"
	return &s
}
