// A panic value whose Error method blocks: gc's main returns anyway (its
// wait for a panicking goroutine is bounded and ends once the panic text is
// being made), so the program exits 0; escgo used to wait forever.
package main

import "time"

type E struct{}

var ch = make(chan int)

func (E) Error() string { <-ch; return "E" }

func main() {
	go func() { panic(E{}) }()
	time.Sleep(100 * time.Millisecond)
	println("main done")
}
