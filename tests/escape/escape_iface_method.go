// errorcheck -0 -m -l

// Calls through interfaces have an unknown callee: the receiver and every
// argument leak to the heap. Type assertions read the interface's data.

package escape

type Getter interface {
	Get() int
}

type Putter interface {
	Put(p *int)
}

type T struct{ n int }

func (t *T) Get() int { return t.n } // ERROR "t does not escape$"

func (t T) Put(p *int) { t.n = *p } // ERROR "p does not escape$"

type V struct{ n int }

func (v V) Get() int { return v.n }

func argLeaks(p Putter) { // ERROR "leaking param: p$"
	x := 5 // ERROR "moved to heap: x$"
	p.Put(&x)
}

func paramIface(g Getter) int { // ERROR "leaking param: g$"
	return g.Get()
}

func callParam() int {
	t := &T{3} // ERROR "&T\{\.\.\.\} escapes to heap$"
	return paramIface(t)
}

func assertPtr(i interface{}) *T { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*T)
}

func assertVal(i interface{}) int { // ERROR "i does not escape$"
	return i.(int)
}

func assertOk(i interface{}) (*T, bool) { // ERROR "leaking param: i to result ~r0 level=0$"
	t, ok := i.(*T)
	return t, ok
}

func assertLocal() int {
	var i interface{} = &T{4} // ERROR "&T\{\.\.\.\} does not escape$"
	t := i.(*T)
	return t.n
}

func typeSwitch(i interface{}) int { // ERROR "i does not escape$"
	switch v := i.(type) {
	case *T:
		return v.n
	case int:
		return v
	}
	return 0
}

var sink *T

func typeSwitchLeak(i interface{}) { // ERROR "leaking param: i$"
	switch v := i.(type) {
	case *T:
		sink = v
	}
}

func convIface(g Getter) interface{} { // ERROR "leaking param: g to result ~r0 level=0$"
	return g
}
