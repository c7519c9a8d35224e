// After a program drops the only reference to 100,000 retained objects and
// collects, runtime.MemStats.HeapObjects counts what is still reachable:
// far fewer than 1,000 objects (issue 14's bar).
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [2]int64
}

var sink []*node

func retain(n int) {
	sink = make([]*node, n)
	for i := range sink {
		sink[i] = &node{val: [2]int64{int64(i), int64(-i)}}
	}
}

func heapObjects() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapObjects
}

func main() {
	retain(100000)
	runtime.GC()
	held := heapObjects()
	fmt.Println("retained at least 100,000:", held >= 100000)
	sink = nil
	runtime.GC()
	left := heapObjects()
	fmt.Println("below 1,000 after release:", left < 1000)
	if left >= 1000 {
		fmt.Println("objects left:", left)
	}
}
