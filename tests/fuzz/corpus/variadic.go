package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Printf("%d %s %v\n", 1, "a", []int{1})
}
