// The program lab 12's grader compiles with -d=sitestats: sites of many
// kinds, some on the stack and some on the heap.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

var keep []*Point

func newPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func local() int {
	p := &Point{X: 1, Y: 2}
	buf := make([]byte, 16)
	return p.X + len(buf)
}

func grow(n int) []int {
	s := make([]int, n)
	small := []int{1, 2, 3}
	copy(s, small)
	return s
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func boxes(name string, age int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s is %d", name, age)
	return sb.String() + "!"
}

func index(n int) map[int]*Point {
	m := make(map[int]*Point)
	for i := 0; i < n; i++ {
		m[i] = newPoint(i, i)
	}
	keep = append(keep, m[0])
	return m
}

func main() {
	c := counter()
	c()
	fmt.Println(local(), len(grow(4)), boxes("gopher", 13), len(index(3)), c())
}
