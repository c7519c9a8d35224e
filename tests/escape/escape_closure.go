// errorcheck -0 -m -l

package main

var sinkf func() int
var gp *int

func Increase() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func byValue() int {
	a := 1
	f := func() int { return a * 2 } // ERROR "func literal does not escape$"
	return f()
}

func byRefLocal() int {
	a := 1
	f := func() { a++ } // ERROR "func literal does not escape$"
	f()
	return a
}

func bigCapture() int {
	var big [20]int
	f := func() int { return big[3] } // ERROR "func literal does not escape$"
	return f()
}

func escapingByValue() {
	v := 10
	sinkf = func() int { return v } // ERROR "func literal escapes to heap$"
}

func escapingByRef() {
	w := 10 // ERROR "moved to heap: w$"
	sinkf = func() int { w++; return w } // ERROR "func literal escapes to heap$"
}

func directCall() {
	y := 5
	func() { y++ }() // ERROR "func literal does not escape$"
	p := func(q *int) *int { return q }(&y) // ERROR "leaking param: q$" "func literal does not escape$"
	*p = 1
}

func resultOfDirect() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR "func literal does not escape$"
	return u
}

func storeInClosure() {
	var l *int
	func() { // ERROR "func literal does not escape$"
		l = new(int) // ERROR "new\(int\) escapes to heap$"
	}()
	_ = l
}

func nested() func() int {
	x := 0 // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		return func() int { // ERROR "func literal does not escape$"
			x++
			return x
		}()
	}
}

func loopCapture() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$"
	}
	return fs
}

func leakViaClosure(p *int) { // ERROR "leaking param: p$"
	func() { // ERROR "func literal does not escape$"
		gp = p
	}()
}

func paramToClosure(p *int) func() int { // ERROR "leaking param: p$"
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

func main() {
	_ = Increase()
	byValue()
	byRefLocal()
	bigCapture()
	escapingByValue()
	escapingByRef()
	directCall()
	resultOfDirect()
	storeInClosure()
	nested()
	loopCapture()
	x := 1 // ERROR "moved to heap: x$"
	leakViaClosure(&x)
	paramToClosure(&x)
}
