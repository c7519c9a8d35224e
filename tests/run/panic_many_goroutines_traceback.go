// Sixteen goroutines panic at once: one of them prints the panic and its
// frames, once, as gc does (they used to print over each other, frames
// lost).
package main

import "sync"

func work(i int) {
	var m map[int]int
	m[i] = 1
}

func main() {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			<-start
			work(i)
		}(i)
	}
	close(start)
	wg.Wait()
}
