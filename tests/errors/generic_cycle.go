package main

// Rec[T] instantiating Rec[[]T] would need ever deeper instances: gc's
// types2 rejects the cycle at the type parameter.

func Rec[T any](n int) { // ERROR "instantiation cycle"
	if n > 0 {
		Rec[[]T](n - 1)
	}
}

func main() {
	Rec[int](3)
}
