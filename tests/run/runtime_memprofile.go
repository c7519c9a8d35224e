// runtime.MemProfile with MemProfileRate = 1: every allocation is sampled
// and charged to its call stack, read back through CallersFrames. A program
// that calls MemProfile starts at gc's default rate, 512 KiB.
package main

import (
	"fmt"
	"runtime"
)

var keep = make([]*[64]byte, 0, 1000)

//go:noinline
func alloc(n int) {
	for i := 0; i < n; i++ {
		keep = append(keep, new([64]byte))
	}
}

func main() {
	fmt.Println("default rate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	alloc(1000)
	runtime.GC()
	runtime.GC()

	n, ok := runtime.MemProfile(nil, true)
	fmt.Println("fits in nil:", n > 0, ok)
	p := make([]runtime.MemProfileRecord, n+50)
	n, ok = runtime.MemProfile(p, true)
	fmt.Println("fits:", ok)
	for _, r := range p[:n] {
		frames := runtime.CallersFrames(r.Stack())
		first, _ := frames.Next()
		if first.Function != "main.alloc" {
			continue
		}
		second, _ := frames.Next()
		fmt.Println(first.Function, first.Line, "called from", second.Function, second.Line)
		fmt.Println("objects", r.AllocObjects, "bytes", r.AllocBytes)
		fmt.Println("in use", r.InUseObjects(), r.InUseBytes())
		fmt.Println("stack", len(r.Stack()) > 1, r.Stack0[len(r.Stack())] == 0)
	}
}
