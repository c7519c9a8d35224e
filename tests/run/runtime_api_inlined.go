// Package runtime's API as a program sees it: the functions gc inlines
// (Callers, CallersFrames, NumGoroutine, Gosched, NumCPU, Version, GOROOT)
// inline here too — the .minl golden is gc's -m with inlining — and a
// finalizer whose type is only known at run time (an any holding a func)
// is called as gc calls it.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type res struct{ name string }

var done = make(chan string, 1)

func where() string {
	pcs := make([]uintptr, 8)
	n := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") || f.Function == "runtime.Callers" {
			names = append(names, f.Function)
		}
		if !more {
			break
		}
	}
	return strings.Join(names, " <- ")
}

// The object lives only in this function's frame, which is gone when
// main collects: the conservative collector finds no stale copy of it.
//
//go:noinline
func finalized() {
	var fin any = func(r *res) { done <- r.name }
	r := &res{"closed"}
	runtime.SetFinalizer(r, fin)
}

func main() {
	fmt.Println(where())
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.NumCgoCall())
	runtime.Gosched()
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1.19"), runtime.GOROOT() != "")
	finalized()
	for i := 0; i < 500; i++ {
		runtime.GC()
		select {
		case name := <-done:
			fmt.Println("finalized:", name)
			return
		default:
			runtime.Gosched()
		}
	}
	fmt.Println("not finalized")
}
