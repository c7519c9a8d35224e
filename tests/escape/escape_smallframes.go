// errorcheck -0 -m -l -smallframes

package main

// -smallframes lowers gc's stack limits: a variable over 128 KB is moved to
// the heap even though its address is never taken, and an object of new,
// &T{} or make over 16 KB escapes whatever flows.

var sink byte

type block [40000]byte

func bigVar() {
	var c [200000]byte // ERROR "moved to heap: c$"
	c[7] = 1
	sink = c[7]
}

func smallVar() {
	var c [100000]byte
	c[7] = 1
	sink = c[7]
}

func implicit() {
	p := new(block)            // ERROR "new\(block\) escapes to heap$"
	q := &block{}              // ERROR "&block{} escapes to heap$"
	s := make([]byte, 20000)   // ERROR "make\(\[\]byte, 20000\) escapes to heap$"
	t := make([]byte, 10000)   // ERROR "make\(\[\]byte, 10000\) does not escape$"
	sink = p[0] + q[1] + s[2] + t[3]
}

func main() {
	bigVar()
	smallVar()
	implicit()
}
