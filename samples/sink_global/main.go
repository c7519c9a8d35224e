package main

import "fmt"

var global *int

func sink(p *int) { global = p } // 可能留存
func caller() {
	x := 1
	sink(&x) // 编译器保守视为逃逸
}

func main() {
	caller()
	fmt.Println(*global)
}
