// errorcheck -0 -m -l

// panic(x): the argument is boxed into an interface{} that escapes.

package escape

type Err struct {
	msg string
}

func panicInt(n int) {
	if n < 0 {
		panic(n) // ERROR "n escapes to heap$"
	}
}

func panicConst() {
	panic("boom") // ERROR ".boom. escapes to heap$"
}

func panicPtr() {
	e := &Err{msg: "bad"} // ERROR "&Err\{\.\.\.\} escapes to heap$"
	panic(e)
}

func panicStruct() {
	e := Err{msg: "bad"}
	panic(e) // ERROR "e escapes to heap$"
}

func panicAddr() {
	x := 1 // ERROR "moved to heap: x$"
	panic(&x)
}

func panicIface(e interface{}) { // ERROR "leaking param: e$"
	panic(e)
}

func panicParamPtr(p *Err) { // ERROR "leaking param: p$"
	panic(p)
}

func panicString(s string) { // ERROR "leaking param: s$"
	panic(s) // ERROR "s escapes to heap$"
}

// Two identical diagnostics on one line (the concatenation, then its boxing
// for panic, at different columns): one regexp matches both.
func panicConcat(s string) { // ERROR "s does not escape$"
	panic("error: " + s) // ERROR ".error: . \+ s escapes to heap$"
}

func panicNil() {
	panic(nil)
}
