// container/list compiled from Go 1.19's source: a doubly linked list.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(l)
	l.Remove(e4)
	dump(l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		if s, ok := e.Value.(string); ok {
			fmt.Print(s)
		}
	}
	fmt.Println()
	var zero list.List // the zero value is an empty list ready to use
	zero.PushBack(7)
	fmt.Println(zero.Len(), zero.Front().Value)
	l.Init()
	fmt.Println(l.Len(), l.Front() == nil)
}
