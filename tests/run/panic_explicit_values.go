package main

import "fmt"

type Code int

func main() {
	fmt.Println("panicking with a named int")
	panic(Code(7))
}
