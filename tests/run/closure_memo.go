package main

import "fmt"

func memo(f func(int) int) func(int) int {
	cache := make([]int, 50)
	known := make([]bool, 50)
	return func(n int) int {
		if known[n] {
			return cache[n]
		}
		v := f(n)
		cache[n], known[n] = v, true
		return v
	}
}

func main() {
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), calls)
	fmt.Println(fib(30), calls)
}
