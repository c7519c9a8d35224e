package main

import "fmt"

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	r := fib(n-1) + fib(n-2)
	memo[n] = r
	return r
}

func main() {
	fmt.Println(fib(80), len(memo))
	seen := map[string]bool{}
	dups := 0
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		if seen[w] {
			dups++
		}
		seen[w] = true
	}
	fmt.Println(dups, len(seen), seen)
}
