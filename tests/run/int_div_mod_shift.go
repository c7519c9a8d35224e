package main

import "fmt"

func main() {
	vals := []int{7, -7}
	divs := []int{2, -2, 3, -3}
	for _, a := range vals {
		for _, b := range divs {
			fmt.Println(a, b, a/b, a%b)
		}
	}
	var x int32 = -17
	fmt.Println(x/4, x%4, x>>2, x>>1, x<<3)
	var ux uint32 = 0x80000000
	fmt.Println(ux>>31, ux>>(uint(len(vals))*16), ux<<1, ux>>4)
	var s uint = 70
	var one int64 = 1
	fmt.Println(one<<s, one<<63, one<<62)
	var mneg int64 = -1
	fmt.Println(mneg>>s, mneg>>63, mneg<<s)
	for sh := uint(0); sh < 10; sh += 3 {
		fmt.Println(sh, 1<<sh, int8(1)<<sh, uint8(0x81)>>sh, int8(-128)>>sh)
	}
	var i8 int8 = 1
	var shift int = 7
	fmt.Println(i8<<shift, i8<<(shift+1), i8<<(shift*20))
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint16 = 0xF0F0
	fmt.Println(u&^0xFF00, ^u, u^0xFFFF, u|0x0F0F)
	fmt.Printf("%b %b\n", u, u>>4)
	fmt.Println(-5>>1, -1>>10, 5>>1)
	var acc uint64
	for i := uint(0); i < 64; i += 7 {
		acc |= 1 << i
	}
	fmt.Printf("%x %d\n", acc, acc)
	c := 100
	c /= 7
	fmt.Println(c)
	c %= 4
	fmt.Println(c)
	c <<= 5
	fmt.Println(c)
	c >>= 2
	fmt.Println(c)
	c &^= 1
	fmt.Println(c)
	c |= 0x100
	c ^= 0xFF
	c &= 0x1F0
	fmt.Println(c)
}
