// errorcheck -0 -m

// gc 1.19 devirtualizes after inlining, and its StaticValue sees through an
// inlined call to the value the callee's only return statement returns:
// v := newT(1) with newT inlined makes v.Get() a direct call of T.Get on
// v.(T), so the boxed T{...} does not escape. Not when the callee has two
// return statements or a named result (gc then declares the result
// variable apart and it has no single definition), nor when the callee
// returns a local of its own (inlined copies of locals have none either),
// nor for a variable assigned after its declaration. newT(3).Get() goes
// through the receiver's temporary (.autotmp_3); get(newP(4)) through
// get's inlined parameter; w := v through the chain of variables.
package main

type I interface{ Get() int }

type T struct{ n int }

func (t T) Get() int { return t.n } // ERROR "can inline T.Get"

type P struct{ n int }

func (p *P) Get() int { return p.n } // ERROR "can inline \(\*P\).Get" "p does not escape"

var sink any

func newT(n int) I { return T{n: n} } // ERROR "can inline newT" "T{...} escapes to heap"

func newP(n int) I { return &P{n: n} } // ERROR "can inline newP" "&P{...} escapes to heap"

func twoReturns(n int) I { // ERROR "can inline twoReturns"
	if n > 0 {
		return T{n: n} // ERROR "T{...} escapes to heap"
	}
	return &P{n: n} // ERROR "&P{...} escapes to heap"
}

func named(n int) (i I) { // ERROR "can inline named"
	i = T{n: n} // ERROR "T{...} escapes to heap"
	return i
}

func viaLocal(n int) I { // ERROR "can inline viaLocal"
	var i I = T{n: n} // ERROR "T{...} escapes to heap"
	return i
}

func get(i I) int { return i.Get() } // ERROR "can inline get" "leaking param: i"

func results() {
	v := newT(1)         // ERROR "inlining call to newT" "T{...} does not escape"
	sink = v.Get()       // ERROR "devirtualizing v.Get to T" "T.Get\(v.\(T\)\) escapes to heap"
	w := v
	sink = w.Get()       // ERROR "devirtualizing w.Get to T" "T.Get\(w.\(T\)\) escapes to heap"
	p := newP(2)         // ERROR "inlining call to newP" "&P{...} does not escape"
	sink = p.Get()       // ERROR "devirtualizing p.Get to \*P" "\(\*P\).Get\(p.\(\*P\)\) escapes to heap"
	sink = newT(3).Get() // ERROR "inlining call to newT" "T{...} does not escape" "devirtualizing .autotmp_3.Get to T" "T.Get\(.autotmp_3.\(T\)\) escapes to heap"
	sink = get(newP(4))  // ERROR "inlining call to get" "inlining call to newP" "&P{...} does not escape" "devirtualizing i.Get to \*P" "~R0 escapes to heap"
	x := twoReturns(5)   // ERROR "inlining call to twoReturns" "T{...} escapes to heap" "&P{...} escapes to heap"
	sink = x.Get()       // ERROR "x.Get\(\) escapes to heap"
	y := named(6)        // ERROR "inlining call to named" "T{...} escapes to heap"
	sink = y.Get()       // ERROR "y.Get\(\) escapes to heap"
	z := viaLocal(7)     // ERROR "inlining call to viaLocal" "T{...} escapes to heap"
	sink = z.Get()       // ERROR "z.Get\(\) escapes to heap"
	var r I
	r = newT(8)    // ERROR "inlining call to newT" "T{...} escapes to heap"
	sink = r.Get() // ERROR "r.Get\(\) escapes to heap"
}

func main() { // ERROR "can inline main"
	results()
}
