package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("index", func() {
		s := []int{1}
		i := 3
		_ = s[i]
	})
	try("slice", func() {
		s := []int{1, 2}
		j := 5
		_ = s[1:j]
	})
	try("div", func() {
		a, b := 1, 0
		_ = a / b
	})
	try("nil", func() {
		var p *[2]int
		_ = p[1]
	})
	try("string", func() { panic("plain") })
	try("int", func() { panic(7) })
	try("none", func() {})
	try("conv", func() {
		n := -1
		_ = make([]int, n)
	})
	fmt.Println("survived")
}
