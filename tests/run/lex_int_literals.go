package main

import "fmt"

func main() {
	fmt.Println(0, 42, 0x2A, 0X2a, 052, 0o52, 0O52, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1111_0000, 0o_777, 0_7)
	fmt.Println(9223372036854775807, -9223372036854775808)
	var u uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(u, u>>1, u>>63)
	fmt.Println(0x7fffffff, 0xdeadbeef, 0xCAFEBABE)
	fmt.Println(00, 01, 07, 010, 0777)
	fmt.Println(1e3, 1E3, 1.5e-3, .5, 5., 0.25e+2, 1_0.2_5)
	fmt.Println(0x1p-2, 0x1.8p1, 0X.8p0, 0x1P+10)
	const c = 1_2_3
	fmt.Println(c, c*2, c/2, c%7)
	fmt.Printf("%d %x %o %b\n", 255, 255, 255, 255)
}
