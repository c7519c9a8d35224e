package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("hi")
	panic("first")
}
