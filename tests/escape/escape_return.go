// errorcheck -0 -m -l

// Returning a local's address moves it to the heap; returning its value does not.

package escape

type T struct {
	a, b int
}

func retAddrOfLocal() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func retValue() int {
	x := 1
	return x
}

func retStructValue() T {
	t := T{1, 2}
	return t
}

func retAddrOfStruct() *T {
	t := T{1, 2} // ERROR "moved to heap: t$"
	return &t
}

func retCompositeAddr() *T {
	return &T{3, 4} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func retNew() *int {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	*p = 5
	return p
}

func newLocalOnly() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 6
	return *p
}

func addrLocalOnly() int {
	t := &T{1, 2} // ERROR "&T\{\.\.\.\} does not escape$"
	return t.a + t.b
}

func retVarAddrViaTemp() *int {
	var x int // ERROR "moved to heap: x$"
	p := &x
	return p
}

func retNamedResult() (r *int) {
	y := 7 // ERROR "moved to heap: y$"
	r = &y
	return
}

func retFieldAddr() *int {
	var t T // ERROR "moved to heap: t$"
	return &t.b
}

func retArrayElemAddr() *int {
	var a [4]int // ERROR "moved to heap: a$"
	return &a[2]
}
