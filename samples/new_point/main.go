package main

import "fmt"

// 1) 返回值 vs 返回指针
type Point struct{ X, Y int }

// 更易留在栈上
func NewPoint(x, y int) Point {
	return Point{X: x, Y: y}
}

// 更可能逃逸（取决于调用场景）
func NewPointPtr(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

func main() {
	a := NewPoint(1, 2)
	b := NewPointPtr(3, 4)
	fmt.Println(a.X+a.Y, b.X+b.Y)
}
