// Lab 10: predict the verdicts in generic code (see README.md for the
// notation). gc compiles a generic function once per GC shape and reports
// its sites in the shape's words: a type parameter T instantiated with int
// is written go.shape.int_0 in a diagnostic.
package generics

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Ptr[T any](v T) *T {
	return &v
}

func Filled[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func Use() int {
	p := Ptr(3)
	var st Stack[int]
	st.Push(*p)
	return Sum([]int{1, 2, 3}) + len(Filled(4, 2.5)) + len(st.items)
}
