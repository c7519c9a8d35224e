package main

import (
	"fmt"
	"runtime"
)

// Codegen follows escape analysis: a site that does not escape is a stack
// slot (0 allocations per call), its escaping twin one heap object per call.

type Point struct{ X, Y, Z int }

var sink *Point

func stay(i int) int {
	p := &Point{i, i + 1, i + 2} // &Point{...} does not escape
	return p.X + p.Y + p.Z
}

func leave(i int) int {
	p := &Point{i, i + 1, i + 2} // &Point{...} escapes to heap
	sink = p
	return p.X + p.Y + p.Z
}

func local(n int) int {
	buf := make([]int, 64) // make([]int, 64) does not escape
	for i := range buf {
		buf[i] = i * n
	}
	return buf[63]
}

func grow(n int) int {
	buf := make([]int, n) // non-constant size: heap
	return len(buf)
}

// A package-level MemStats: reading the counters allocates nothing itself.
var stats runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&stats)
	return stats.Mallocs
}

func main() {
	const N = 1000
	sum := 0
	m0 := mallocs()
	for i := 0; i < N; i++ {
		sum += stay(i)
	}
	m1 := mallocs()
	for i := 0; i < N; i++ {
		sum += leave(i)
	}
	m2 := mallocs()
	for i := 0; i < N; i++ {
		sum += local(i)
	}
	m3 := mallocs()
	for i := 0; i < N; i++ {
		sum += grow(i%8 + 1)
	}
	m4 := mallocs()
	fmt.Println("stay:", m1-m0)
	fmt.Println("leave:", m2-m1)
	fmt.Println("local:", m3-m2)
	fmt.Println("grow:", m4-m3)
	fmt.Println("sum:", sum)
	runtime.GC()
	runtime.ReadMemStats(&stats)
	fmt.Println("forced GCs:", stats.NumForcedGC, "GC counted:", stats.NumGC > 0, "TotalAlloc >= 24000:", stats.TotalAlloc >= 24000)
}
