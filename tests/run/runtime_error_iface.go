// runtime.Error: every run-time panic's value implements it, so a
// recovered value asserts to it (test/zerodivide.go does this); a panic
// with an ordinary value does not.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			fmt.Println("runtime.Error:", re.Error())
			return
		}
		fmt.Println("other:", r)
	}()
	f()
}

func main() {
	zero := 0
	var s []int
	var m map[string]int
	var e error = errors.New("plain")
	try(func() { fmt.Println(1 / zero) })
	try(func() { fmt.Println(s[zero]) })
	try(func() { m["x"] = 1 })
	try(func() { panic(e) })
	try(func() { panic("text") })
	var re runtime.Error
	fmt.Println(re == nil, errors.As(fmt.Errorf("w: %w", e), &re))
}
