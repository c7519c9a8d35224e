package main

import "unsafe"

var sl []int

func main() {
	_ = (*[4]int8)(sl)                      // ERROR "cannot convert sl \(variable of type \[\]int\) to type \*\[4\]int8"
	_ = ([4]int)(sl)                        // ERROR "cannot convert sl \(variable of type \[\]int\) to type \[4\]int"
	var q unsafe.Pointer
	_ = *q                                  // ERROR "invalid operation: cannot indirect q \(variable of type unsafe.Pointer\)"
}
