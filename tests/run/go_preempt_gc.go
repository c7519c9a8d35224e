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
	rounds  = 40000
)

var results [workers]int
var finished int32

func build(seed int) *node {
	var head *node
	for i := 0; i < length; i++ {
		head = &node{v: i*seed + 1, next: head}
	}
	return head
}

func walk(seed int) {
	head := build(seed)
	sum := 0
	for r := 0; r < rounds; r++ {
		for p := head; p != nil; p = p.next {
			sum += p.v
		}
	}
	results[seed] = sum
	atomic.AddInt32(&finished, 1)
}

var garbage []*node

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < workers; i++ {
		go walk(i)
	}
	collections := 0
	for atomic.LoadInt32(&finished) < workers {
		garbage = nil
		for i := 0; i < 50; i++ {
			garbage = append(garbage, &node{v: -1 << 40})
		}
		runtime.GC()
		collections++
	}
	for i, s := range results {
		want := 0
		for j := 0; j < length; j++ {
			want += j*i + 1
		}
		fmt.Println("worker", i, "sum ok:", s == want*rounds)
	}
	fmt.Println("main collected while they ran:", collections > 1)
}
