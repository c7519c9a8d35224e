package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	for i := 0; i < 3; i++ {
		fmt.Println("s", i, get(s, i))
	}
	fmt.Println("about to index 5")
	fmt.Println(get(s, 5))
	fmt.Println("unreachable")
}
