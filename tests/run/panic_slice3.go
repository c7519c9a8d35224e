package main

import "fmt"

func main() {
	a := [8]int{}
	i, j, k := 1, 2, 8
	fmt.Println(len(a[i:j:k]), cap(a[i:j:k]))
	k = 9
	fmt.Println(a[i:j:k])
}
