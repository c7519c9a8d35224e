package main

import (
	"fmt"
	"math/rand"
)

func generate(n int) {
	// 创建一个大小不确定的整数切片，大小由参数n决定
	nums := make([]int, n)
	for i := 0; i < n; i++ {
		nums[i] = rand.Int()
	}
}

func main() {
	generate(100)
	fmt.Println("generated")
}
