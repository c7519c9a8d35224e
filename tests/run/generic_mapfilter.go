// errorcheck -0 -m -l

// Map, Filter, Reduce and a variadic Sum over a constraint with ~ terms:
// calls of instances are spelled as calls of gc's shape body with the
// instance's dictionary (Sum[go.shape.int_0](&.dict.Sum[int], ...)).

package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs)) // ERROR "make\(\[\]go\.shape\.int_1, 0, len\(xs\)\) escapes to heap$" "make\(\[\]go\.shape\.string_1, 0, len\(xs\)\) escapes to heap$"
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
	nums := []int{1, 2, 3, 4, 5, 6} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	sq := Map(nums, func(n int) int { return n * n }) // ERROR "func literal does not escape$"
	fmt.Println(sq) // ERROR "\.\.\. argument does not escape$" "sq escapes to heap$"
	even := Filter(sq, func(n int) bool { return n%2 == 0 }) // ERROR "func literal does not escape$"
	fmt.Println(even) // ERROR "\.\.\. argument does not escape$" "even escapes to heap$"
	total := Reduce(even, 0, func(a, n int) int { return a + n }) // ERROR "func literal does not escape$"
	fmt.Println(total) // ERROR "\.\.\. argument does not escape$" "total escapes to heap$"
	strs := Map(nums, func(n int) string { return strings.Repeat("*", n) }) // ERROR "func literal does not escape$"
	fmt.Println(strings.Join(strs, ",")) // ERROR "\.\.\. argument does not escape$" "strings\.Join\(strs, .,.\) escapes to heap$"
	joined := Reduce(strs, "", func(a string, s string) string { return a + s[:1] }) // ERROR "a does not escape$" "s does not escape$" "func literal does not escape$" "a \+ s\[:1\] escapes to heap$"
	fmt.Println(joined) // ERROR "\.\.\. argument does not escape$" "joined escapes to heap$"
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5)) // ERROR "\.\.\. argument does not escape$" "Sum\[go\.shape\.int_0\]\(&\.dict\.Sum\[int\], \.\.\. argument\.\.\.\) escapes to heap$" "Sum\[go\.shape\.float64_0\]\(&\.dict\.Sum\[float64\], \.\.\. argument\.\.\.\) escapes to heap$" "Sum\[go\.shape\.float64_0\]\(&\.dict\.Sum\[main\.Celsius\], \.\.\. argument\.\.\.\) escapes to heap$"
	fmt.Println(Sum(nums...)) // ERROR "\.\.\. argument does not escape$" "Sum\[go\.shape\.int_0\]\(&\.dict\.Sum\[int\], nums\.\.\.\) escapes to heap$"
}
