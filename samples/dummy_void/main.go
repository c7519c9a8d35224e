package main

import "fmt"

// dummy() 函数拥有一个参数，返回一个整型值，用来测试函数参数和返回值分析情况。
func dummy(b int) int {

	// 声明一个变量c并赋值
	var c int //声明变量 c，用于演示函数临时变量通过函数返回值返回后的情况。
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
	fmt.Println(a, dummy(0))
}
