// errorcheck -0 -m -l

// Methods on concrete types are direct calls: the receiver is the first
// parameter and gets a leak tag like any other.

package escape

var sink *T
var gsink interface{}

type T struct {
	n    int
	next *T
}

func (t *T) Get() int { return t.n } // ERROR "t does not escape$"

func (t *T) Self() *T { return t } // ERROR "leaking param: t to result ~r0 level=0$"

func (t *T) Keep() { sink = t } // ERROR "leaking param: t$"

func (t T) Value() int { return t.n } // ERROR "t does not escape$"

func (t T) Next() *T { return t.next } // ERROR "leaking param: t to result ~r0 level=0$"

func (t *T) Link(o *T) { t.next = o } // ERROR "t does not escape$" "leaking param: o$"

func (t *T) SetN(n int, p *int) { t.n = n + *p } // ERROR "t does not escape$" "p does not escape$"

func callGet() int {
	var t T
	return t.Get()
}

func callSelf() *T {
	var t T // ERROR "moved to heap: t$"
	return t.Self()
}

func callKeep() {
	var t T // ERROR "moved to heap: t$"
	t.Keep()
}

func callValue() int {
	t := &T{n: 1} // ERROR "&T\{\.\.\.\} does not escape$"
	return t.Value()
}

func callLink() {
	a := &T{} // ERROR "&T\{\} does not escape$"
	b := &T{} // ERROR "&T\{\} escapes to heap$"
	a.Link(b)
}

func callNew() int {
	t := new(T) // ERROR "new\(T\) does not escape$"
	x := 3
	t.SetN(1, &x)
	return t.Get()
}

type Outer struct {
	T
	name string
}

func callPromoted() int {
	var o Outer
	return o.Get()
}

func callPromotedKeep() {
	var o Outer // ERROR "moved to heap: o$"
	o.Keep()
}

func methodExpr() int {
	var t T
	return (*T).Get(&t)
}

func valueExpr() int {
	t := T{n: 2}
	return T.Value(t)
}
