package main

import "fmt"

func main() {
	s, t := "hello", ", world"
	b := []byte(s)  // 新底层数组在堆
	s2 := string(b) // 新字符串在堆
	s3 := s + t     // 产生新字符串（堆）
	fmt.Println(len(b), s2, s3)
}
