package main

import "fmt"

func main() {
	var e interface{} = "hello"
	fmt.Println(e.(string))
	n := e.(int)
	fmt.Println(n)
}
