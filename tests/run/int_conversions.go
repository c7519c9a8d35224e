package main

import "fmt"

func main() {
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int8(big), int16(big), int32(big), int64(big))
	fmt.Println(uint8(big), uint16(big), uint32(big), uint64(big))
	var neg int64 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var n8 int8 = -100
	fmt.Println(int16(n8), int32(n8), int64(n8), uint8(n8), uint16(n8), uint32(n8), uint64(n8))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int16(u8), int32(u8), int64(u8))
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(int32(u32), int64(u32), uint64(u32), int(u32))
	var u64 uint64 = 1 << 63
	fmt.Println(int64(u64), int(u64), uint32(u64))

	var f float64 = 3.99
	fmt.Println(int(f), int(-f), int8(f), uint8(f))
	var f2 float64 = 1e10
	fmt.Println(int64(f2), int32(int64(f2)))
	fmt.Println(float64(7)/2, float32(1)/3, float64(int8(-5)))
	var i int = 1<<53 + 1
	fmt.Println(float64(i), int64(float64(i)))
	var fl32 float32 = 16777217
	fmt.Println(fl32, int32(fl32))

	var r rune = 0x4E16
	fmt.Println(byte(r), uint16(r), string(r))
	type MyInt int
	type MyU8 uint8
	m := MyInt(300)
	fmt.Println(MyU8(m), int(MyU8(m)), MyInt(MyU8(m))+1)
	fmt.Printf("%T %T\n", MyU8(m), m)
	var k int = -7
	fmt.Println(uint(k)%10, uint8(k)>>1, int8(uint8(k)>>1))
}
