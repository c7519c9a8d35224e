package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println(old)
	fmt.Println(debug.SetGCPercent(200))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(100))
	lim := debug.SetMemoryLimit(-1)
	fmt.Println(lim == math.MaxInt64)
	prev := debug.SetMemoryLimit(1 << 30)
	fmt.Println(prev == math.MaxInt64, debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	var data [][]byte
	for i := 0; i < 100; i++ {
		data = append(data, make([]byte, 1024))
	}
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Println(len(data))
}
