// Setting a finalizer on an object that has one is a fatal error.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func main() {
	t := &T{1}
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("first set")
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("not reached")
}
