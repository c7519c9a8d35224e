package main

import "fmt"

func main() {
	fmt.Println("panicking with nil")
	var e interface{}
	panic(e)
}
