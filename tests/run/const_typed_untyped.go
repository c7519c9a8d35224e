package main

import "fmt"

type Celsius float64
type Count int

const Boiling Celsius = 100
const Unit = 2

func main() {
	var c Celsius = Boiling / 4
	fmt.Println(c, Boiling*Unit)
	fmt.Printf("%T %T %v\n", c, Unit, c+1.5)
	var n Count = Unit * 21
	fmt.Printf("%T %v\n", n, n)
	var f32 float32 = Unit
	var f64 = Unit / 3.0
	fmt.Println(f32, f64)
	var r rune = 'A' + Unit
	var by byte = 'a' + Unit
	fmt.Println(r, by, string(r), string(rune(by)))
	x := Unit
	y := Unit * 1.5
	z := 'z' - 'a'
	fmt.Printf("%T %T %T\n", x, y, z)
	fmt.Println(x, y, z)
	const big = 1 << 40
	var i64 int64 = big
	fmt.Println(i64, i64>>30)
	var f float64 = big
	fmt.Println(f)
	const mixed = 5 + 2.5 + 'a'
	fmt.Println(mixed)
	fmt.Printf("%T\n", mixed)
	var sh = 1 << Unit
	fmt.Println(sh)
	var u uint = 3
	fmt.Println(1<<u, int8(1)<<u, uint8(1)<<(u+5))
}
