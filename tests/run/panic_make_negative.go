package main

import "fmt"

func main() {
	var s []int
	n := -1
	fmt.Println("make with negative len")
	s = make([]int, n)
	fmt.Println(s)
}
