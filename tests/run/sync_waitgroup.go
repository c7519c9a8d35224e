package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, res []int) {
	defer wg.Done()
	res[id] = id * 10
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go work(i, &wg, res)
	}
	wg.Wait()
	fmt.Println(res)
	wg.Wait()
	fmt.Println("second wait returns at once")
}
