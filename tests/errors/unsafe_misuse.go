package main

import "unsafe"

type S struct {
	a int8
	b int64
	E
	*P
}
type E struct{ x, y int32 }
type P struct{ z int }

func (S) M() {}

var s S
var p *int
var sl []int

func main() {
	_ = unsafe.Offsetof(s.M)                // ERROR "invalid argument: s.M is a method value"
	_ = unsafe.Offsetof(s.z)                // ERROR "invalid argument: field z is embedded via a pointer in S"
	_ = unsafe.Offsetof(s)                  // ERROR "invalid argument: s is not a selector expression"
	_ = unsafe.Offsetof(s.nosuch)           // ERROR "invalid argument: S has no single field nosuch"
	_ = unsafe.Sizeof()                     // ERROR "not enough arguments for unsafe.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Sizeof(1, 2)                 // ERROR "too many arguments for unsafe.Sizeof\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Add(p, 1)                    // ERROR "cannot use p \(variable of type \*int\) as type unsafe.Pointer in argument to unsafe.Add"
	_ = unsafe.Add(unsafe.Pointer(p), 1.5)  // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Add(unsafe.Pointer(p), "x")  // ERROR "cannot convert \"x\" \(untyped string constant\) to int"
}
