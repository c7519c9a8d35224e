// 1,000,000 short goroutines, each adding to a counter under a mutex and
// to an atomic counter; main waits for them all.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	var mu sync.Mutex
	var count int64
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&count, 1)
			mu.Lock()
			sum += i % 7
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", atomic.LoadInt64(&count), "sum:", sum)
}
