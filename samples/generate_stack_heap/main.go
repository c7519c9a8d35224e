package main

import (
	"fmt"
	"math/rand"
)

func generateStack() {
	// 创建一个容量为8192的整数切片，其占用内存 <= 64KB
	nums := make([]int, 8192)
	for i := 0; i < 8192; i++ {
		nums[i] = rand.Int()
	}
}

func generateHeap() {
	// 创建一个容量为8193的整数切片，其占用内存 > 64KB
	nums := make([]int, 8193)
	for i := 0; i < 8193; i++ {
		nums[i] = rand.Int()
	}
}

func main() {
	generateStack()
	generateHeap()
	fmt.Println("done")
}
