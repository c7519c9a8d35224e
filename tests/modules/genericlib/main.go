package main

import (
	"fmt"

	"example.com/genericlib/lib"
)

func main() {
	fmt.Println(lib.IntMax(3, 4), lib.Longest("b", "abc", "a"))
	fmt.Println(lib.Reverse([]int{1, 2, 3}))
}
