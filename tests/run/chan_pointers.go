package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func producer(c chan *Node, n int) {
	for i := 0; i < n; i++ {
		c <- &Node{Val: i}
		if i%100 == 0 {
			runtime.GC()
		}
	}
	close(c)
}

func main() {
	c := make(chan *Node, 16)
	go producer(c, 1000)
	var head *Node
	for n := range c {
		n.Next = head
		head = n
	}
	runtime.GC()
	sum := 0
	for p := head; p != nil; p = p.Next {
		sum += p.Val
	}
	fmt.Println(sum)
}
