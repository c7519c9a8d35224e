// errorcheck -0 -m -l

// A generic stack: one body per GC shape (int, string, all pointers alike);
// gc reports its sites once per shape, spelled with shape types, and never
// its parameters' tags (the shape body is DUPOK).

package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func NewStack[T any]() *Stack[T] {
	return &Stack[T]{} // ERROR "&Stack\[go\.shape\.int_0\]\{\} escapes to heap$" "&Stack\[go\.shape\.\*uint8_0\]\{\} escapes to heap$"
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
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*Stack\[go\.shape\.int_0\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$" "\(\*Stack\[go\.shape\.string_0\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$" "\(\*Stack\[go\.shape\.\*uint8_0\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$"
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
	fmt.Println(s.Len(), s.Peek()) // ERROR "\.\.\. argument does not escape$" "\(\*Stack\[go\.shape\.int_0\]\)\.Len\(&\.dict\.\(\*Stack\[int\]\)\.Len, s\) escapes to heap$" "Stack\[go\.shape\.int_0\]\.Peek\(&\.dict\.Stack\[int\]\.Peek, s\) escapes to heap$"
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ") // ERROR "\.\.\. argument does not escape$" "v escapes to heap$" ". . escapes to heap$"
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty:", ok) // ERROR "\.\.\. argument does not escape$" ".empty:. escapes to heap$" "ok escapes to heap$"

	var words Stack[string]
	words.Push("hello")
	words.Push("generic")
	w, _ := words.Pop()
	fmt.Println(w, words.Len()) // ERROR "\.\.\. argument does not escape$" "w escapes to heap$" "\(\*Stack\[go\.shape\.string_0\]\)\.Len\(&\.dict\.\(\*Stack\[string\]\)\.Len, words\) escapes to heap$"

	ps := NewStack[*Point]()
	ps.Push(&Point{1, 2}) // ERROR "&Point\{\.\.\.\} escapes to heap$"
	ps.Push(&Point{3, 4}) // ERROR "&Point\{\.\.\.\} escapes to heap$"
	p, _ := ps.Pop()
	fmt.Println(p.X, p.Y, ps.Len()) // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$" "p\.Y escapes to heap$" "\(\*Stack\[go\.shape\.\*uint8_0\]\)\.Len\(&\.dict\.\(\*Stack\[\*main\.Point\]\)\.Len, ps\) escapes to heap$"
	fmt.Printf("%T %T\n", words, ps) // ERROR "\.\.\. argument does not escape$" "words escapes to heap$"
}
