package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Add(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Each(f int) int {
	s := 0
	for n := l.head; n != nil; n = n.Next {
		s += n.Val * f
	}
	return s
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.Add(i)
	}
	fmt.Println(l.size, l.Each(2), l.head.Len())
	var empty *Node
	fmt.Println(empty.Len())
}
