package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	for _, d := range []int{3, 2, 1} {
		fmt.Println(12, "/", d, "=", div(12, d))
	}
	fmt.Println("dividing by zero")
	fmt.Println(div(1, 0))
}
