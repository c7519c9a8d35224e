package main

type Ordered interface {
	~int | ~float64 | ~string
}

type Stringer interface{ String() string }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T comparable](a, b T) bool { return a == b }

func Str[T Stringer](x T) string { return x.String() }

type Stack[T any] struct{ items []T }

func Two[T any](a, b T) {}

func main() {
	_ = Max([]int{}, nil) // ERROR "\[\]int does not implement Ordered \(\[\]int missing in ~int \| ~float64 \| ~string\)"
	_ = Max(true, false) // ERROR "bool does not implement Ordered \(bool missing in ~int \| ~float64 \| ~string\)"
	_ = Eq([]int{}, nil) // ERROR "\[\]int does not implement comparable"
	_ = Str(3) // ERROR "int does not implement Stringer \(missing String method\)"
	var s Stack // ERROR "cannot use generic type Stack\[T any\] without instantiation"
	_ = s
	f := Max // ERROR "cannot use generic function Max without instantiation"
	_ = f
	Two(1, "a") // ERROR "default type string of \"a\" does not match inferred type int for T"
	_ = Max[int, int](1, 2) // ERROR "got 2 type arguments but want 1"
	var x interface{ ~int } // ERROR "cannot use type interface{~int} outside a type constraint: interface contains type constraints"
	_ = x
}
