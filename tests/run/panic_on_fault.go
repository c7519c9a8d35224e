// runtime/debug.SetPanicOnFault: with it on, a fault at an unexpected
// address (here a PROT_NONE page) is a run-time panic the goroutine can
// recover; the setting is per goroutine and returns the previous one.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall"
)

func touch(b []byte) (n int, err error) {
	defer func() {
		if r, ok := recover().(runtime.Error); ok {
			err = r
		}
	}()
	for i := range b {
		b[i] = 1
		n++
	}
	return
}

func main() {
	fmt.Println(debug.SetPanicOnFault(true))
	size := syscall.Getpagesize()
	data, err := syscall.Mmap(-1, 0, 4*size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	if err := syscall.Mprotect(data[2*size:3*size], syscall.PROT_NONE); err != nil {
		panic(err)
	}
	n, err := touch(data[size/2:])
	fmt.Println(n == 2*size-size/2, err)

	done := make(chan bool)
	go func() {
		done <- debug.SetPanicOnFault(false) // another goroutine starts with it off
	}()
	fmt.Println(<-done)
	fmt.Println(debug.SetPanicOnFault(false))
}
