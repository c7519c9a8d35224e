package main

import "fmt"

func main() {
	// println of an interface or pointer prints addresses; only print nil ones.
	var e interface{}
	println(e)
	var p *int
	println(p)
	var s []int
	println(s == nil, len(s))
	println(s)
	fmt.Println("stdout", e, p)
	println("done")
}
