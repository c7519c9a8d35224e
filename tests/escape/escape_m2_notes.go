// errorcheck -0 -m -l

// -m=2 notes (escape_m2_notes.m2): the implicit &x of x.M() for a pointer
// method, which gc spells x (o.t for a field); the
// comma-ok forms, whose value goes straight to v (a type assertion's with
// gc's note assign-pair-dot-type; a map's or channel's element is on the
// heap already).

package main

type T struct{ n int }

var sink any
var sinkT *T

func (t *T) Keep() { sinkT = t } // ERROR "leaking param: t$"

type O struct{ t T }

func addr() {
	var t T // ERROR "moved to heap: t$"
	t.Keep()
	var o O // ERROR "moved to heap: o$"
	o.t.Keep()
}

type S struct{ p *int }

func dotType(z any) any { // ERROR "leaking param: z to result ~r0 level=0$"
	e, ok := z.(S)
	if ok {
		return e
	}
	return nil
}

func dotTypeAssign(z any) { // ERROR "leaking param: z$"
	var e any
	var ok bool
	e, ok = z.(*int)
	_ = ok
	sink = e
}

func mapr(m map[int]*int) *int { // ERROR "m does not escape$"
	v, ok := m[1]
	if ok {
		return v
	}
	return nil
}

func receive(ch chan *int) *int { // ERROR "ch does not escape$"
	v, ok := <-ch
	if ok {
		return v
	}
	return nil
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	dotType(S{&x})
	mapr(nil)
	receive(nil)
	dotTypeAssign(&x)
	addr()
}
