// errorcheck -0 -m -l

package main

// -m=2 spellings: a conversion to an unnamed type written in parentheses
// prints as (T)(x) with gc's type spelling, and a call whose result the
// front end keeps in a temporary (`f(p)()`) is named by the call itself in
// its "call parameter" note.

import "unsafe"

func reinterpret(x *int32) *int { // ERROR "leaking param: x to result ~r0 level=0$"
	return *(**int)(unsafe.Pointer(&x))
}

func bind(p *int) func() { // ERROR "leaking param: p$"
	return func() { _ = *p } // ERROR "func literal escapes to heap$"
}

func run(p *int) {     // ERROR "leaking param: p$"
	bind(p)()
}

func main() {
	var i int32
	n := 1 // ERROR "moved to heap: n$"
	_ = reinterpret(&i)
	run(&n)
}
