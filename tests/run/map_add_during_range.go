package main

import "fmt"

func main() {
	m := map[int]int{0: 0, 1: 1, 2: 2}
	iters := 0
	for k, v := range m {
		iters++
		if k < 3 {
			m[k+100] = v
		}
	}
	fmt.Println(len(m), iters >= 3, iters <= 6)
	for k := range m {
		if k >= 100 {
			delete(m, k)
		}
	}
	fmt.Println(m)
}
