package main

import "fmt"

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3

func main() {
	fmt.Println(big >> 98)
	fmt.Println(huge >> 195)
	fmt.Println(big/(1<<90), big%1000 == 376)
	fmt.Println(0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	fmt.Println(third*3 == 1)
	fmt.Println(third)
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f)
	const i = 'a' + 1
	fmt.Println(i, string(rune(i)))
	fmt.Printf("%T %T %T %T\n", big>>98, 1.5, 'x', "s")
	const h = 7 / 2
	const hf = 7 / 2.0
	fmt.Println(h, hf)
	const m = -7 / 2
	const mr = -7 % 2
	fmt.Println(m, mr)
	var u8 uint8 = 255 + 0
	fmt.Println(u8)
	const maxU64 = 1<<64 - 1
	var u64 uint64 = maxU64
	fmt.Println(u64)
	fmt.Println(maxU64 / 3)
	const shifted = 1.0 << 3
	fmt.Println(shifted)
	const typed int8 = -128
	fmt.Println(typed, typed/2, -(typed + 1))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const b = 3 > 2 && "a" < "b"
	fmt.Println(b, !b)
	const cmp = 1<<62 > 1e18
	fmt.Println(cmp)
	fmt.Println(1e20 / 1e10)
	var fl float32 = 1.0 / 3
	fmt.Println(fl)
	fmt.Println(^0, ^uint8(0), -(-128))
}
