package main

import "fmt"

type I interface{ M() int }

func main() {
	var i I
	fmt.Println("calling")
	fmt.Println(i.M())
}
