// Calls inlined into calls that were inlined (Skip into TestSkip into a
// func literal) are each a frame of runtime.Callers, as gc counts them.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type common struct{ n int }

func (c *common) log(s string) {
	pc := make([]uintptr, 20)
	n := runtime.Callers(1, pc)
	fr := runtime.CallersFrames(pc[:n])
	for {
		f, more := fr.Next()
		fmt.Println(f.Function, f.Line)
		if !more || strings.HasPrefix(f.Function, "main.main") {
			break
		}
	}
	fmt.Print(s)
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.n++
}

type T struct {
	common
	x int
}

func TestSkip(t *T) { t.Skip("skipping") }

func main() {
	done := make(chan bool)
	go func() { TestSkip(&T{}); done <- true }()
	<-done
}
