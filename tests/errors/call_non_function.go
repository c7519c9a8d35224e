package main

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "str"
	s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	var a [3]int
	a() // ERROR "invalid operation: cannot call non-function a \(variable of type \[3\]int\)"
	1() // ERROR "invalid operation: cannot call non-function 1 \(untyped int constant\)"
}
