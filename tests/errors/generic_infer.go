package main

func Zero[T any]() T {
	var z T
	return z
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func Pair[K comparable, V any](k K, v V) {}

func main() {
	_ = Zero() // ERROR "cannot infer T \(.*generic_infer.go:3:11\)"
	var l List[int, string] // ERROR "got 2 arguments but 1 type parameters"
	_ = l
	var m List[int]
	m.Push("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to m.Push"
	Pair[[]int]([]int{}, 1) // ERROR "\[\]int does not implement comparable"
	Pair(1, nil) // ERROR "cannot infer V"
}
