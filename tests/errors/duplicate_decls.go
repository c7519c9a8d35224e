package main

var g = 1
var g = 2 // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

func main() {
	x := 1
	var x = 2 // ERROR "x redeclared in this block"
	const c = 1
	const c = 2 // ERROR "c redeclared in this block"
	_ = x
}
