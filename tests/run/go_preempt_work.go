// Two goroutines spin in loops without calls on two workers while main
// does real work (allocating, sorting, printing) and takes turns with
// them: preemption gives main its share of the workers.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

var sink [2]uint64

func spin(i int) {
	x := uint64(i)
	for {
		x = x*6364136223846793005 + 1442695040888963407
		sink[i] = x
	}
}

func work(round int) string {
	words := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		words = append(words, fmt.Sprintf("w%05d", (i*7919+round)%1000))
	}
	sort.Strings(words)
	return strings.Join(words[:3], ",")
}

func main() {
	runtime.GOMAXPROCS(2)
	go spin(0)
	go spin(1)
	for round := 0; round < 5; round++ {
		runtime.Gosched()
		fmt.Println(round, work(round))
	}
	fmt.Println("done with", runtime.NumGoroutine(), "goroutines")
}
