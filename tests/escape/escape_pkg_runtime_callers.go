// errorcheck -0 -m -l

package main

import "runtime"

// gc's tags for runtime's functions: Callers keeps nothing of pc
// (extern.go: "pc does not escape"); CallersFrames keeps its callers in the
// *Frames it returns and Next leaks its receiver (symtab.go: "leaking
// param: callers", "leaking param: ci").
func depth() int {
	pc := make([]uintptr, 8) // ERROR "make\(\[\]uintptr, 8\) does not escape$"
	return runtime.Callers(1, pc)
}

func first() string {
	pc := make([]uintptr, 8) // ERROR "make\(\[\]uintptr, 8\) escapes to heap$"
	n := runtime.Callers(1, pc)
	f, _ := runtime.CallersFrames(pc[:n]).Next()
	return f.Function
}

func main() {
	println(depth() > 0, first())
}
