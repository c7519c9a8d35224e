// The concurrency patterns of a Go course, as whole programs: a ping-pong
// over unbuffered channels, a worker pool, and a fan-out to many goroutines
// with a fan-in of their results. What they measure is the scheduler: how
// fast a goroutine starts, parks and wakes another.
package goroutines

import "sync"

// pingPong: rounds of a value sent to a partner goroutine and back.
//
//go:noinline
func pingPong(rounds int) int {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	return sum
}

// workerPool: workers goroutines take jobs from one channel and send the
// squares to another; the caller sums them.
//
//go:noinline
func workerPool(workers, jobs int) int {
	in := make(chan int, workers)
	out := make(chan int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- j * j
			}
		}()
	}
	go func() {
		for j := 0; j < jobs; j++ {
			in <- j
		}
		close(in)
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	return sum
}

// fanOut: n goroutines, all started before any result is read, each
// sending one value to a channel with room for them all.
//
//go:noinline
func fanOut(n int) int {
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			results <- i % 10
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	return sum
}
