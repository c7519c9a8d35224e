package main

import "fmt"

func main() {
	m := map[bool]int{}
	m[true]++
	m[true]++
	m[false]--
	fmt.Println(m, len(m))
	counts := map[bool][]int{}
	for i := 0; i < 10; i++ {
		even := i%2 == 0
		counts[even] = append(counts[even], i)
	}
	fmt.Println(counts)
}
