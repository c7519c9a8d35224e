package main

import "fmt"

func square(x int) int { return x * x }
func neg(x int) int    { return -x }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	fs := []func(int) int{square, neg, func(x int) int { return x + 100 }}
	for _, f := range fs {
		fmt.Println(mapInts(xs, f))
	}
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 0 }))
	var pipeline []func(int) int
	pipeline = append(pipeline, square, neg)
	v := 3
	for _, f := range pipeline {
		v = f(v)
	}
	fmt.Println(v)
}
