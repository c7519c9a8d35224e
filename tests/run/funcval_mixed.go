package main

import "fmt"

func Increase() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

func sink(p *int) {}

var gf func(*int)

func deferTop(x *int) {
	defer sink(x)
	defer func() { sink(x) }()
	defer fmt.Println(*x)
}

func deferLoop(x *int) {
	for i := 0; i < 3; i++ {
		defer sink(x)
		defer func() { sink(x) }()
		defer fmt.Println(i)
	}
}

func byval() int {
	a := 1
	b := [20]int{}
	f := func() int { return a + b[0] }
	return f()
}

func direct() {
	y := 5
	func() { y++ }()
	v := func(p *int) *int { return p }(&y)
	_ = v
}

func unknown(f func(*int)) {
	z := 3
	f(&z)
}

func static() {
	w := 3
	g := sink
	g(&w)
	h := func(p *int) {}
	h(&w)
}

func named() (r int) {
	defer func() { r = 2 }()
	return 1
}

func main() {
	in := Increase()
	fmt.Println(in(), in())
	fmt.Println(apply(double, 3))
	x := 1
	deferTop(&x)
	deferLoop(&x)
	byval()
	direct()
	unknown(sink)
	static()
	named()
	var fn func(*int) = sink
	fn(&x)
	gf = sink
}
