// errorcheck -0 -m -l

package main

// gc's StaticValue follows a chain of never-reassigned locals back to the
// function they were initialised with: calls through g and h are direct.
func chain() {
	f := func(p *int) {} // ERROR "p does not escape$" "func literal does not escape$"
	g := f
	h := g
	h(new(int)) // ERROR "new\(int\) does not escape$"
	g(new(int)) // ERROR "new\(int\) does not escape$"
}

func named(p *int) int { return *p } // ERROR "p does not escape$"

func chainNamed() int {
	f := named
	g := f
	return g(new(int)) // ERROR "new\(int\) does not escape$"
}

// A reassigned link breaks the chain: the call leaks its arguments.
func broken() {
	f := func(p *int) {} // ERROR "p does not escape$" "func literal does not escape$"
	g := f
	g = func(p *int) {} // ERROR "p does not escape$" "func literal does not escape$"
	g(new(int)) // ERROR "new\(int\) escapes to heap$"
}

func main() {
	chain()
	println(chainNamed())
	broken()
}
