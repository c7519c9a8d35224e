// math/cmplx compiled from Go 1.19's source (over the C runtime's math).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{1 + 2i, -3 + 0.5i, 0, 1i, complex(math.Inf(1), 1), 2}
	for _, z := range zs {
		fmt.Printf("%v abs=%.6g phase=%.6g conj=%v\n", z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z))
		r, th := cmplx.Polar(z)
		fmt.Printf("  polar %.6g %.6g rect %.5f\n", r, th, cmplx.Rect(r, th))
		fmt.Printf("  sqrt %.6f exp %.6f log %.6f\n", cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z))
		fmt.Printf("  sin %.6f cos %.6f tan %.6f\n", cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(z))
		fmt.Printf("  asin %.6f atan %.6f sinh %.6f\n", cmplx.Asin(z), cmplx.Atan(z), cmplx.Sinh(z))
		fmt.Printf("  pow %.6f log10 %.6f\n", cmplx.Pow(z, 0.5+1i), cmplx.Log10(z))
	}
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), cmplx.IsInf(1+1i))
	fmt.Printf("%.10f\n", cmplx.Exp(complex(0, math.Pi))+1)
	fmt.Println(math.Log2E, math.Log10E, math.Ln10)
	s, c := math.Sincos(1)
	fmt.Printf("%.12f %.12f %.12f %.12f\n", s, c, math.Asinh(0.5), math.Atanh(0.5))
}
