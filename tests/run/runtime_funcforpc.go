// runtime.FuncForPC, (*Func).Name/Entry/FileLine and runtime.CallersFrames:
// names, lines and identity as gc gives them.
package main

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
)

//go:noinline
func leaf() (uintptr, int) {
	pc, _, line, _ := runtime.Caller(0)
	return pc, line
}

type T struct{ n int }

//go:noinline
func (t *T) M() int { return t.n }

func main() {
	f := runtime.FuncForPC(reflect.ValueOf(leaf).Pointer())
	fmt.Println(f.Name())
	file, line := f.FileLine(f.Entry())
	fmt.Println(filepath.Base(file), line)
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(leaf).Pointer()) == f)
	fmt.Println(runtime.FuncForPC(f.Entry()+1) == f)

	lit := func() int { return 2 }
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(lit).Pointer()).Name(), lit())

	pc, l := leaf()
	fmt.Println(runtime.FuncForPC(pc).Name(), l)
	frames := runtime.CallersFrames([]uintptr{pc})
	fr, more := frames.Next()
	fmt.Println(fr.Function, filepath.Base(fr.File), fr.Line == l, more, fr.Func.Name(), fr.Entry == f.Entry())
	fr, more = frames.Next()
	fmt.Printf("%q %v\n", fr.Function, more)

	var nilf *runtime.Func
	fmt.Printf("%q\n", nilf.Name())
	fmt.Println(runtime.FuncForPC(0) == nil)
}
