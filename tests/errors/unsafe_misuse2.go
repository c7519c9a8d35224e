package main

import "unsafe"

var p *int

func main() {
	_ = unsafe.Slice(1, 2)                  // ERROR "invalid argument: 1 \(untyped int constant\) is not a pointer"
	_ = unsafe.Slice(nil, 1)                // ERROR "invalid argument: nil is not a pointer"
	_ = unsafe.Slice(p, -1)                 // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative"
	_ = unsafe.Slice(p, 1<<70)              // ERROR "overflows int"
	_ = unsafe.Sizeof(int)                  // ERROR "int \(type\) is not an expression"
	_ = unsafe.Alignof(nil)                 // ERROR "use of untyped nil in argument to unsafe.Alignof"
	var f float64
	_ = (*int)(f)                           // ERROR "cannot convert f \(variable of type float64\) to type \*int"
	_ = uintptr(p)                          // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
}
