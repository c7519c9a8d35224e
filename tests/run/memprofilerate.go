// runtime.MemProfileRate is a variable: gc's default, which programs set
// (0 turns sampling off) and read back, also through its address.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.MemProfileRate)
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate, old)
	p := &runtime.MemProfileRate
	*p = 4096
	runtime.MemProfileRate++
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = old
}
