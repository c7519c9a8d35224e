package main

import "fmt"

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "abc"
	m[[3]int{0, 0, 1}] = "001"
	m[[3]int{1, 2, 3}] = "again"
	fmt.Println(len(m), m[[3]int{1, 2, 3}], m)
	s := map[[2]string]int{{"a", "b"}: 1, {"a", "a"}: 2, {"", "z"}: 3}
	fmt.Println(s, s[[2]string{"a", "b"}])
}
