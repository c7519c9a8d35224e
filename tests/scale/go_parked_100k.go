// 100,000 goroutines park on one channel, each holding the only reference
// to a heap object, while main makes garbage and collects; then all are
// released and check their object. Under ESCGO_GCSTRESS=1 (make test's
// GC-stress pass) a parked stack the collector did not scan shows up as a
// wrong sum or a crash.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type box struct {
	vals [4]int
	next *box
}

func main() {
	const n = 100000
	start := make(chan struct{})
	results := make(chan int, n)
	var ready sync.WaitGroup
	for i := 0; i < n; i++ {
		ready.Add(1)
		go func(i int) {
			b := &box{vals: [4]int{i, 2 * i, 3 * i, 4 * i}}
			b.next = &box{vals: [4]int{1, 1, 1, 1}}
			ready.Done()
			<-start
			s := b.next.vals[0]
			for _, v := range b.vals {
				s += v
			}
			results <- s
		}(i)
	}
	ready.Wait()
	fmt.Println("parked:", runtime.NumGoroutine() == n+1)
	var junk [][]int
	for r := 0; r < 3; r++ {
		for j := 0; j < 1000; j++ {
			junk = append(junk, make([]int, 64))
		}
		junk = nil
		runtime.GC()
	}
	close(start)
	total := 0
	for i := 0; i < n; i++ {
		total += <-results
	}
	fmt.Println("total:", total, "want:", n+10*(n*(n-1)/2))
	fmt.Println("junk:", len(junk))
}
