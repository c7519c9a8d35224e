// errorcheck -0 -m -l

// Seed 000/001 "栈空间不足，创建大对象" and "动态分配长度不确定时逃逸":
// make([]int, 8192) is exactly 64 KB and stays on the stack,
// make([]int, 8193) is over the implicit-allocation limit and escapes, and
// make([]int, n) with a non-constant n always escapes.

package main

import "math/rand"

func generateStack() {
	// 创建一个容量为8192的整数切片，其占用内存 <= 64KB
	nums := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	for i := 0; i < 8192; i++ {
		nums[i] = rand.Int()
	}
}

func generateHeap() {
	// 创建一个容量为8193的整数切片，其占用内存 > 64KB
	nums := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	for i := 0; i < 8193; i++ {
		nums[i] = rand.Int()
	}
}

func generate(n int) {
	// 创建一个大小不确定的整数切片，大小由参数n决定
	nums := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	for i := 0; i < n; i++ {
		nums[i] = rand.Int()
	}
}

func main() {
	generateStack()
	generateHeap()
	generate(1 + rand.Intn(10))
}
