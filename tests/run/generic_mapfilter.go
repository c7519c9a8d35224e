package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(even)
	total := Reduce(even, 0, func(a, n int) int { return a + n })
	fmt.Println(total)
	strs := Map(nums, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(strings.Join(strs, ","))
	joined := Reduce(strs, "", func(a string, s string) string { return a + s[:1] })
	fmt.Println(joined)
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	fmt.Println(Sum(nums...))
}
