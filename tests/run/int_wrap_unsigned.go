package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8", a, a-1)
	var z uint8 = 0
	z--
	fmt.Println(z, -z, ^z)
	var m8 uint8 = 200
	fmt.Println(m8*2, m8+m8, m8*m8)

	var b uint16 = 65535
	b++
	fmt.Println("uint16", b, b-1)
	var m16 uint16 = 1000
	fmt.Println(m16*m16, -m16)

	var c uint32 = 4294967295
	c++
	fmt.Println("uint32", c, c-1)
	var m32 uint32 = 123456789
	fmt.Println(m32*m32, m32*31)

	var d uint64 = 18446744073709551615
	d++
	fmt.Println("uint64", d, d-1)
	var m64 uint64 = 0x9E3779B97F4A7C15
	fmt.Println(m64*m64, m64*3)

	var e uint = 0
	e--
	fmt.Println("uint", e, e/2)

	var p uintptr = 0
	p--
	fmt.Println("uintptr", p)

	var by byte = 'A'
	by += 200
	fmt.Println("byte", by)

	var h uint32 = 2166136261
	for _, ch := range []byte("hello, world") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv", h)
	var x uint64 = 88172645463325252
	for i := 0; i < 5; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Println("xorshift", x)
	}
}
