package main

import "fmt"

func sub() []int {
	a := [4]int{1, 2, 3, 4}
	return a[:2] // 为保证底层数组存活，数组需在堆上
}

func main() {
	fmt.Println(sub())
}
