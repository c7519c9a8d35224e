// A method whose receiver leaves a type parameter unnamed (Set[_], Pair[K, _]):
// the method does not need it, gc accepts it.

package main

import "fmt"

type Set[T comparable] struct{ m map[T]struct{} }

func (s *Set[_]) Len() int { return len(s.m) }

func (s *Set[T]) Add(x T) { s.m[x] = struct{}{} }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, _]) Name() K { return p.Key }

func (p Pair[_, _]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

func main() {
	s := &Set[string]{m: map[string]struct{}{}}
	s.Add("a")
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Len())
	p := Pair[string, int]{"x", 1}
	fmt.Println(p.Name(), p.String(), p)
}
