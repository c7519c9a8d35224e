// copy moves min(len(dst), len(src)) elements and is correct when the two
// overlap in either direction (it is a memmove, emitted inline); it copies
// from a string, to and from empty and nil slices, and elements of any size.
package main

import "fmt"

type big struct{ a, b, c int64 }

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(copy(s[1:], s), s) // forward overlap
	s = []int{1, 2, 3, 4, 5}
	fmt.Println(copy(s, s[2:]), s) // backward overlap
	fmt.Println(copy(s, s), s)     // the same memory

	b := make([]byte, 3)
	fmt.Println(copy(b, "hello"), string(b)) // from a string, dst shorter
	fmt.Println(copy(b, "hi"), string(b))    // src shorter

	var none []int
	fmt.Println(copy(none, s), copy(s, none), copy(none, none))
	fmt.Println(copy(b[:0], "x"), copy(b[3:], "xyz"))

	bs := []big{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(copy(bs[1:], bs[:2]), bs)

	var empty []struct{}
	fmt.Println(copy(empty, make([]struct{}, 4)), copy(make([]struct{}, 2), make([]struct{}, 4)))

	// a length only known at run time
	n := len(fmt.Sprint(1234))
	dst := make([]int, n)
	fmt.Println(copy(dst, s), dst)
}
