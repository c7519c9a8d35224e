// errorcheck -0 -m -l

// Escape analysis through package unsafe (gc's unsafeValue, OUNSAFEADD,
// OUNSAFESLICE, OSLICE2ARRPTR), reflect's header Data fields,
// //go:uintptrescapes, declarations without a body (bound by
// //go:linkname) and the assignments gc ignores as self-assignments.
package main

import (
	"reflect"
	"unsafe"
)

var sinkPtr unsafe.Pointer
var sinkUintptr uintptr

func convert(p *float64) *uint64 { // ERROR "leaking param: p to result ~r0 level=0$"
	return (*uint64)(unsafe.Pointer(p))
}

func arith() unsafe.Pointer {
	var x [4]byte // ERROR "moved to heap: x$"
	return unsafe.Pointer((uintptr(unsafe.Pointer(&x[0])) + 1) &^ 1)
}

func shifted() unsafe.Pointer {
	var x [4]byte // ERROR "moved to heap: x$"
	n := 2
	return unsafe.Pointer(uintptr(unsafe.Pointer(&x[0])) << n >> n)
}

func viaUintptrVar() unsafe.Pointer {
	var x [4]byte
	u := uintptr(unsafe.Pointer(&x[0]))
	return unsafe.Pointer(u)
}

func storeUintptr() {
	var x int
	sinkUintptr = uintptr(unsafe.Pointer(&x))
}

func add(p *byte) unsafe.Pointer { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Add(unsafe.Pointer(p), 1)
}

func addLocal() byte {
	var b [8]byte
	q := unsafe.Add(unsafe.Pointer(&b[0]), 3)
	return *(*byte)(q)
}

func slice(p *int, n int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Slice(p, n)
}

func sliceLocal() int {
	var a [4]int
	s := unsafe.Slice(&a[0], 4)
	return len(s)
}

func toArrayPtr(s []int) *[2]int { // ERROR "leaking param: s to result ~r0 level=0$"
	return (*[2]int)(s)
}

func toArrayPtrLocal() int {
	b := make([]int, 4) // ERROR "make\(\[\]int, 4\) does not escape$"
	p := (*[4]int)(b)
	return p[0]
}

func fromSliceData(s []int) unsafe.Pointer { // ERROR "leaking param: s to result ~r0 level=0$"
	return unsafe.Pointer((*reflect.SliceHeader)(unsafe.Pointer(&s)).Data)
}

func toStringData(s *string, p unsafe.Pointer) { // ERROR "s does not escape$" "leaking param: p$"
	(*reflect.StringHeader)(unsafe.Pointer(s)).Data = uintptr(p)
}

//go:uintptrescapes
//go:noinline
func keep(a uintptr, rest ...uintptr) {} // ERROR "marking a as escaping uintptr$" "marking rest as escaping \.\.\.uintptr$"

//go:noinline
func plainUintptr(a uintptr) {}

func callKeep() {
	var x, y, z int // ERROR "moved to heap: x$" "moved to heap: y$"
	keep(uintptr(unsafe.Pointer(&x)), 1, uintptr(unsafe.Pointer(&y))) // ERROR "\.\.\. argument escapes to heap$"
	plainUintptr(uintptr(unsafe.Pointer(&z)))
}

//go:linkname external main.externalImpl
func external(p *int, q []byte, u uintptr) *int // ERROR "leaking param: p$" "leaking param: q$" "assuming u is unsafe uintptr$"

//go:linkname externalNoescape main.externalImpl
//go:noescape
func externalNoescape(p *int, q []byte, u uintptr) *int // ERROR "p does not escape$" "q does not escape$" "assuming u is unsafe uintptr$"

func externalImpl(p *int, q []byte, u uintptr) *int { return nil } // ERROR "p does not escape$" "q does not escape$"

func callExternal() {
	var a, b int // ERROR "moved to heap: a$"
	external(&a, nil, 0)
	externalNoescape(&b, []byte{1}, 0) // ERROR "\[\]byte\{\.\.\.\} does not escape$"
}

type Buffer struct {
	buf  []byte
	next *Buffer
	arr  [8]byte
	str  string
}

func (b *Buffer) shrink(i, j int) { // ERROR "b does not escape$"
	b.buf = b.buf[i:j] // ERROR "\(\*Buffer\)\.shrink ignoring self-assignment in b\.buf = b\.buf\[i:j\]$"
	b.str = b.str[1:] // ERROR "\(\*Buffer\)\.shrink ignoring self-assignment in b\.str = b\.str\[1:\]$"
	b.next, b.next = b.next, b.next // ERROR "\(\*Buffer\)\.shrink ignoring self-assignment in b\.next, b\.next = b\.next, b\.next$"
}

func (b *Buffer) keepArr() { // ERROR "leaking param: b$"
	b.buf = b.arr[1:2]
}

func trim(sp *string) { // ERROR "sp does not escape$"
	*sp = (*sp)[1:] // ERROR "trim ignoring self-assignment in \*sp = \(\*sp\)\[1:\]$"
}

func caseVar(v interface{}) *int { // ERROR "v does not escape$"
	switch x := v.(type) {
	case int: // ERROR "moved to heap: x$"
		return &x
	}
	return nil
}

func main() {
	f := 1.5
	_ = convert(&f)
	_ = arith()
	_ = shifted()
	_ = viaUintptrVar()
	storeUintptr()
	var c byte // ERROR "moved to heap: c$"
	sinkPtr = add(&c)
	_ = addLocal()
	var n int
	_ = slice(&n, 1)
	_ = sliceLocal()
	_ = toArrayPtr([]int{1, 2}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = toArrayPtrLocal()
	_ = fromSliceData(nil)
	var s string
	toStringData(&s, nil)
	callKeep()
	callExternal()
	var buf Buffer // ERROR "moved to heap: buf$"
	buf.shrink(0, 0)
	buf.keepArr()
	trim(&s)
	_ = caseVar(1) // ERROR "1 does not escape$"
}
