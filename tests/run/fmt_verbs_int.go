package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%b\n", m, m, m, m, m, m, m, m, m, m)
	fmt.Printf("%c|%c|%c|%q|%U|%#U\n", 65, 0x4e16, 0x1F600, 0x263A, 0x263A, 0x263A)
	fmt.Printf("%v %v %v %v\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%x %x %X\n", int8(-1), uint16(0xBEEF), int64(-255))
	fmt.Printf("%08.3d|%.3d|%.0d|%3.1d\n", 7, 7, 0, 5)
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 1, 6, 2, 4, 3)
	fmt.Printf("%t %v %5t %-6t|\n", true, false, true, false)
	fmt.Printf("%d %d\n", []int{1, 2}, [3]uint8{4, 5, 6})
	fmt.Printf("%x %X % x %#x\n", []byte{1, 171, 255}, []byte("hi"), []byte{1, 2, 3}, []byte{0xa, 0xb})
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%d%%\n", 50)
	type ID uint32
	fmt.Printf("%v %d %x %T\n", ID(7), ID(7), ID(255), ID(1))
	fmt.Printf("%e %f %g\n", 1e6, 1e6, 1e6)
	fmt.Printf("%6.2v|%v|%.3v\n", 3.14159, 2.0, "abcdef")
	fmt.Printf("%08b %016b\n", uint8(5), int16(-1))
	fmt.Printf("%x %x\n", 1<<40, uint(3))
	var r rune = 'é'
	var by byte = 'z'
	fmt.Printf("%v %c %q %v %c %q\n", r, r, r, by, by, by)
}
