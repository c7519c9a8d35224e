package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var total int64
var wg sync.WaitGroup

func use(i int) {
	atomic.AddInt64(&total, int64(i))
	wg.Done()
}

func main() {
	n := 100
	// Seed 002 §2.3: the goroutine captures i, which escapes ("moved to heap: i").
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { use(i) }()
	}
	wg.Wait()
	atomic.StoreInt64(&total, 0)
	// The fix the seed gives: a copy per iteration, captured by value.
	for i := 0; i < n; i++ {
		j := i
		wg.Add(1)
		go func() { use(j) }()
	}
	wg.Wait()
	fmt.Println("sum of copies:", atomic.LoadInt64(&total))
}
