// unsafe.Pointer conversions *T <-> unsafe.Pointer <-> uintptr, unsafe.Add
// and unsafe.Slice, reflect's slice and string headers, and reflect.Value's
// Elem, Pointer and UnsafeAddr. No address is printed: only what the
// pointers reach.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type Pair struct {
	A, B int32
}

type Node struct {
	Val  int
	Next *Node
}

func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func second(p *[4]int32) *int32 {
	return (*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 4))
}

func main() {
	fmt.Println(float64bits(1.5), float64frombits(0x4000000000000000))

	arr := [4]int32{10, 20, 30, 40}
	fmt.Println(*second(&arr))
	base := unsafe.Pointer(&arr[0])
	fmt.Println(*(*int32)(unsafe.Add(base, 8)), *(*int32)(unsafe.Add(unsafe.Add(base, 12), -4)))
	var off uint8 = 12
	fmt.Println(*(*int32)(unsafe.Add(base, off)))
	pair := (*Pair)(unsafe.Pointer(&arr[2]))
	pair.B = 99
	fmt.Println(arr, *pair)

	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = -1
	fmt.Println(arr)
	var np *int
	fmt.Println(unsafe.Slice(np, 0) == nil, len(unsafe.Slice((*Empty)(nil), 5)))

	// pointers kept as uintptr and back
	n := &Node{Val: 7}
	u := uintptr(unsafe.Pointer(n))
	back := (*Node)(unsafe.Pointer(u))
	fmt.Println(back.Val, back == n, u != 0)
	var nilp unsafe.Pointer
	fmt.Println(nilp == nil, uintptr(nilp), unsafe.Pointer(n) != nil)

	// reflect's headers over a slice and a string
	xs := []int{1, 2, 3, 4, 5}
	h := (*reflect.SliceHeader)(unsafe.Pointer(&xs))
	fmt.Println(h.Len, h.Cap, *(*int)(unsafe.Pointer(h.Data + 8)))
	h.Len = 2
	fmt.Println(xs)
	str := "hello, world"
	sh := (*reflect.StringHeader)(unsafe.Pointer(&str))
	fmt.Println(sh.Len, *(*byte)(unsafe.Pointer(sh.Data + 7)))
	var sub string
	sub2 := (*reflect.StringHeader)(unsafe.Pointer(&sub))
	sub2.Data = sh.Data + 7
	sub2.Len = 5
	fmt.Println(sub)

	// reflect.Value: Pointer of pointer-like values, Elem of a pointer, its address
	v := reflect.ValueOf(n)
	fmt.Println(v.Pointer() == u, v.Kind(), reflect.ValueOf(xs).Pointer() == h.Data)
	e := v.Elem()
	fmt.Println(e.Kind(), e.UnsafeAddr() == u)
	x := 42
	ex := reflect.ValueOf(&x).Elem()
	fmt.Println(ex.Int(), ex.UnsafeAddr() == uintptr(unsafe.Pointer(&x)))
	got := ex.Interface()
	x = 43
	fmt.Println(got, ex.Int())
	fmt.Println(reflect.ValueOf((*int)(nil)).Elem().Kind())
}

type Empty struct{}
