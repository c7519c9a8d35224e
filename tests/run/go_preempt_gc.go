// Goroutines preempted in the middle of loops without calls hold their
// lists only in registers; main, on the same single worker, collects and
// refills the freed memory with other values while they are switched out.
// Every list must come back intact: a preempted goroutine's registers are
// saved on its stack, where the collector sees them (make test also runs
// this with ESCGO_GCSTRESS=1: a collection at every allocation).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type node struct {
	v    int
	next *node
}

const (
	workers = 4
	length  = 300
	rounds  = 2000
)

var results [workers]bool
var finished, collections int32

func build(seed int) *node {
	var head *node
	for i := 0; i < length; i++ {
		head = &node{v: i*seed + 1, next: head}
	}
	return head
}

// Each round sums the list again; the loop has no calls, and it does not
// end before main has collected three times, so with one worker main runs
// (and collects) only when a walker is preempted in the middle of it.
func walk(seed int) {
	head := build(seed)
	want := 0
	for j := 0; j < length; j++ {
		want += j*seed + 1
	}
	ok := true
	for r := 0; r < rounds || atomic.LoadInt32(&collections) < 3; r++ {
		sum := 0
		for p := head; p != nil; p = p.next {
			sum += p.v
		}
		ok = ok && sum == want
	}
	results[seed] = ok
	atomic.AddInt32(&finished, 1)
}

var garbage []*node

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < workers; i++ {
		go walk(i)
	}
	for atomic.LoadInt32(&finished) < workers {
		garbage = nil
		for i := 0; i < 50; i++ {
			garbage = append(garbage, &node{v: -1 << 40})
		}
		runtime.GC()
		atomic.AddInt32(&collections, 1)
	}
	for i, ok := range results {
		fmt.Println("worker", i, "sums ok:", ok)
	}
	fmt.Println("main collected while they ran:", atomic.LoadInt32(&collections) >= 3)
}
