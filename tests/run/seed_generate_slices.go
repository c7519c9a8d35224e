package main

import (
	"fmt"
	"math/rand"
)

func generateStack() int {
	// 创建一个容量为8192的整数切片，其占用内存 <= 64KB
	nums := make([]int, 8192)
	for i := 0; i < 8192; i++ {
		nums[i] = rand.Int()
	}
	return len(nums)
}

func generateHeap() int {
	// 创建一个容量为8193的整数切片，其占用内存 > 64KB
	nums := make([]int, 8193)
	for i := 0; i < 8193; i++ {
		nums[i] = rand.Int()
	}
	return len(nums)
}

func generate(n int) int {
	// 创建一个大小不确定的整数切片，大小由参数n决定
	nums := make([]int, n)
	for i := 0; i < n; i++ {
		nums[i] = rand.Int()
	}
	nonNeg := 0
	for _, v := range nums {
		if v >= 0 {
			nonNeg++
		}
	}
	return nonNeg
}

func mk(n int) []byte {
	b := make([]byte, n) // n 过大或被返回 → 堆上
	return b
}

func sub() []int {
	a := [4]int{1, 2, 3, 4}
	return a[:2] // 为保证底层数组存活，数组需在堆上
}

func main() {
	fmt.Println(generateStack(), generateHeap())
	fmt.Println(generate(10), generate(1000), generate(0))
	inRange := true
	for i := 0; i < 1000; i++ {
		v := rand.Intn(6)
		if v < 0 || v >= 6 {
			inRange = false
		}
	}
	fmt.Println("Intn in range:", inRange)
	b := mk(16)
	fmt.Println(len(b), cap(b), b[15])
	s := sub()
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(s)
}
