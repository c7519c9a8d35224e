// errorcheck -0 -m -l

package main

import (
	"sync/atomic"
	"unsafe"
)

type node struct{ v int }

var head unsafe.Pointer

// sync/atomic's pointer functions are assembly: every pointer argument
// leaks to the heap.
func publish(v int) *node {
	n := &node{v} // ERROR "&node\{\.\.\.\} escapes to heap$"
	atomic.StorePointer(&head, unsafe.Pointer(n))
	return (*node)(atomic.LoadPointer(&head))
}

func swap(p *unsafe.Pointer) bool { // ERROR "leaking param: p$"
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	old := atomic.SwapPointer(p, unsafe.Pointer(&a))
	return atomic.CompareAndSwapPointer(p, old, unsafe.Pointer(&b))
}

func main() {
	var local unsafe.Pointer // ERROR "moved to heap: local$"
	println(publish(4).v, swap(&local), *(*int)(local))
}
