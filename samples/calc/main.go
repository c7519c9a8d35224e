package main

import "fmt"

func calc(a, b int) int {
	var c int // 声明整型变量 c, 运行时, c 会分配一段内存用以存储 c 的数值。
	c = a * b

	var x int // 声明整型变量 x, x 也会被分配一段内存。
	x = c * 10

	return x
}

func main() {
	fmt.Println(calc(3, 4))
}
