package main

import "fmt"

func Increase() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		k := i * 10
		fs = append(fs, func(x int) int { return x + k })
	}
	return fs
}

func main() {
	in := Increase()
	fmt.Println(in())
	fmt.Println(in())
	fmt.Println(in())
	other := Increase()
	fmt.Println(other(), in())
	for _, f := range adders() {
		fmt.Println(f(1))
	}
	x := 5
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 8; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
