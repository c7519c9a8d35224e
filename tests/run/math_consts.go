package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxUint8, math.MaxUint16)
	fmt.Println(uint32(math.MaxUint32), uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	const area = math.Pi * 2 * 2
	fmt.Printf("%.4f\n", area)
	r := 3.0
	fmt.Printf("%.3f\n", math.Pi*r*r)
	var u8 uint8 = math.MaxUint8
	fmt.Println(u8, -math.MaxFloat64 < 0)
}
