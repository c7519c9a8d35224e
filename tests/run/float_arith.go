package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(-a, +b, a > b, a == 7.5, a != b, a <= 7.5)
	fmt.Println(sqrt(2), sqrt(9), sqrt(1e10))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32, s32 == 1.0)
	var x float64 = 1
	for i := 0; i < 1100; i++ {
		x *= 2
	}
	fmt.Println(x, -x, x*0 == x*0)
	var tiny float64 = 1
	for i := 0; i < 1100; i++ {
		tiny /= 2
	}
	fmt.Println(tiny, tiny == 0)
	var zero float64
	nan := zero / zero
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	f29 := 2.9
	fmt.Println(int(f29), int(-f29), float64(int64(1<<62)))
	c := 9.0
	c /= 4
	c *= 3
	c -= 0.25
	c += 10
	fmt.Println(c)
	fact := 1.0
	for i := 1; i <= 25; i++ {
		fact *= float64(i)
	}
	fmt.Println(fact)
	var h float32 = 1
	for i := 0; i < 130; i++ {
		h *= 2
	}
	fmt.Println(h)
	celsius := []float64{-40, 0, 37, 100}
	for _, t := range celsius {
		fmt.Printf("%.1fC = %.1fF\n", t, t*9/5+32)
	}
}
