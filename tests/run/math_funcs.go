package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(2.4), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsInf(1, 1))
	nan := math.NaN()
	fmt.Println(nan, math.IsNaN(nan), nan == nan, math.IsNaN(1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Exp(1), math.Sin(math.Pi/2), math.Cos(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log2(8), math.Log10(1000), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f\n", math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Signbit(-0.0), math.Signbit(0), math.Copysign(3, -1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
}
