// Untyped complex constants where Go wants an integer: indices, make's
// sizes, array lengths, composite literal keys and shifts accept a complex
// constant whose imaginary part is zero. Also a switch on complex values
// and a named complex type.
package main

import "fmt"

type C64 complex64

func main() {
	a := [3]int{1, 2, 3}
	s := make([]int, 2+0i, 3.0+0i)
	fmt.Println(a[1+0i], s, len(s), cap(s), "abc"[2+0i])
	z := 1i
	switch z {
	case 1i:
		fmt.Println("one i")
	case 2:
		fmt.Println("two")
	}
	var c C64 = 3 + 1i
	c = c * c
	fmt.Println(c, real(c), C64(1i)*c)
	var arr [4 + 0i]int
	fmt.Println(len(arr))
	for i := range [2 + 0i]struct{}{} {
		fmt.Print(i)
	}
	fmt.Println()
	x := []int{5: 1 + 0i}
	fmt.Println(len(x), x[5])
	var u uint = 2
	var r1 int = (1 + 0i) << u
	var r2 uint8 = 2.0<<u + 1
	fmt.Println(1<<u+0, r1, r2, u<<(1+0i), 1<<(2+0i))
	// Untyped non-constant shift counts become uints; constant shifts are
	// untyped ints, fine as floats.
	var fh float64 = 1 << 100
	var ch complex64 = (1 + 0i) << 3
	fmt.Println(u<<(1.<<u), u<<((1+0i)<<u), u<<(0i<<u), fh, ch)
}
