// errorcheck -0 -m -d=inlfuncswithclosures=0

package main

// With -d=inlfuncswithclosures=0 a function holding a func literal is not
// inlined (gc 1.19 inlines it by default); the literal itself still is.

func apply(x int) int {
	f := func(y int) int { return y + 1 } // ERROR "can inline apply\.func1$" "func literal does not escape$"
	return f(x) // ERROR "inlining call to apply\.func1$"
}

func twice(x int) int { // ERROR "can inline twice$"
	return x * 2
}

func main() { // ERROR "can inline main$"
	println(apply(1), twice(2)) // ERROR "inlining call to twice$"
}
