package main

import "fmt"

// A run-time panic inside an instance of a generic method: gc's traceback
// names it with its type arguments elided, main.(*Stack[...]).Pop.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

//go:noinline
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var s Stack[string]
	s.Push("only")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
}
