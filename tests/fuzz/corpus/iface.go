package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area())
	var x interface{} = 42
	if v, ok := x.(int); ok {
		fmt.Println(v)
	}
	switch t := x.(type) {
	case string:
		fmt.Println("s", t)
	default:
		fmt.Println("other")
	}
}
