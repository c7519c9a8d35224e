package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) Add(k int) int {
	c.n += k
	return c.n
}

type Named struct {
	Counter
	name string
}

func (n Named) Hello(greet string) string { return greet + ", " + n.name }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }
func (q *Sq) Name() string  { return "square" }

func apply(f func() int) int { return f() }
func apply2(f func(int) int, k int) int { return f(k) }

type holder struct {
	fn func() int
}

func divmod(a, b int) (int, int) { return a / b, a % b }

type Div struct{ d int }

func (d Div) DivMod(a int) (int, int) { return divmod(a, d.d) }

func main() {
	c := Counter{n: 1}
	get := c.Get // receiver copied now
	c.n = 100
	fmt.Println(get(), c.n)

	inc := c.Inc // &c
	inc()
	inc()
	fmt.Println(c.n)

	p := &Counter{n: 5}
	g2 := p.Get // *p copied now
	p.n = 50
	fmt.Println(g2(), apply(p.Get), apply2(p.Add, 3), p.n)

	nm := Named{Counter{7}, "bob"}
	hg := nm.Get  // promoted through embedding
	hi := nm.Hello
	ninc := nm.Inc // &nm.Counter
	ninc()
	fmt.Println(hg(), hi("hi"), nm.n)

	var shapes []Shape
	shapes = append(shapes, Rect{2, 3}, &Sq{4})
	var fs []func() float64
	var names []func() string
	for _, s := range shapes {
		fs = append(fs, s.Area)
		names = append(names, s.Name)
	}
	for i := range fs {
		fmt.Println(names[i](), fs[i]())
	}

	h := holder{fn: c.Get}
	c.n = -1
	fmt.Println(h.fn())

	dm := Div{7}.DivMod
	q, r := dm(23)
	fmt.Println(q, r)

	// method expressions
	fget := Counter.Get
	finc := (*Counter).Inc
	fadd := (*Counter).Add
	fpget := (*Counter).Get
	cc := Counter{10}
	finc(&cc)
	fmt.Println(fget(cc), fadd(&cc, 5), fpget(&cc))
	fhello := Named.Hello
	fmt.Println(fhello(nm, "yo"))
	farea := Shape.Area
	fmt.Println(farea(Rect{1, 2}), farea(&Sq{3}))
	fmt.Printf("%T %T\n", fget, farea)
	fmt.Println(fget != nil, get != nil)

	// nil interface method value panics at evaluation
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var pc *Counter
		defer func() { fmt.Println("recovered 2:", recover()) }()
		f := pc.Get
		fmt.Println("not reached", f)
	}()
	var sh Shape
	fmt.Println("before")
	f := sh.Area
	fmt.Println("not reached", f)
}
