package main

import "fmt"

func depth(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	if n == 0 {
		return int(pad[0])
	}
	return depth(n-1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- depth(200000) }()
	fmt.Println(<-done)
}
