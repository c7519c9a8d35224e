package main

import "fmt"

type Point struct{ X, Y int }
type Celsius float64
type Name string

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func box(i int) any {
	return i
}

func main() {
	var e interface{}
	fmt.Println(e == nil, e)
	fmt.Printf("%v %T %d\n", e, e, e)
	e = 42
	fmt.Println(e, e == 42, e == nil, e != 43)
	e = "hello"
	fmt.Println(e, e == "hello")
	e = Point{1, 2}
	fmt.Println(e, e == Point{1, 2}, e == Point{2, 1})
	fmt.Printf("%v %+v %T\n", e, e, e)
	e = &Point{3, 4}
	fmt.Printf("%v %+v %T\n", e, e, e)
	e = 3.5
	fmt.Println(describe(e))
	items := []interface{}{1, "two", 3.0, true, nil, 'x', byte(5), Point{}, Celsius(36.6), Name("go"), []int{1}, [2]bool{}, int8(-1), uint64(1 << 63), float32(0.25)}
	for i, it := range items {
		fmt.Println(i, describe(it))
	}
	var a, b any = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = uint(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Point{1, 1}, Point{1, 1}
	fmt.Println(a == b)
	a, b = Celsius(1), 1.0
	fmt.Println(a == b)
	a, b = nil, nil
	fmt.Println(a == b)
	var p *Point
	a = p
	fmt.Println(a == nil, a == (*Point)(nil), a)
	fmt.Println(box(7) == box(7), box(7) == box(8))
	var arr [3]any
	arr[0] = 1
	arr[2] = "s"
	fmt.Println(arr, arr[1] == nil)
	x := 10
	var ex any = x
	x = 20
	fmt.Println(ex, x)
	pt := Point{5, 5}
	var ep any = pt
	pt.X = 6
	fmt.Println(ep, pt)
}
