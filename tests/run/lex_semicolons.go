package main

import "fmt"

func f(a, b int) (int, int) { return b, a }

func g() int {
	return 7 }

func main() {
	x := 1; y := 2
	fmt.Println(x, y)
	a, b := f(
		3,
		4,
	)
	fmt.Println(a, b)
	s := []int{
		1,
		2,
		3,
	}
	fmt.Println(s, len(s))
	x++
	y--
	fmt.Println(x, y)
	z := x +
		y *
			2
	fmt.Println(z)
	if x > 0 { fmt.Println("one-line if") }
	for i := 0; i < 2; i++ { fmt.Println("one-line for", i) }
	fmt.Println(g()); fmt.Println("after ;")
	var (
		p = 10
		q = 20
	)
	fmt.Println(p, q)
	t := struct{ A, B int }{
		A: 1,
		B: 2,
	}
	fmt.Println(t)
	r := 'x'
	fmt.Println(r)
}
