// errorcheck -0 -m -l

// Seed 002 §2.4 (map replaced by a slice and a heap struct, maps being outside
// escgo's subset) and §2.5: storing &x into a container element sends x to
// the heap; fmt.Println(user) boxes user.

package main

import "fmt"

type Holder struct {
	p *int
}

type User struct {
	Name string
	Age  int
}

func g() {
	m := []*int{nil} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m[0] = &x // &x 逃逸（被堆上容器引用）
}

func gStruct() *Holder {
	h := &Holder{} // ERROR "&Holder\{\} escapes to heap$"
	y := 2 // ERROR "moved to heap: y$"
	h.p = &y
	return h
}

// 规避：尽量存值而非指针
func gValue() int {
	m := []int{0} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	x := 1
	m[0] = x
	return m[0]
}

func main() {
	g()
	println(gStruct().p != nil, gValue())
	user := User{Name: "u", Age: 1}
	fmt.Println(user) // 可能装箱并逃逸 // ERROR "\.\.\. argument does not escape$" "user escapes to heap$"
}
