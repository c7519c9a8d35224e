package main

import "fmt"

func gen(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int {
		v := cur
		cur += step
		return v
	}
	reset = func() { cur = start }
	return
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	next, reset := gen(5, 3)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(10), compose(dbl, inc)(10))
	h := compose(compose(inc, inc), dbl)
	fmt.Println(h(1))
}
