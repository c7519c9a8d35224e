package main

import "fmt"

type I interface{ M() }
type T struct{ a, b int }
type P struct{ x int }

func (T) M()  {}
func (*P) M() {}

func main() {
	var x, y I
	fmt.Println(x == y, x == nil)
	x = T{1, 2}
	y = T{1, 2}
	fmt.Println(x == y, x != nil)
	y = T{1, 3}
	fmt.Println(x == y)
	p := &P{1}
	x, y = p, p
	fmt.Println(x == y)
	y = &P{1}
	fmt.Println(x == y)
	var e interface{} = T{1, 2}
	fmt.Println(e == T{1, 2}, e == x)
}
