package main

import "fmt"

type T struct{ a, b, c int }

var sink *T

func stay(i int) int {
	t := &T{i, i, i} // does not escape: never in the profile
	return t.a + t.b
}

func leave(i int) int {
	t := &T{i, i, i} // escapes: 1000 objects of 24 bytes
	sink = t
	return t.c
}

func grow(n int) []int {
	return make([]int, n) // non-constant size
}

func main() {
	s := 0
	for i := 0; i < 1000; i++ {
		s += stay(i) + leave(i) + len(grow(i%4+1))
	}
	fmt.Println(s)
}
