package main

import "fmt"

func main() {
	s := "hello"
	n := 3
	fmt.Println(s[n:], s[:n])
	n = 10
	fmt.Println(s[:n])
}
