package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	for p := n; p != nil; p = p.Next {
		fmt.Println("val", p.Val)
	}
	fmt.Println("deref past the end")
	fmt.Println(n.Next.Next.Val)
}
