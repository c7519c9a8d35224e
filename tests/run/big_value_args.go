// Values bigger than a few words passed by value: every kind of call gets
// its own copy (codegen passes a pointer to a copy the caller made), and
// what the callee does to its copy never shows in the caller's value.
package main

import "fmt"

type Big struct {
	a   [20]int
	tag string
}

//go:noinline
func scribble(b Big) int {
	s := b.a[0] + b.a[19]
	b.a[0] = -1
	b.tag = "scribbled"
	return s
}

//go:noinline
func keep(b Big) *Big { return &b } // b moves to the heap

func (b Big) Sum() int {
	t := 0
	for _, v := range b.a {
		t += v
	}
	b.a[1] = 1000
	return t
}

func (b *Big) Bump() { b.a[2]++ }

type Summer interface{ Sum() int }

//go:noinline
func twice(b Big) (Big, Big) {
	c := b
	c.a[3] = 33
	return b, c
}

func mk(n int) Big {
	var b Big
	for i := range b.a {
		b.a[i] = n + i
	}
	b.tag = fmt.Sprint("big", n)
	return b
}

func main() {
	b := mk(1)
	fmt.Println(scribble(b), b.a[0], b.tag)

	p := keep(b)
	p.a[0] = 99
	fmt.Println(b.a[0], p.a[0], p.tag)

	f := scribble
	fmt.Println(f(b), b.a[0])

	var s Summer = b
	b.a[0] = 500 // the interface holds its own copy
	fmt.Println(s.Sum(), b.a[1])

	m := b.Sum
	b.a[0] = 0 // the method value holds the receiver as it was
	fmt.Println(m(), b.Sum())

	b.Bump()
	fmt.Println(b.a[2])

	x, y := twice(b)
	fmt.Println(x.a[3], y.a[3], b.a[3])

	fmt.Println(scribble(Big{a: [20]int{0: 7, 19: 8}}), scribble(mk(10)))

	done := make(chan int)
	go func(v Big) { done <- v.a[0] + v.a[19] }(b)
	b.a[19] = 0
	fmt.Println(<-done)

	func() {
		defer func(v Big) { fmt.Println("deferred", v.a[19], v.tag) }(b)
		b.a[19] = 123
		b.tag = "changed"
	}()

	g := func(v Big) int { v.a[5] = 0; return v.a[5] + b.a[5] }
	fmt.Println(g(b), b.a[5])
}
