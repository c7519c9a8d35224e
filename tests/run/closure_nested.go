package main

import "fmt"

func outer() func() func() int {
	x := 0
	return func() func() int {
		x += 10
		return func() int {
			x++
			return x
		}
	}
}

func main() {
	mk := outer()
	a := mk()
	fmt.Println(a(), a())
	b := mk()
	fmt.Println(b(), a())
	total := 0
	add := func(n int) {
		inc := func() { total += n }
		inc()
		inc()
	}
	add(3)
	add(4)
	fmt.Println(total)
}
