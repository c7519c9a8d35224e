package main

// Package-level variables of generic types and initialised by calls of
// instances: x waits for y, which Get[string]'s body reads.

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Get[T any]() int { return y * 2 }

var x = Get[string]()
var y = 21
var global Stack[string]

type Holder struct {
	s Stack[int]
	m map[string]Stack[float64]
}

func main() {
	global.Push("a")
	var h Holder
	h.s.Push(1)
	fmt.Println(x, y, len(global.items), len(h.s.items), h.m == nil)
}
