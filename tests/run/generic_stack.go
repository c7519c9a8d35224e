package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func NewStack[T any]() *Stack[T] {
	return &Stack[T]{}
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

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

func (s Stack[T]) Peek() T {
	return s.items[len(s.items)-1]
}

type Point struct{ X, Y int }

func main() {
	s := NewStack[int]()
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Peek())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty:", ok)

	var words Stack[string]
	words.Push("hello")
	words.Push("generic")
	w, _ := words.Pop()
	fmt.Println(w, words.Len())

	ps := NewStack[*Point]()
	ps.Push(&Point{1, 2})
	ps.Push(&Point{3, 4})
	p, _ := ps.Pop()
	fmt.Println(p.X, p.Y, ps.Len())
	fmt.Printf("%T %T\n", words, ps)
}
