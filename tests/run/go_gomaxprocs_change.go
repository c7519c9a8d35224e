// runtime.GOMAXPROCS(n) changes the number of threads that run goroutines:
// down to 1 and up again, with goroutines parked and running meanwhile.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(n int) int {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for j := 0; j <= i%100; j++ {
				s += j
			}
			results <- s
		}(i)
	}
	go func() { wg.Wait(); close(results) }()
	total := 0
	for s := range results {
		total += s
	}
	return total
}

func main() {
	start := runtime.GOMAXPROCS(0)
	fmt.Println(start > 0)
	fmt.Println(runtime.GOMAXPROCS(1) == start, runtime.GOMAXPROCS(0))
	fmt.Println(work(2000))
	fmt.Println(runtime.GOMAXPROCS(3), runtime.GOMAXPROCS(0))
	fmt.Println(work(2000))
	fmt.Println(runtime.GOMAXPROCS(2), runtime.GOMAXPROCS(-1))
	fmt.Println(work(500))
	runtime.GOMAXPROCS(start)
	fmt.Println(runtime.GOMAXPROCS(0) == start)
}
