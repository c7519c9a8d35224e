// With one worker, main spins on an atomic flag that only another goroutine
// sets: without preemption the setter never runs. The setter also spins on
// a flag main sets back, so each side must be preempted in turn.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var ping, pong int32
	go func() {
		atomic.StoreInt32(&ping, 1)
		for atomic.LoadInt32(&pong) == 0 {
		}
		fmt.Println("setter saw pong")
		atomic.StoreInt32(&ping, 2)
	}()
	for atomic.LoadInt32(&ping) == 0 {
	}
	fmt.Println("main saw ping")
	atomic.StoreInt32(&pong, 1)
	for atomic.LoadInt32(&ping) != 2 {
	}
	fmt.Println("main saw the setter finish")
}
