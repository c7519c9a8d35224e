// fmt.Fprint* into a Go writer (bytes.Buffer, strings.Builder, a type of
// the program's) allocate what gc's do: nothing for the bytes handed to
// Write once warm (gc: the printer's pooled buffer). The buffers are shared
// safely by goroutines and by a Write that itself calls Fprintf.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
)

type upper struct{ out *bytes.Buffer }

func (u upper) Write(p []byte) (int, error) {
	fmt.Fprintf(u.out, "[%s]", strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	buf.Grow(1 << 16)
	n := 42
	fmt.Println(testing.AllocsPerRun(1000, func() { fmt.Fprintf(&buf, "x=%d\n", n); buf.Reset() }))
	fmt.Println(testing.AllocsPerRun(1000, func() { fmt.Fprintln(&buf, "abc", "def"); buf.Reset() }))
	var sb strings.Builder
	sb.Grow(1 << 16)
	fmt.Println(testing.AllocsPerRun(1000, func() { fmt.Fprint(&sb, "abc") }))

	var nested bytes.Buffer
	fmt.Fprintf(upper{&nested}, "hello %s", "world")
	fmt.Println(nested.String())

	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 8)
	for g := range outs {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				fmt.Fprintf(&outs[g], "%d:%d;", g, i)
			}
		}(g)
	}
	wg.Wait()
	for g := range outs {
		want := ""
		for i := 0; i < 200; i++ {
			want += fmt.Sprintf("%d:%d;", g, i)
		}
		fmt.Println(g, outs[g].Len(), outs[g].String() == want)
	}
	big := strings.Repeat("x", 100<<10)
	fmt.Fprint(&buf, big)
	fmt.Println(buf.Len())
}
