package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	lo, hi := 1, 5
	fmt.Println(s[lo:hi], len(s[lo:hi]))
	hi = 6
	fmt.Println("slicing to", hi)
	fmt.Println(s[lo:hi])
}
