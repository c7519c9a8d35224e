// Package coll declares generics that other packages instantiate: gc
// stencils Stack[int] and Map[int,string] in each importer that uses them.
// (It sits under report so that the positions report's instances print,
// relative to report's directory, do not depend on where the test lives: a
// sibling directory's would be absolute, as the go command prints them.)
package coll

import "strings"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

// Stack's field is unexported: its instances in other packages still use it.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

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

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// calls counts the uses of Join: an unexported package variable, and an
// unexported helper, both named from instances made elsewhere.
var calls int

func sep() string { return ", " }

func Join[T any](xs []T, str func(T) string) string {
	calls++
	return strings.Join(Map(xs, str), sep())
}

func Calls() int { return calls }

// Pair is a generic struct type whose instances cross packages by value.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func NewPair[K comparable, V any](k K, v V) *Pair[K, V] { return &Pair[K, V]{k, v} }

func (p Pair[K, V]) String() string { return "pair" }
