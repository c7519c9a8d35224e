// A deadlock lists every blocked goroutine as gc does: its wait reason,
// its frames, and where it was created (compared with
// deadlock_traceback.trace, gc's).
package main

import "fmt"

//go:noinline
func worker(c chan int, n int) {
	c <- n
}

func main() {
	c := make(chan int)
	results := make(chan int)
	go worker(c, 1)
	go worker(c, 2)
	fmt.Println("waiting")
	fmt.Println(<-results)
}
