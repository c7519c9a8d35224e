// forcestack 10
package main

import "fmt"

type T struct{ a, b, c, d int }

// leak returns a pointer to a new T: gc moves it to the heap ("&T{...} escapes").
func leak() *T {
	t := &T{1, 2, 3, 4}
	return t
}

// clobber reuses the stack where leak's frame was.
func clobber(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n + i
	}
	return buf[n%64]
}

func main() {
	p := leak()
	clobber(7)
	fmt.Println(p.a, p.b, p.c, p.d)
}
