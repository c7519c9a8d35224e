package main

import "fmt"

func main() {
	var a *[4]int
	fmt.Println(len(a), a == nil)
	fmt.Println("indexing through nil array pointer")
	a[1] = 3
	fmt.Println(a[1])
}
