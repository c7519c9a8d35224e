// Inlined calls behave as calls: arguments evaluated once and in order,
// several results (named ones swapped by a return), early returns from
// loops, func literals returned by inlined functions keep their own
// variables per call, methods through embedded fields, variadic
// arguments, panics that a deferred recover in the caller stops, and
// mutually recursive functions.
package main

import "fmt"

type Pt struct{ X, Y int }

func (p *Pt) Move(dx int) { p.X += dx }

func (p Pt) Sum() int { return p.X + p.Y }

type Named struct {
	Pt
	Name string
}

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b int) (x, y int) {
	x, y = a, b
	return y, x
}

func find(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func at(xs []int, i int) int { return xs[i] }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func newPt(x int) *Pt { return &Pt{X: x, Y: x * 2} }

func safeAt(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return at(xs, i), nil
}

func main() {
	fmt.Println(add(note("a", 1), note("b", 2)), trace)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y := swap(1, 2)
	fmt.Println(x, y)
	fmt.Println(find([]int{4, 5, 6}, 6), find(nil, 1))
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	n := Named{Pt{1, 2}, "n"}
	n.Move(10)
	fmt.Println(n.Sum(), n.X)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(even(10), odd(7))
	p := newPt(3)
	p.Move(1)
	fmt.Println(*p, p.Sum())
	v, err := safeAt([]int{1}, 3)
	fmt.Println(v, err)
	total := 0
	for i := 0; i < 5; i++ {
		total += add(i, at([]int{10, 20, 30, 40, 50}, i))
	}
	fmt.Println(total)
}
