// With one worker, goroutines that spin in loops without calls — `for {}`
// and `for { x++ }` — must not keep main from waking up after its sleep:
// Go ≥ 1.14 preempts them (escgo: runtime/preempt.c).
package main

import (
	"fmt"
	"runtime"
	"time"
)

var counter int

func spinEmpty() {
	for {
	}
}

func spinCount() {
	for {
		counter++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spinEmpty()
	go spinCount()
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main woke up after its sleep:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
