package main

import (
	"fmt"
	"runtime"
	"strings"
)

// The frames above where(), up to main.main (gc goes on into its runtime).
func where(skip int) []string {
	pc := make([]uintptr, 16)
	n := runtime.Callers(skip, pc)
	frames := runtime.CallersFrames(pc[:n])
	var out []string
	for {
		f, more := frames.Next()
		file := f.File[strings.LastIndex(f.File, "/")+1:]
		out = append(out, fmt.Sprintf("%s %s:%d %v", f.Function, file, f.Line, f.PC != 0))
		if !more || f.Function == "main.main" {
			break
		}
	}
	return out
}

type T struct{ n int }

//go:noinline
func (t *T) method() []string { return where(2) }

func small() []string { return where(2) } // inlined by gc: still a frame of its own

func Generic[X any](x X) []string { return where(1) }

func main() {
	for _, s := range where(1) {
		fmt.Println(s)
	}
	for _, s := range (&T{}).method() {
		fmt.Println(s)
	}
	for _, s := range small() {
		fmt.Println(s)
	}
	func() {
		for _, s := range where(3) {
			fmt.Println(s)
		}
	}()
	for _, s := range Generic(1) {
		fmt.Println(s)
	}
	var rates = runtime.SetMutexProfileFraction(5)
	runtime.SetBlockProfileRate(1)
	fmt.Println(rates, runtime.SetMutexProfileFraction(-1), runtime.SetMutexProfileFraction(0))
}
