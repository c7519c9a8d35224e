// errorcheck -0 -m -l

package main

type T struct{ n int }

func (t T) get() int { return t.n }

func (t *T) inc() { t.n++ } // ERROR "t does not escape$"

type W struct{ T }

// gc prints a method value's receiver with its own precedence: an &T{...}
// or *p receiver is parenthesized.
func values(p *T) int { // ERROR "p does not escape$"
	f := (&T{1}).get // ERROR "\(&T\{\.\.\.\}\)\.get does not escape$" "&T\{\.\.\.\} does not escape$"
	g := (*p).get // ERROR "\(\*p\)\.get does not escape$"
	h := T{2}.get // ERROR "T\{\.\.\.\}\.get does not escape$"
	i := (&W{}).inc // ERROR "\(&W\{\}\)\.T\.inc does not escape$" "&W\{\} does not escape$"
	j := W{}.T.get // ERROR "W\{\}\.T\.get does not escape$"
	i()
	return f() + g() + h() + j()
}

func main() {
	println(values(&T{3})) // ERROR "&T\{\.\.\.\} does not escape$"
}
