package main

import "fmt"

type Node struct{ name string }

func main() {
	a := &Node{"a"}
	b := &Node{"b"}
	c := &Node{"a"}
	m := map[*Node]int{a: 1, b: 2}
	m[c] = 3
	fmt.Println(len(m), m[a], m[b], m[c])
	m[a] += 10
	fmt.Println(m[a])
	var np *Node
	m[np] = 7
	fmt.Println(len(m), m[nil])
}
