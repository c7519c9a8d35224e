package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	var m []int
	fmt.Println("before")
	_ = m[3]
}
