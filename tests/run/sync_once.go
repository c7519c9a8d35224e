package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func load() {
	calls++
	config = map[string]string{"env": "test"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
		}()
	}
	wg.Wait()
	once.Do(load)
	fmt.Println(calls, config["env"])
}
