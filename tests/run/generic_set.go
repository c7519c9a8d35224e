// errorcheck -0 -m -l

// A set over comparable with map[T]struct{}: a struct type argument's
// shape is its underlying struct, unexported fields qualified.

package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})} // ERROR "&Set\[go\.shape\.int_0\]\{\.\.\.\} escapes to heap$" "make\(map\[go\.shape\.int_0\]struct \{\}\) escapes to heap$" "&Set\[go\.shape\.string_0\]\{\.\.\.\} escapes to heap$" "make\(map\[go\.shape\.string_0\]struct \{\}\) escapes to heap$" "&Set\[go\.shape\.struct \{ main\.a int; main\.b string \}_0\]\{\.\.\.\} escapes to heap$" "make\(map\[go\.shape\.struct \{ main\.a int; main\.b string \}_0\]struct \{\}\) escapes to heap$"
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
	keys := make([]K, 0, len(m)) // ERROR "make\(\[\]go\.shape\.int_0, 0, len\(m\)\) escapes to heap$"
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
	s := NewSet(3, 1, 4, 1, 5, 9, 2, 6) // ERROR "\.\.\. argument does not escape$"
	fmt.Println(s.Len(), s.Has(4), s.Has(7)) // ERROR "\.\.\. argument does not escape$" "\(\*Set\[go\.shape\.int_0\]\)\.Len\(&\.dict\.\(\*Set\[int\]\)\.Len, s\) escapes to heap$" "\(\*Set\[go\.shape\.int_0\]\)\.Has\(&\.dict\.\(\*Set\[int\]\)\.Has, s, 4\) escapes to heap$" "\(\*Set\[go\.shape\.int_0\]\)\.Has\(&\.dict\.\(\*Set\[int\]\)\.Has, s, 7\) escapes to heap$"
	s.Remove(4)
	o := NewSet(7, 8) // ERROR "\.\.\. argument does not escape$"
	u := s.Union(o)
	ks := Keys(u.m)
	sort.Ints(ks)
	fmt.Println(ks) // ERROR "\.\.\. argument does not escape$" "ks escapes to heap$"
	names := NewSet[string]()
	names.Add("x")
	names.Add("y")
	names.Add("x")
	fmt.Println(names.Len()) // ERROR "\.\.\. argument does not escape$" "\(\*Set\[go\.shape\.string_0\]\)\.Len\(&\.dict\.\(\*Set\[string\]\)\.Len, names\) escapes to heap$"
	ps := NewSet(pair{1, "a"}, pair{1, "a"}, pair{2, "b"}) // ERROR "\.\.\. argument does not escape$"
	fmt.Println(ps.Len(), ps.Has(pair{2, "b"})) // ERROR "\.\.\. argument does not escape$" "\(\*Set\[go\.shape\.struct \{ main\.a int; main\.b string \}_0\]\)\.Len\(&\.dict\.\(\*Set\[main\.pair\]\)\.Len, ps\) escapes to heap$" "\(\*Set\[go\.shape\.struct \{ main\.a int; main\.b string \}_0\]\)\.Has\(&\.dict\.\(\*Set\[main\.pair\]\)\.Has, ps, pair\{\.\.\.\}\) escapes to heap$"
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1, 2}, 3)) // ERROR "\.\.\. argument does not escape$" "Index\[go\.shape\.string_0\]\(&\.dict\.Index\[string\], \[\]string\{\.\.\.\}, .c.\) escapes to heap$" "\[\]string\{\.\.\.\} does not escape$" "Index\[go\.shape\.float64_0\]\(&\.dict\.Index\[float64\], \[\]float64\{\.\.\.\}, 3\) escapes to heap$" "\[\]float64\{\.\.\.\} does not escape$"
}
