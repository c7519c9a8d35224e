// sync compiled from Go's source, under many goroutines: Mutex (with
// TryLock and contention long enough to reach the starving mode), RWMutex
// (readers and writers, RLocker), WaitGroup (reused), Once (a panicking f),
// Cond (Signal and Broadcast). The printed results do not depend on the
// schedule.
package main

import (
	"fmt"
	"sync"
	"time"
)

func mutexCounter(workers, rounds int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < rounds; j++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return total
}

// A holder that sleeps while others wait more than 1 ms puts the Mutex in
// starvation mode (handoff to the oldest waiter).
func starving() int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	order := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				mu.Lock()
				order++
				time.Sleep(2 * time.Millisecond)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return order
}

func tryLock() {
	var mu sync.Mutex
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock again:", mu.TryLock())
	mu.Unlock()
}

func rwCounter() (int, int) {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	shared := map[int]int{}
	reads := 0
	var readsMu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				rw.Lock()
				shared[j%10]++
				rw.Unlock()
			}
		}(w)
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rl := rw.RLocker()
			for j := 0; j < 200; j++ {
				rl.Lock()
				_ = shared[j%10]
				rl.Unlock()
				readsMu.Lock()
				reads++
				readsMu.Unlock()
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	return sum, reads
}

func once() {
	var o sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("Once calls:", calls)
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("first") })
	}()
	p.Do(func() { fmt.Println("never: Once counts a panicking f as done") })
	fmt.Println("after panic: done")
}

func cond() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready, release := 0, false
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			c.Broadcast() // main waits for all twenty
			for !release {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 20 {
		c.Wait()
	}
	release = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("Cond Broadcast released:", ready)
}

// Consumers wait on a queue; each item is announced with Signal.
func condSignal() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var queue []int
	sum := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for len(queue) == 0 {
					c.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				if v > 0 {
					sum += v
				}
				mu.Unlock()
				if v < 0 {
					return
				}
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		mu.Lock()
		queue = append(queue, i)
		mu.Unlock()
		c.Signal()
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		queue = append(queue, -1)
		mu.Unlock()
		c.Signal()
	}
	wg.Wait()
	fmt.Println("Cond Signal sum:", sum)
}

func waitGroupReuse() {
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		n := 0
		var mu sync.Mutex
		for i := 0; i < 100; i++ {
			wg.Add(1)
			go func() {
				mu.Lock()
				n++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, n)
	}
}

func main() {
	fmt.Println("Mutex:", mutexCounter(100, 1000))
	fmt.Println("starving:", starving())
	tryLock()
	sum, reads := rwCounter()
	fmt.Println("RWMutex:", sum, reads)
	once()
	cond()
	condSignal()
	waitGroupReuse()
}
