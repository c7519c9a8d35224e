// Package coll declares a generic type whose instance Stack[int] both use
// and main use: gc compiles its methods in each (DUPOK), so each package's
// object holds its own copy and -m speaks of them under each header.
package coll

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

// Peek is called by nobody: gc still compiles it for each instance.
func (s *Stack[T]) Peek() *T {
	if len(s.items) == 0 {
		return nil
	}
	return &s.items[len(s.items)-1]
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func Wrap[T any](v T) *Box[T] { return &Box[T]{v} }
