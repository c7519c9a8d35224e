package main

import "unsafe"

type S struct {
	a int8
	b [3]int64
}

var s S
var p *int

func main() {
	_ = unsafe.Pointer(3.5)                 // ERROR "cannot convert 3.5 \(untyped float constant\) to type unsafe.Pointer"
	_ = unsafe.Pointer(0)                   // ERROR "cannot convert 0 \(untyped int constant\) to type unsafe.Pointer"
	_ = unsafe.Foo                          // ERROR "undefined: unsafe.Foo"
	unsafe.Sizeof(s)                        // ERROR "unsafe.Sizeof\(s\) \(constant 32 of type uintptr\) is not used"
	unsafe.Add(unsafe.Pointer(p), 1)        // ERROR "is not used"
	x := unsafe.Sizeof                      // ERROR "unsafe.Sizeof \(built-in\) must be called"
	_ = unsafe.Pointer                      // ERROR "unsafe.Pointer \(type\) is not an expression"
}
