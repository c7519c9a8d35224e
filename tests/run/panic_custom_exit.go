package main

import "fmt"

type code int

func main() {
	defer func() {
		fmt.Println("cleanup")
	}()
	panic(code(3))
}
