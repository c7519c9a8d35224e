package main

import "fmt"

func Max[T int | float64](a, b T) T { // ERROR "generic.*not supported"
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(1, 2), Max(1.5, 0.5))
}
