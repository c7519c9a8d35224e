package main

import "fmt"

func f() *int {
	x := 1
	return &x // &x 必须逃逸（函数返回后仍需存活）
}

func foo() *int {
	x := 10
	return &x // x 必须活到函数外 -> 逃逸到堆
}

func main() {
	fmt.Println(*f(), *foo())
}
