package main

import "fmt"

type msg struct{}

func getMsg() interface{} {
	return 'a'
}

func getMsg2() msg {
	return msg{}
}

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

type big struct{ buf [1024]byte }

func retPtr() *big {
	b := big{}
	return &b // 逃逸
}

func retVal() big {
	b := big{}
	return b // 值返回，更易栈分配（由编译器决定）
}

var global *int

func sink(p *int) { global = p } // 可能留存
func caller() {
	x := 1
	sink(&x) // 编译器保守视为逃逸
}

func main() {
	m := getMsg()
	fmt.Println(m, m == 'a', m == interface{}(rune(97)))
	fmt.Printf("%T %v\n", m, getMsg2())
	fmt.Println(NewPoint(1, 2), *NewPointPtr(3, 4))
	rp := retPtr()
	rp.buf[0] = 7
	rv := retVal()
	fmt.Println(rp.buf[0], rv.buf[0], len(rv.buf))
	caller()
	fmt.Println(*global)
	data := []interface{}{1, 2}
	val := data[0]
	fmt.Printf("%v\n", val)
	data[0] = 3
	fmt.Println(data, val)
	dat := []*int{nil}
	a := 10
	dat[0] = &a
	fmt.Printf("%v\r\n", *dat[0])
	fmt.Println(dat[0] == &a)
}
