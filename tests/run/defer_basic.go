package main

import "fmt"

func lifo() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	fmt.Println("x now:", x)
}

func named() (r int) {
	defer func() { r *= 10 }()
	return 4
}

func multi() (a, b string) {
	defer func() { a, b = b, a }()
	a, b = "first", "second"
	return
}

type acc struct{ n int }

func counter() (c *acc) {
	c = &acc{}
	defer func() { c.n++ }()
	c.n = 41
	return c
}

func main() {
	lifo()
	argsEvaluated()
	fmt.Println(named())
	fmt.Println(multi())
	fmt.Println(counter().n)
}
