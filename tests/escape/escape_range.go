// errorcheck -0 -m -l

// Range loops: the value variable is read from the operand's copy each
// iteration (gc: "range" for arrays, "range-deref" otherwise; -m=2 in
// escape_range.m2).
package main

var sink interface{}
var psink *int

func slices(s []*int) { // ERROR "leaking param content: s$"
	for _, p := range s {
		psink = p
	}
}

func arrays(a [3]*int) { // ERROR "leaking param: a$"
	for i, p := range a {
		if i > 0 {
			psink = p
		}
	}
}

func arrayPtr(a *[3]*int) { // ERROR "leaking param content: a$"
	for _, p := range a {
		psink = p
	}
}

func maps(m map[string]*int) { // ERROR "leaking param content: m$"
	for k, v := range m {
		sink = k // ERROR "k escapes to heap$"
		psink = v
	}
}

func assignOuter(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	var q *int
	for _, q = range s {
	}
	return q
}

func local() {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	for _, p := range []*int{&x, &y} { // ERROR "\[\]\*int{\.\.\.} does not escape$"
		psink = p
	}
}

func main() {}
