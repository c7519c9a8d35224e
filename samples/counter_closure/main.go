package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int { // 闭包引用 n，需在外层函数返回后继续存活
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
}
