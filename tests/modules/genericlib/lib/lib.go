// Package lib uses generics inside itself only: its instances are compiled
// with it, its importers see ordinary functions (generic bodies do not
// travel in escgo's export data yet).
package lib

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func IntMax(a, b int) int { return Max(a, b) }

func Longest(words ...string) string {
	best := ""
	for _, w := range words {
		best = Max(best, w)
	}
	return best
}

func Reverse(xs []int) []int {
	s := &Stack[int]{}
	for _, x := range xs {
		s.Push(x)
	}
	out := make([]int, 0, len(xs))
	for range xs {
		out = append(out, s.Pop())
	}
	return out
}
