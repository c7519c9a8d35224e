package main

import (
	"fmt"
	"runtime"
	"sync"
)

func leave(wg *sync.WaitGroup, log *[]string) {
	defer wg.Done()
	defer func() {
		*log = append(*log, fmt.Sprint("recover in Goexit: ", recover()))
	}()
	func() {
		defer func() { *log = append(*log, "inner deferred") }()
		runtime.Goexit()
	}()
	*log = append(*log, "not reached")
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go leave(&wg, &log)
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		runtime.Goexit()
	}()
	<-done
	defer fmt.Println("main deferred")
	go func() {
		<-done
		fmt.Println("last goroutine ends")
	}()
	runtime.Goexit()
}
