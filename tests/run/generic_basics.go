// errorcheck -0 -m -l

// Max over an ordered constraint, a pointer to a parameter (moved to heap once per shape: int, string, pointers), a generic stack and Map.

package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*Stack\[go\.shape\.int_0\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$" "\(\*Stack\[go\.shape\.string_0\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$"
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs)) // ERROR "make\(\[\]go\.shape\.string_1, 0, len\(xs\)\) escapes to heap$"
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Ptr[T any](v T) *T { // ERROR "moved to heap: v$"
	return &v
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type P struct{ x int }

func main() {
	fmt.Println(Max(1, 2), Max[string]("a", "b"), Max(1.5, 0.5)) // ERROR "\.\.\. argument does not escape$" "Max\[go\.shape\.int_0\]\(&\.dict\.Max\[int\], 1, 2\) escapes to heap$" "Max\[go\.shape\.string_0\]\(&\.dict\.Max\[string\], .a., .b.\) escapes to heap$" "Max\[go\.shape\.float64_0\]\(&\.dict\.Max\[float64\], 1\.5, 0\.5\) escapes to heap$"
	s := &Stack[int]{} // ERROR "&Stack\[int\]\{\} does not escape$"
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok) // ERROR "\.\.\. argument does not escape$" "v escapes to heap$" "ok escapes to heap$"
	var ss Stack[string]
	ss.Push("x")
	fmt.Println(ss.Pop()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_4 escapes to heap$" "\.autotmp_5 escapes to heap$"
	ys := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * 2) }) // ERROR "\[\]int\{\.\.\.\} does not escape$" "func literal does not escape$" "\.\.\. argument does not escape$" "i \* 2 escapes to heap$"
	fmt.Println(ys) // ERROR "\.\.\. argument does not escape$" "ys escapes to heap$"
	p := Ptr(3)
	q := Ptr("s")
	r := Ptr(&P{1}) // ERROR "&P\{\.\.\.\} escapes to heap$"
	r2 := Ptr(&[]int{}) // ERROR "&\[\]int\{\} escapes to heap$" "\[\]int\{\} escapes to heap$"
	fmt.Println(*p, *q, (*r).x, len(**r2)) // ERROR "\.\.\. argument does not escape$" "\*p escapes to heap$" "\*q escapes to heap$" "\(\*r\)\.x escapes to heap$" "len\(\*\(\*r2\)\) escapes to heap$"
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2})) // ERROR "\.\.\. argument does not escape$" "Sum\[go\.shape\.int_0\]\(&\.dict\.Sum\[int\], \[\]int\{\.\.\.\}\) escapes to heap$" "\[\]int\{\.\.\.\} does not escape$" "Sum\[go\.shape\.float64_0\]\(&\.dict\.Sum\[float64\], \[\]float64\{\.\.\.\}\) escapes to heap$" "\[\]float64\{\.\.\.\} does not escape$"
}
