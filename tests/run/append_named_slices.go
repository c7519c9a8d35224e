// append(s, t...) takes any t assignable to []E, E being s's element type:
// a slice of another named type with the same underlying type is accepted
// (types2's rule), and the result has s's type.
package main

import "fmt"

type T1 []int
type T2 []int
type Bytes []byte
type Str string

func main() {
	t1 := T1{1}
	t2 := T2{2, 3}
	r := append(t1, t2...)
	fmt.Printf("%T %v\n", r, r)
	var plain []int = []int{4}
	r = append(r, plain...)
	p := append(plain, t1...)
	fmt.Printf("%T %v %T %v\n", r, r, p, p)
	b := append(Bytes("ab"), Str("cd")...)
	fmt.Printf("%T %q\n", b, b)
}
