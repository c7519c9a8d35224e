// errorcheck -0 -m -l

package main

var global func(*int)

func f(p *int) {} // ERROR "p does not escape$"

func g(p *int) { global = nil } // ERROR "p does not escape$"

func leak(p *int) { gp = p } // ERROR "leaking param: p$"

var gp *int

func callUnknown(fn func(*int)) { // ERROR "fn does not escape$"
	a := 1 // ERROR "moved to heap: a$"
	fn(&a)
}

func callStatic() {
	a := 1
	fn := f
	fn(&a)
}

func callReassigned() {
	a := 1 // ERROR "moved to heap: a$"
	fn := f
	fn = g
	fn(&a)
}

func callLiteralVar() {
	a := 1
	h := func(p *int) {} // ERROR "p does not escape$" "func literal does not escape$"
	h(&a)
}

func callLeakStatic() {
	a := 1 // ERROR "moved to heap: a$"
	fn := leak
	fn(&a)
}

func returnsFunc() func(*int) {
	return f
}

func callReturned() {
	a := 1 // ERROR "moved to heap: a$"
	returnsFunc()(&a)
}

func variadicValue(xs ...*int) {} // ERROR "xs does not escape$"

func callVariadic() {
	a, b := 1, 2
	fn := variadicValue
	fn(&a, &b) // ERROR "\.\.\. argument does not escape$"
	ps := []*int{&a} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	fn(ps...)
}

func storeFunc() {
	global = f
}

func main() {
	callUnknown(f)
	callStatic()
	callReassigned()
	callLiteralVar()
	callLeakStatic()
	callReturned()
	callVariadic()
	storeFunc()
}
