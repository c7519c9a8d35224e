// gc evaluates the calls of an operand list before its other operands (its
// order pass copies call results into temporaries first): g runs before
// the bounds check of s[i] panics, in call arguments, slice and struct
// literals, and binary expressions.
package main

import "fmt"

func g() int { fmt.Println("g called"); return 1 }

type P struct{ a, b int }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := []int{}
	i := 3
	func() {
		defer func() { fmt.Println("r1:", recover()) }()
		fmt.Println(s[i], g())
	}()
	func() {
		defer func() { fmt.Println("r2:", recover()) }()
		_ = []int{s[i], g()}
	}()
	func() {
		defer func() { fmt.Println("r3:", recover()) }()
		_ = P{s[i], g()}
	}()
	func() {
		defer func() { fmt.Println("r4:", recover()) }()
		fmt.Println(s[i] + g())
	}()
}
