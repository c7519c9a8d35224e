// unsafe.Slice's run-time checks, recovered: a negative or too large
// length, a nil pointer with a length, the end of the address space;
// and what it accepts (a nil pointer with length 0, zero-size elements).
package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name+":", err.Error())
			return
		}
		fmt.Println(name+":", r)
	}()
	f()
}

func main() {
	var b [8]byte
	n := -1
	try("negative", func() { _ = unsafe.Slice(&b[0], n) })
	big := uint64(1) << 63
	try("huge unsigned", func() { _ = unsafe.Slice(&b[0], big) })
	try("overflow", func() { _ = unsafe.Slice(new(uint64), uint64(1)<<61) })
	try("nil with length", func() { _ = unsafe.Slice((*int)(nil), 1) })
	last := (*byte)(unsafe.Pointer(^uintptr(0)))
	try("last byte", func() { fmt.Println(len(unsafe.Slice(last, 1))) })
	try("past the end", func() { _ = unsafe.Slice(last, 2) })
	try("nil zero", func() { fmt.Println(unsafe.Slice((*int)(nil), 0) == nil) })
	try("ok", func() { fmt.Println(len(unsafe.Slice(&b[0], 8)), cap(unsafe.Slice(&b[2], int8(3)))) })
}
