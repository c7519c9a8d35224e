// errorcheck -0 -m -l

// Seed 000/001 "1) 逃逸分析": dummy() returns an int copied out of its frame;
// c stays on the stack. Only fmt.Println's boxing escapes: the article's
// output (at its lines 29) is "a escapes to heap", "dummy(0) escapes to heap"
// and "... argument does not escape" — here on the fmt.Println line.

package main

import "fmt"

// dummy() 函数拥有一个参数，返回一个整型值，用来测试函数参数和返回值分析情况。
func dummy(b int) int {

	// 声明一个变量c并赋值
	var c int
	c = b

	return c
}

// 空函数，什么也不做
func void() {
}

func main() {

	// 声明a变量并打印
	var a int

	// 调用void()函数 没有返回值，测试 void() 调用后的分析情况
	void()
	// 打印 a 和 dummy(0) 的返回值，测试函数返回值没有变量接收时的分析情况。
	fmt.Println(a, dummy(0)) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "dummy\(0\) escapes to heap$"
}
