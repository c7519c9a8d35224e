package main

import "fmt"

// gc rewrites append(x, make([]T, n)...) only when make's type is the
// underlying type of x's: a make of a named slice type is converted first
// and hides from the rule, so its panics are makeslice's, not growslice's.
type T []int

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	n := uint64(1 << 59)
	t := make(T, 1)
	try("named make", func() { _ = append(t, make(T, int(n))...) })
	try("unnamed make", func() { _ = append(t, make([]int, int(n))...) })
	u := make([]int, 1)
	try("plain", func() { _ = append(u, make([]int, int(n))...) })
	try("named into plain", func() { _ = append(u, make(T, int(n))...) })
	x := append(t, make([]int, 3)...)
	fmt.Println(len(x), cap(x) >= 4, x)
}
