package main

import (
	"fmt"

	"example.com/xpkginst/use"
	"example.com/xpkginst/use/coll"
)

func main() {
	var s coll.Stack[int]
	s.Push(4)
	s.Push(5)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len(), *s.Peek(), use.Sum(1, 2, 3))
	b := use.Named("box")
	b.Set(b.Get() + "!")
	fmt.Println(b.Get())
}
