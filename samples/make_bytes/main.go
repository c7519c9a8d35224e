package main

import "fmt"

func mk(n int) []byte {
	b := make([]byte, n) // n 过大或被返回 → 堆上
	return b
}

func main() {
	b := mk(32)
	fmt.Println(len(b), cap(b))
}
