package main

import "fmt"

func main() {
	fmt.Println(0.1, 1e6, 1e21, 100.0/3)
	fmt.Println(1.0, 2.5, -0.0, 1e20, 1e-4, 1e-5, 123456789.0, 1234567890123456789.0)
	fmt.Println(3.0/2, 1.0/3, 2.0/3, 10.0/4)
	var z float64
	fmt.Println(z, -z, 1/(z+1))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Println(float32(16777216.0), float32(1e10), float32(3.4e38))
	fmt.Println(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
	var inf = 1 / z
	fmt.Println(inf, -inf, inf-inf, z/z == z/z)
	fmt.Println(1e100, 12345.678, 0.000001234, 100.0, 1e15, 1e16, 123456789012345678.0)
	fmt.Printf("%v %g %f %e %.2f %.3e %G %E\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1e-10, 1e21)
	fmt.Printf("%8.3f|%-8.2f|%+.1f|%08.3f|% .2f\n", 3.14159, 2.71828, 1.5, -3.14159, 42.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e-4, 1e-5)
	fmt.Printf("%.3g %.10g %g\n", 3.14159, 1.0/3, float32(0.1))
	fmt.Printf("%v %v\n", float32(1)/3, float64(float32(1)/3))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(2.5)), fmt.Sprintf("%T %T", 1.0, float32(1)))
}
