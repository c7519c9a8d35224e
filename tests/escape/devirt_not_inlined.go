// errorcheck -0 -m

// gc 1.19 devirtualizes after inlining: a method call on an interface
// variable known to hold a *T becomes a direct call of (*T).Get, which is
// never inlined itself (T.Get is inlined into the (*T).Get wrapper gc
// generates). Its caller's cost counts the interface calls (f is too
// costly to inline with two).
package main

type I interface{ Get() int }

type T struct{ n int }

func (t T) Get() int { return t.n } // ERROR "can inline T.Get"

type P struct{ n int }

func (p *P) Get() int { return p.n } // ERROR "can inline \(\*P\).Get" "p does not escape"

func f(n int) int { // two interface calls: too costly to inline
	var i I = &T{n: n}       // ERROR "&T{...} does not escape"
	var j I = &P{n: n}       // ERROR "&P{...} does not escape"
	return i.Get() + j.Get() // ERROR "devirtualizing i.Get to \*T" "devirtualizing j.Get to \*P"
}

func main() { // ERROR "can inline main"
	println(f(2))
}
