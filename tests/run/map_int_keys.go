package main

import "fmt"

func main() {
	a := map[int8]string{-1: "m1", 5: "five", -128: "min", 127: "max"}
	b := map[uint16]bool{65535: true, 0: false, 300: true}
	c := map[int64]int{-1 << 40: 1, 1 << 40: 2, 0: 3}
	d := map[uint]int{18446744073709551615: 1, 1: 2}
	e := map[int32]rune{'a': 'A', 'b': 'B'}
	f := map[uint8]int{255: 1, 0: 2}
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
	fmt.Println(d)
	fmt.Println(e)
	fmt.Println(f, a[-128], b[300], c[1<<40], d[18446744073709551615])
}
