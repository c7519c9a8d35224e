// errorcheck -0 -m -l

package main

import (
	"runtime"
	"runtime/debug"
)

// runtime.Stack keeps its buffer (mprof.go: "leaking param: buf"), so the
// buffer goes to the heap however small; runtime/debug, compiled from Go's
// source, gets its tags from its own code: ReadGCStats hands &stats.Pause
// to the bodyless readGCStats, so its argument leaks.
func stack() int {
	buf := make([]byte, 64) // ERROR "make\(\[\]byte, 64\) escapes to heap$"
	return runtime.Stack(buf, false)
}

func stats() int64 {
	var s debug.GCStats // ERROR "moved to heap: s$"
	debug.ReadGCStats(&s)
	return s.NumGC
}

func trace() int {
	return len(debug.Stack())
}

func main() {
	println(stack() > 0, stats() >= 0, trace() > 0)
}
