package main

import "fmt"

type I interface{ M(p *int) string }

type impl struct{ tag string }

func (x impl) M(p *int) string { *p += 1; return fmt.Sprint(x.tag, *p) }

// i.M on a T holding an I: an interface call on the embedded field.
type T struct{ I }

type P struct {
	n int
	I
}

func add(a, b int) int { return a + b }

func main() {
	var i I = T{impl{"t"}}
	n := 7
	fmt.Println(i.M(&n), n)
	var j I = &P{3, impl{"p"}}
	fmt.Println(j.M(&n), n)

	// Calls through aliases of a func literal and of a named function.
	f := func(p *int) int { *p *= 2; return *p }
	g := f
	h := g
	fmt.Println(h(&n), g(&n), n)
	a := add
	b := a
	fmt.Println(b(2, 3))
}
