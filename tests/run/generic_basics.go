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
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Ptr[T any](v T) *T {
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
	fmt.Println(Max(1, 2), Max[string]("a", "b"), Max(1.5, 0.5))
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok)
	var ss Stack[string]
	ss.Push("x")
	fmt.Println(ss.Pop())
	ys := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Println(ys)
	p := Ptr(3)
	q := Ptr("s")
	r := Ptr(&P{1})
	r2 := Ptr(&[]int{})
	fmt.Println(*p, *q, (*r).x, len(**r2))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
}
