// errorcheck -0 -m -l

// Promoted fields: gc spells the embedded fields a selector goes through
// (d.Named.name for d.name), in -m and in the -m=2 steps (escape_promoted.m2).
package main

type Counter struct{ n *int }

type Named struct {
	Counter
	name string
}

type Deep struct {
	*Named
}

var sink interface{}

func f(nm Named, d Deep) { // ERROR "leaking param: nm$" "leaking param content: d$"
	sink = nm.n
	sink = d.n
	sink = d.name // ERROR "d\.Named\.name escapes to heap$"
}

func main() {}
