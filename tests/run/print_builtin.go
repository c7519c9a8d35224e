package main

type T struct{ A int }

func main() {
	println(1.5)
	println(0.1, -2.0, 1e21, 1e-7, 100.0/3)
	var f32 float32 = 0.1
	println(f32)
	var z float64
	println(z, -z, 1/z, -1/z, z/z)
	println(1, -1, 0, 9223372036854775807, -9223372036854775808)
	println(uint64(18446744073709551615), uint8(255), int8(-128))
	println("string", "", "two words")
	println(true, false)
	println('a', byte('b'))
	println()
	print("no newline", 1, 2, true, "\n")
	print("a", "b", "\n")
	print(3, 4, "\n")
	println("multi", 1, 2.5, false, "end")
	var p *T
	println(p == nil)
	var s []int
	println(len(s), cap(s), s == nil)
	println(int32(-5), uint32(7), int16(300), uintptr(0))
	x := 255
	println(x, x*x, -x)
	print(1.0, "\n")
	print(1e100, "\n")
	println(float32(3.4e38), float32(1e-45))
	println(123456789.0, 0.000123)
	println("ok")
}
