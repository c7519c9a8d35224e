// errorcheck -0 -m -l

// Seed 002 note to §2.14: new(T) is not "always heap"; var x T; return &x and
// p := new(T); return p are equivalent: both escape because *T is returned.

package escape

type T struct {
	a, b int
}

func viaVar() *T {
	var x T // ERROR "moved to heap: x$"
	return &x
}

func viaNew() *T {
	p := new(T) // ERROR "new\(T\) escapes to heap$"
	return p
}

func newNotReturned() int {
	p := new(T) // ERROR "new\(T\) does not escape$"
	p.a = 1
	return p.a
}
