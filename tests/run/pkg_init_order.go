package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(values)
var values = []int{a, b, c, d}

var trace []string

func f(name string) int {
	trace = append(trace, name)
	return len(trace) * 10
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var first, second = pair()

func pair() (int, string) {
	trace = append(trace, "pair")
	return 1, "two"
}

var counter int
var doubled = counter * 2
var arr = [3]int{d, d * 2, d * 3}
var origin = Point{X: d}

type Point struct{ X, Y int }

const k = 10

var usesConst = k * k

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(total, values)
	fmt.Println(trace)
	fmt.Println(first, second, doubled, arr, origin, usesConst)
	counter++
	fmt.Println(counter, doubled)
}
