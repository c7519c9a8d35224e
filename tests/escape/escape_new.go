// errorcheck -0 -m -l

// new(T) is not "always heap": like &T{}, it escapes only if the pointer does.

package escape

type Obj struct {
	id   int
	next *Obj
}

var gobj *Obj

func newLocal() int {
	o := new(Obj) // ERROR "new\(Obj\) does not escape$"
	o.id = 1
	return o.id
}

func newReturned() *Obj {
	return new(Obj) // ERROR "new\(Obj\) escapes to heap$"
}

func newToGlobal() {
	gobj = new(Obj) // ERROR "new\(Obj\) escapes to heap$"
}

func newLinked() *Obj {
	a := new(Obj) // ERROR "new\(Obj\) escapes to heap$"
	b := new(Obj) // ERROR "new\(Obj\) escapes to heap$"
	a.next = b
	return a
}

// b escapes although a does not: a store through a pointer (a.next = b)
// is a store to the heap.
func newLinkedLocal() int {
	a := new(Obj) // ERROR "new\(Obj\) does not escape$"
	b := new(Obj) // ERROR "new\(Obj\) escapes to heap$"
	a.next = b
	return a.next.id
}

func newScalar() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}

func newSlice() int {
	p := new([]int) // ERROR "new\(\[\]int\) does not escape$"
	*p = append(*p, 1)
	return len(*p)
}

func newArray() int {
	p := new([100]int) // ERROR "new\(\[100\]int\) does not escape$"
	p[3] = 4
	return p[3]
}

func newPassedDown() int {
	o := new(Obj) // ERROR "new\(Obj\) does not escape$"
	return readID(o)
}

func readID(o *Obj) int { // ERROR "o does not escape$"
	return o.id
}

func newPassedToLeak() {
	o := new(Obj) // ERROR "new\(Obj\) escapes to heap$"
	keep(o)
}

func keep(o *Obj) { // ERROR "leaking param: o$"
	gobj = o
}

func newString() *string {
	s := new(string) // ERROR "new\(string\) escapes to heap$"
	*s = "x"
	return s
}
