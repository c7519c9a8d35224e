// errorcheck -0 -m -l

package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ } // ERROR "c does not escape$"
func (c *Counter) Self() *Counter { return c } // ERROR "leaking param: c to result ~r0 level=0$"

type Getter interface{ Get() int }

type Box struct {
	Counter
	tag string
}

var sink func() int
var sinkInc func()
var sinkSelf func() *Counter

func apply(f func() int) int { return f() } // ERROR "f does not escape$"

func local() int {
	c := Counter{1}
	f := c.Get // ERROR "c\.Get does not escape$"
	return f()
}

func leakValue() {
	c := Counter{1}
	sink = c.Get // ERROR "c\.Get escapes to heap$"
}

func leakPtr() {
	c := Counter{1} // ERROR "moved to heap: c$"
	sinkInc = c.Inc // ERROR "c\.Inc escapes to heap$"
}

func ret(p *Counter) func() int { // ERROR "p does not escape$"
	return p.Get // ERROR "p\.Get escapes to heap$"
}

func retPtr(p *Counter) func() { // ERROR "leaking param: p$"
	return p.Inc // ERROR "p\.Inc escapes to heap$"
}

func self(p *Counter) *Counter { // ERROR "leaking param: p$"
	f := p.Self // ERROR "p\.Self does not escape$"
	return f()
}

func arg(p *Counter) int { // ERROR "p does not escape$"
	return apply(p.Get) // ERROR "p\.Get does not escape$"
}

func iface(g Getter) int { // ERROR "leaking param: g$"
	f := g.Get // ERROR "g\.Get does not escape$"
	return f()
}

func embedded(b *Box) int { // ERROR "b does not escape$"
	f := b.Get // ERROR "b\.Counter\.Get does not escape$"
	return f()
}

func loop(cs []Counter) int { // ERROR "cs does not escape$"
	t := 0
	for i := range cs {
		f := cs[i].Inc // ERROR "cs\[i\]\.Inc does not escape$"
		f()
		t += cs[i].n
	}
	return t
}

func methodExpr(c Counter) int {
	f := Counter.Get
	g := (*Counter).Inc
	g(&c)
	return f(c)
}

func main() {
	local()
	leakValue()
	leakPtr()
	ret(&Counter{})() // ERROR "&Counter\{\} does not escape$"
	retPtr(&Counter{})() // ERROR "&Counter\{\} escapes to heap$"
	self(&Counter{}) // ERROR "&Counter\{\} escapes to heap$"
	arg(&Counter{}) // ERROR "&Counter\{\} does not escape$"
	iface(Counter{}) // ERROR "Counter\{\} escapes to heap$"
	embedded(&Box{}) // ERROR "&Box\{\} does not escape$"
	loop(make([]Counter, 3)) // ERROR "make\(\[\]Counter, 3\) does not escape$"
	methodExpr(Counter{})
}
