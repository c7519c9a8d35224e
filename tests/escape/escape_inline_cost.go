// errorcheck -0 -m=2

// gc's inlining costs (-m=2: "can inline F with cost N as: BODY" and
// "cannot inline F: REASON"): the budget is 80 nodes of gc's IR; a call of a
// function that is not inlined costs 57 more, one that is costs its own
// cost; declarations, implicit conversions, method expressions and slice
// literals count as gc counts them; a constant if or switch costs only its
// branch taken. Only scalars here, so -m=2 prints no flow explanations.
package main

type Pt struct{ X, Y int }

func (p Pt) Sum() int { return p.X + p.Y } // ERROR "can inline Pt\.Sum with cost 6 as: method\(Pt\) func\(\) int \{ return p\.X \+ p\.Y \}$"

func (p *Pt) Scale(k int) { p.X *= k; p.Y *= k } // ERROR "can inline \(\*Pt\)\.Scale with cost 8 as: method\(\*Pt\) func\(int\) \{ p\.X \*= k; p\.Y \*= k \}$" "p does not escape$"

func add(a, b int) int { return a + b } // ERROR "can inline add with cost 4 as: func\(int, int\) int \{ return a \+ b \}$"

func add3(a, b, c int) int { return add(add(a, b), c) } // ERROR "can inline add3 with cost 16 as: func\(int, int, int\) int \{ return add\(add\(a, b\), c\) \}$" "inlining call to add$"

func decl(a int) int { // ERROR "can inline decl with cost 18 as: func\(int\) int \{ b := a \* 2; var c int; c = <nil>; c = b \+ 1; return c \}$"
	b := a * 2
	var c int
	c = b + 1
	return c
}

func loop(n int) int { // ERROR "can inline loop with cost 22 as: func\(int\) int \{ s := 0; for loop; return s \}$"
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func sw(k int) int { // ERROR "can inline sw with cost 13 as: func\(int\) int \{ switch statement; return 0 \}$"
	switch k {
	case 1:
		return 10
	case 2, 3:
		return 20
	}
	return 0
}

const debug = false

func constIf(x int) int { // ERROR "can inline constIf with cost 2 as: func\(int\) int \{ if debug \{  \}; return x \}$"
	if debug {
		println(x, x, x)
		println(x, x, x)
	}
	return x
}

//go:noinline
func opaque(x int) int { return x } // ERROR "cannot inline opaque: marked go:noinline$"

func heavy(x int) int { return opaque(x) + opaque(x+1) } // ERROR "cannot inline heavy: function too complex: cost 124 exceeds budget 80$"

func medium(x int) int { return opaque(x) + 1 } // ERROR "can inline medium with cost 63 as: func\(int\) int \{ return opaque\(x\) \+ 1 \}$"

func rec(n int) int { // ERROR "cannot inline rec: recursive$"
	if n == 0 {
		return 0
	}
	return rec(n-1) + 1
}

func methods(k int) int { // ERROR "can inline methods with cost 32 as: func\(int\) int \{ p := Pt\{\.\.\.\}; \(\*Pt\)\.Scale\(p, k\); return Pt\.Sum\(p\) \}$"
	p := Pt{1, 2}
	p.Scale(k) // ERROR "inlining call to \(\*Pt\)\.Scale$"
	return p.Sum() // ERROR "inlining call to Pt\.Sum$"
}

func main() { // ERROR "cannot inline main: function too complex: cost 310 exceeds budget 80$"
	println(add3(1, 2, 3), decl(1), loop(3), sw(2), constIf(4), heavy(1), medium(2), rec(3), methods(2)) // ERROR "inlining call to add3$" "inlining call to add$" "inlining call to decl$" "inlining call to loop$" "inlining call to sw$" "inlining call to constIf$" "inlining call to medium$" "inlining call to methods$" "inlining call to \(\*Pt\)\.Scale$" "inlining call to Pt\.Sum$"
}
