// Another package's generic type or function used without type arguments.
package main

import "sync/atomic"

var p = atomic.Pointer // ERROR "cannot use generic type atomic.Pointer without instantiation"

type T struct{ q atomic.Pointer } // ERROR "cannot use generic type atomic.Pointer\[T any\] without instantiation"

func main() { _ = p }
