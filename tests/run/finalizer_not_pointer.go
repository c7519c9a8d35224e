// runtime.SetFinalizer's first argument must be a pointer: gc's runtime
// throws (a fatal error, exit 2) for anything else.
package main

import "runtime"

type T struct{ n int }

func main() {
	println("before")
	runtime.SetFinalizer(T{1}, func(t T) {})
	println("not reached")
}
