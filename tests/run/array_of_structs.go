package main

import "fmt"

type Point struct {
	X, Y int
}

type Poly struct {
	Name string
	Pts  [4]Point
}

func area(p Poly) int {
	s := 0
	for i := range p.Pts {
		j := (i + 1) % len(p.Pts)
		s += p.Pts[i].X*p.Pts[j].Y - p.Pts[j].X*p.Pts[i].Y
	}
	if s < 0 {
		s = -s
	}
	return s / 2
}

func main() {
	pts := [3]Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(pts)
	fmt.Printf("%v %+v\n", pts, pts)
	cp := pts
	cp[0].X = 100
	fmt.Println(pts[0], cp[0], pts == cp)
	cp[0].X = 1
	fmt.Println(pts == cp)
	for i := range pts {
		pts[i].Y *= 10
	}
	fmt.Println(pts)
	for _, p := range pts {
		p.X = -1
	}
	fmt.Println(pts)
	sq := Poly{"square", [4]Point{{0, 0}, {4, 0}, {4, 4}, {0, 4}}}
	fmt.Println(sq.Name, area(sq))
	fmt.Printf("%+v\n", sq)
	sq2 := sq
	sq2.Pts[2] = Point{8, 8}
	fmt.Println(area(sq), area(sq2), sq == sq2)
	ptr := &pts[1]
	ptr.X = 33
	fmt.Println(pts[1])
	var table [3]struct {
		key string
		val int
	}
	table[0].key = "a"
	table[1] = struct {
		key string
		val int
	}{"b", 2}
	fmt.Printf("%v %+v\n", table, table[1])
}
