package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8", a, a-1, -a)
	var a2 int8 = -128
	a2--
	fmt.Println(a2)
	var m8 int8 = 100
	fmt.Println(m8*3, m8+m8, -m8*2)

	var b int16 = 32767
	b++
	fmt.Println("int16", b, b-1)
	var m16 int16 = 300
	fmt.Println(m16*m16, m16*200)

	var c int32 = 2147483647
	c++
	fmt.Println("int32", c, c-1)
	var m32 int32 = 100000
	fmt.Println(m32 * m32)

	var d int64 = 9223372036854775807
	d++
	fmt.Println("int64", d, d-1)
	var m64 int64 = 3037000500
	fmt.Println(m64 * m64)

	var e int = 9223372036854775807
	e += 10
	fmt.Println("int", e)

	// -MinInt / -1 wraps rather than trapping
	var minI8 int8 = -128
	var neg1 int8 = -1
	fmt.Println(minI8/neg1, minI8%neg1, -minI8)
	var minI64 int64 = -9223372036854775808
	var n64 int64 = -1
	fmt.Println(minI64/n64, minI64%n64)
	var minI32 int32 = -2147483648
	var n32 int32 = -1
	fmt.Println(minI32/n32, minI32*n32)

	sum := int8(0)
	for i := 0; i < 300; i++ {
		sum += int8(i)
	}
	fmt.Println("sum", sum)
	var h int32 = 1
	for i := 0; i < 40; i++ {
		h = h*31 + int32(i)
	}
	fmt.Println("hash", h)
}
