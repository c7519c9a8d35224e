// A func literal in the key or value of `for k, v = range` (an assignment,
// not a declaration) is called on every iteration, and the variables it
// assigns are captured by reference.
package main

import "fmt"

func main() {
	var a [2]int
	q := 0
	for a[func() int {
		q++
		return 0
	}()] = range [2]int{} {
	}
	fmt.Println(q)

	q = 0
	for a[func() int { q++; return 0 }()], a[1] = range []int{5, 6, 7} {
	}
	fmt.Println(q, a[0], a[1])

	n := 0
	m := map[int]int{}
	for m[func() int { n++; return n }()] = range "abc" {
	}
	fmt.Println(n, len(m), m[1], m[2], m[3])

	// A closure in the key that only reads: r may be captured by value.
	r := 7
	var g func() int
	for a[func() int { g = func() int { return r }; return 1 }()] = range [3]int{} {
	}
	fmt.Println(g(), a)
}
