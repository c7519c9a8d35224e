package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling nil func")
	defer fmt.Println("deferred")
	f(1)
}
