// errorcheck -0 -m=2

// More of gc's inlining costs and "as:" bodies (-m=2), each function one
// rule of gc's typechecked IR that the cost counts: the 0 typecheck gives
// make(map) and make(chan) without a size; the implicit * of p[i] on a
// pointer to an array; a method value's implicit & or *; the conversion
// of one interface type to another (none between an interface and a
// concrete operand of == or of a switch case); the temporary t := x that
// RewriteNonNameCall makes of a receiver that calls or receives; integer
// conversions within one SimType (free) and float ones (never free);
// var a, b T = x, y as two declarations; deadcode's true && x; and the
// body as gc prints it (labels, else if, variadic arguments, if inits).
package main

type C struct{ n int }

func (c C) Value() int { return c.n } // ERROR "can inline C\.Value with cost 3 as: method\(C\) func\(\) int \{ return c\.n \}$"
func (c *C) Ptr() int  { return c.n } // ERROR "can inline \(\*C\)\.Ptr with cost 3 as: method\(\*C\) func\(\) int \{ return c\.n \}$" "c does not escape$"

type Getter interface{ Ptr() int }

const on = true

func mkMap() int { m := make(map[string]int); m["a"] = 1; return len(m) } // ERROR "can inline mkMap with cost 14 as: func\(\) int \{ m := make\(map\[string\]int\); m\[\"a\"\] = 1; return len\(m\) \}$" "make\(map\[string\]int\) does not escape$"

func mkChan() int { ch := make(chan int); return cap(ch) } // ERROR "can inline mkChan with cost 9 as: func\(\) int \{ ch := make\(chan int\); return cap\(ch\) \}$"

func index(p *[4]int) int { return p[1] } // ERROR "can inline index with cost 5 as: func\(\*\[4\]int\) int \{ return p\[1\] \}$" "p does not escape$"

func methodValues(c C, p *C) int { // ERROR "cannot inline methodValues: function too complex: cost 136 exceeds budget 80$" "p does not escape$"
	f := c.Ptr // ERROR "c\.Ptr does not escape$"
	g := p.Value // ERROR "p\.Value does not escape$"
	return f() + g()
}

func toAny(x Getter) bool { var e any = x; return e != nil } // ERROR "can inline toAny with cost 10 as: func\(Getter\) bool \{ var e any; e = x; return e != nil \}$" "x does not escape$"

func compare(e any, x int, g Getter) bool { return e == 5 || e == x || e == g } // ERROR "can inline compare with cost 13 as: func\(any, int, Getter\) bool \{ return e == 5 \|\| e == x \|\| e == any\(g\) \}$" "e does not escape$" "g does not escape$"

func compareSpelled(e interface{}, g Getter) bool { return g == e } // ERROR "can inline compareSpelled with cost 5 as: func\(interface \{\}, Getter\) bool \{ return \(interface \{\}\)\(g\) == e \}$" "e does not escape$" "g does not escape$"

func cases(e any) int { // ERROR "can inline cases with cost 12 as: func\(any\) int \{ switch statement; return 0 \}$" "e does not escape$"
	switch e {
	case 1:
		return 1
	case "a":
		return 2
	}
	return 0
}

func recv(ch chan C) int { return (<-ch).Value() } // ERROR "can inline recv with cost 11 as: func\(chan C\) int \{ return C\.Value\(\.autotmp_2\) \}$" "inlining call to C\.Value$" "ch does not escape$"

//go:noinline
func mk() C { return C{} } // ERROR "cannot inline mk: marked go:noinline$"

func result() int { return mk().Value() } // ERROR "can inline result with cost 68 as: func\(\) int \{ return C\.Value\(\.autotmp_1\) \}$" "inlining call to C\.Value$"

func conversions(i int, u uintptr, f float32) float32 { // ERROR "can inline conversions with cost 9 as: func\(int, uintptr, float32\) float32 \{ return float32\(int64\(i\)\) \+ float32\(uint64\(u\)\) \+ float32\(f\) \}$"
	return float32(int64(i)) + float32(uint64(u)) + float32(f)
}

func pairs(a, b int) int { // ERROR "can inline pairs with cost 14 as: func\(int, int\) int \{ var x int; x = a; var y int; y = b; return x \+ y \}$"
	var x, y int = a, b
	return x + y
}

func shortCircuit(i int) int { // ERROR "can inline shortCircuit with cost 8 as: func\(int\) int \{ if i > 0 \{ return 1 \}; return 0 \}$"
	if on && i > 0 {
		return 1
	}
	return 0
}

func labelled(n int) int { // ERROR "can inline labelled with cost 28 as: func\(int\) int \{ s := 0; outer: ; for loop; return s \}$"
	s := 0
outer:
	for i := 0; i < n; i++ {
		if i > 3 {
			break outer
		}
		s += i
	}
	return s
}

func elseIf(n int) int { // ERROR "can inline elseIf with cost 14 as: func\(int\) int \{ if n < 0 \{ return -1 \} else \{ if n == 0 \{ return 0 \} \}; return 1 \}$"
	if n < 0 {
		return -1
	} else if n == 0 {
		return 0
	}
	return 1
}

func sum(xs ...int) int { // ERROR "can inline sum with cost 16 as: func\(\.\.\.int\) int \{ s := 0; for loop; return s \}$" "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func variadic(a int) int { return sum(a, 2, 3) + sum() } // ERROR "can inline variadic with cost 41 as: func\(int\) int \{ return sum\(a, 2, 3\) \+ sum\(\) \}$" "inlining call to sum$" "\.\.\. argument does not escape$"

func ifInit(m map[int]int) int { // ERROR "can inline ifInit with cost 16 as: func\(map\[int\]int\) int \{ if ok \{ return v \}; return 0 \}$" "m does not escape$"
	if v, ok := m[1]; ok {
		return v
	}
	return 0
}

func main() {} // ERROR "can inline main with cost 0 as: func\(\) \{  \}$"
