package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	balance int
)

func deposit(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	defer mu.Unlock()
	balance += n
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go deposit(i, &wg)
	}
	wg.Wait()
	fmt.Println(balance)
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
