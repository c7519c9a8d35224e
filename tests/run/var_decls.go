package main

import "fmt"

var (
	g1      int
	g2      = 2
	g3, g4  = "three", 4.0
	g5      []int
	g6      *int
	g7      interface{}
	g8      [2]bool
	g9      struct{ A, B int }
	g10, g11 int = 10, 11
)

func main() {
	fmt.Println(g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11)
	var a int
	var b, c = 1, "c"
	var d, e int = 2, 3
	var (
		f float32
		g = 'g'
		h byte
	)
	i := 1.0
	j, k := true, "k"
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k)
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, f, g, i)
	var (
		u8  uint8   = 1
		u16 uint16  = 2
		u32 uint32  = 3
		u64 uint64  = 4
		i8  int8    = -1
		i16 int16   = -2
		i32 int32   = -3
		i64 int64   = -4
		up  uintptr = 5
	)
	fmt.Println(u8, u16, u32, u64, i8, i16, i32, i64, up)
	fmt.Printf("%T %T %T %T %T %T %T %T %T\n", u8, u16, u32, u64, i8, i16, i32, i64, up)
	const (
		c1 = iota + 1
		c2
		c3 = "s"
		c4
	)
	fmt.Println(c1, c2, c3, c4)
	var r rune
	var by byte
	var s string
	var bo bool
	var f64 float64
	fmt.Printf("%q %d %q %t %v\n", r, by, s, bo, f64)
	g2 = 20
	g5 = append(g5, g2)
	g6 = &g2
	g7 = g3
	g8[1] = true
	g9.B = 9
	*g6++
	fmt.Println(g2, g5, *g6, g7, g8, g9)
	var x, y, z = 1, 2.5, "z"
	fmt.Println(x, y, z)
	var _, second = 1, 2
	fmt.Println(second)
}
