package main

import "fmt"

// A chain of 10,000 goroutines: each adds its index to what it receives
// from its left neighbour and passes the sum to the right.
func relay(i int, left, right chan int) {
	v := <-left
	right <- v + i
}

func main() {
	const n = 10000
	first := make(chan int)
	left := first
	for i := 0; i < n; i++ {
		right := make(chan int)
		go relay(i, left, right)
		left = right
	}
	first <- 1
	fmt.Println("checksum:", <-left)
}
