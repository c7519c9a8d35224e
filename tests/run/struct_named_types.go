package main

import "fmt"

type Meters float64
type ID int64
type Name string
type Names []string
type Grid [2][2]int
type Node struct {
	Val  int
	Next *Node
}
type Alias = Node
type Point struct{ X, Y int }
type Location Point

func total(xs Names) int {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	return n
}

func main() {
	var d Meters = 3.5
	d2 := d * 2
	fmt.Printf("%v %T %v\n", d, d2, d2)
	id := ID(42)
	fmt.Printf("%d %T %v\n", id, id, id+1)
	n := Name("gopher")
	fmt.Printf("%s %T %d\n", n, n, len(n))
	ns := Names{"a", "bb", "ccc"}
	ns = append(ns, "dddd")
	fmt.Printf("%v %T %d %d\n", ns, ns, len(ns), total(ns))
	var g Grid
	g[1][0] = 7
	fmt.Printf("%v %T\n", g, g)
	list := &Node{1, &Node{2, &Node{3, nil}}}
	for p := list; p != nil; p = p.Next {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()
	var a Alias = Node{Val: 5}
	var nn Node = a
	fmt.Printf("%T %v\n", a, nn.Val)
	p := Point{1, 2}
	l := Location(p)
	l.X = 10
	fmt.Printf("%v %v %T %T\n", p, l, p, l)
	fmt.Println(Point(l) == p, Point(l) == Point{10, 2})
	type Local struct{ A int }
	fmt.Printf("%T %v\n", Local{3}, Local{3})
	type Celsius Meters
	var c Celsius = Celsius(d) + 1
	fmt.Printf("%T %v\n", c, c)
	var raw float64 = float64(c)
	fmt.Println(raw)
}
