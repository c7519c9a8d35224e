// The memory demo of seeds 000/001 ("实际使用优化"), made finite: the
// escape version keeps &Small{1, 2} behind interface{} values (one heap
// object per call), the optimised version keeps Small values in a []Small
// (no per-call object). Each variant runs the same number of rounds and
// prints the seed's line after every 25 rounds.
package main

import (
	"fmt"
	"runtime"
)

type Small struct {
	a, b int
}

// Escape version: the pointer escapes through the interface.
func makeSmall() interface{} {
	return &Small{1, 2}
}

// Optimised version: a value, copied into the slice's backing array.
func makeSmallValue() Small {
	return Small{1, 2}
}

var sink []interface{}
var sinkValues []Small

const rounds = 100
const perRound = 20000

func printMemStats(tag string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("[%s] GC次数=%d, HeapAlloc=%dKB, HeapObjects=%d\n", tag,
		m.NumGC, m.HeapAlloc/1024, m.HeapObjects)
}

func escapeVersion() {
	for r := 1; r <= rounds; r++ {
		for i := 0; i < perRound; i++ {
			sink = append(sink, makeSmall())
		}
		if r%25 == 0 {
			printMemStats("逃逸版本")
		}
	}
}

func optimizedVersion() {
	for r := 1; r <= rounds; r++ {
		for i := 0; i < perRound; i++ {
			sinkValues = append(sinkValues, makeSmallValue())
		}
		if r%25 == 0 {
			printMemStats("优化版本")
		}
	}
}

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	escapeVersion()
	runtime.ReadMemStats(&m1)
	sink = nil
	runtime.GC()
	optimizedVersion()
	runtime.ReadMemStats(&m2)
	fmt.Printf("escape version:    %d allocations\n", m1.Mallocs-m0.Mallocs)
	fmt.Printf("optimised version: %d allocations\n", m2.Mallocs-m1.Mallocs)
}
