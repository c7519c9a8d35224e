package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	runtime.Gosched()
	fmt.Println(runtime.GOMAXPROCS(0) > 0)
	x := new(int)
	runtime.KeepAlive(x)
}
