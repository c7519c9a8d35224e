package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("before")
	m["boom"] = 1
	fmt.Println("after")
}
