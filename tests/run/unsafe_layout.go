// unsafe.Sizeof, Alignof and Offsetof: compile-time constants of type
// uintptr with gc's amd64 layout, through embedded fields and pointers to
// structs; constant expressions built from them.
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	A byte
	B int32
}

type Outer struct {
	X  bool
	Y  float64
	In Inner
	Inner2
	Z  [3]uint16
	S  string
	I  interface{}
	E  struct{}
}

type Inner2 struct {
	P *int
	Q int8
}

type Empty struct{}

type Tail struct {
	N int64
	E struct{}
}

const wordBits = 8 * unsafe.Sizeof(uintptr(0))

var sizes = [...]uintptr{unsafe.Sizeof(Outer{}), unsafe.Sizeof(Empty{}), unsafe.Sizeof(Tail{})}

func main() {
	var o Outer
	p := &o
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), sizes)
	fmt.Println(unsafe.Offsetof(o.X), unsafe.Offsetof(o.Y), unsafe.Offsetof(o.In),
		unsafe.Offsetof(o.Inner2), unsafe.Offsetof(o.Z), unsafe.Offsetof(o.S),
		unsafe.Offsetof(o.I), unsafe.Offsetof(o.E))
	// promoted fields: the offset within the embedded struct
	fmt.Println(unsafe.Offsetof(o.P), unsafe.Offsetof(o.Q), unsafe.Offsetof(p.Q), unsafe.Offsetof(o.In.B))
	fmt.Println(unsafe.Sizeof(o.In), unsafe.Alignof(o.In.B), unsafe.Alignof(o.Z), unsafe.Sizeof(o.Z))
	var c64 complex64
	var f32 float32
	fmt.Println(unsafe.Sizeof(c64), unsafe.Alignof(c64), unsafe.Sizeof(f32), unsafe.Sizeof("x"),
		unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('r'), unsafe.Sizeof(true))
	fmt.Println(unsafe.Sizeof([]int{1, 2, 3}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(main),
		unsafe.Sizeof(make(chan int)), unsafe.Sizeof(p), unsafe.Sizeof(unsafe.Pointer(p)))
	fmt.Println(wordBits, 1<<(wordBits-1) > 0)
	var arr [unsafe.Sizeof(Inner{})]byte
	fmt.Println(len(arr))
	fmt.Printf("%T %T %T\n", unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Offsetof(o.S))
}
