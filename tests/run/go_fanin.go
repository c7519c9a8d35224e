package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 100)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				out <- w*1000 + j
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	total, count := 0, 0
	for v := range out {
		total += v
		count++
	}
	fmt.Println(count, total)
}
