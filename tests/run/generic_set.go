package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Remove(v T)        { delete(s.m, v) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type pair struct {
	a int
	b string
}

func main() {
	s := NewSet(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(s.Len(), s.Has(4), s.Has(7))
	s.Remove(4)
	o := NewSet(7, 8)
	u := s.Union(o)
	ks := Keys(u.m)
	sort.Ints(ks)
	fmt.Println(ks)
	names := NewSet[string]()
	names.Add("x")
	names.Add("y")
	names.Add("x")
	fmt.Println(names.Len())
	ps := NewSet(pair{1, "a"}, pair{1, "a"}, pair{2, "b"})
	fmt.Println(ps.Len(), ps.Has(pair{2, "b"}))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1, 2}, 3))
}
