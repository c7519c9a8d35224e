// Package comment.
package main

/* block comment before import */ import "fmt"

// Identifiers may use Unicode letters.
var π = 3
var 变量 = "chinese"
var _underscore = 1
var Ä, ñ = 4, 5

func main() {
	fmt.Println(π, 变量, _underscore, Ä, ñ) // trailing comment
	x := 1 /* inline */ + /* another */ 2
	fmt.Println(x)
	/* multi
	   line
	   comment */
	y := 3 /* comment containing // slashes */
	fmt.Println(y)
	// comment containing /* not a block
	fmt.Println("/* not a comment */", "// nor this")
	var αβγ, δ int = 10, 20
	fmt.Println(αβγ + δ)
	_ = 99
	var _ int = 100
	var x1, x_2, X3 = 1, 2, 3
	fmt.Println(x1, x_2, X3)
}
