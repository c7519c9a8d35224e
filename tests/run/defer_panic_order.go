package main

import "fmt"

func a() {
	defer fmt.Println("a defer")
	b()
	fmt.Println("a not reached")
}

func b() {
	defer fmt.Println("b defer 1")
	defer fmt.Println("b defer 2")
	panic("from b")
}

func main() {
	defer fmt.Println("main defer")
	a()
}
