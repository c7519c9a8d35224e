// main calls fn's functions: each inlines with its func literals, which
// become main's (main.func1, ...), checked and inlined where they are called.
package main

import "example.com/inlclosures/fn"

var sink *int

func main() {
	println(fn.Apply(2))
	add := fn.Adder(3)
	println(add(4))
	next := fn.Counter()
	next()
	println(next())
	println(fn.Now(5))
	get := fn.Box(6)
	sink = get()
	println(*sink)
	println(fn.Twice(7)()())
}
